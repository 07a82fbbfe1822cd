import Foundation
import Testing
@testable import DroverCore

/// Input that cannot be imported, input that is large, and importing twice.
@Suite struct AwesomeImportInputTests {
    @Test func aReadmeWithoutListItemsIsRefusedAndNothingIsWritten() async throws {
        let readme = try ImportRun.writeReadme("# Notes\n\nJust prose, with [a link](https://example.com).\n\n## Section\n\nMore prose.\n")
        defer { try? FileManager.default.removeItem(atPath: readme) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("drover-import-\(UUID().uuidString)")
        await #expect {
            _ = try await AwesomeImport.run(ImportOptions(readme: readme, folder: folder.path, added: ImportRun.date))
        } throws: { error in
            (error as? ImportFailure)?.message.contains("has no list items to import") == true
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func aTableOfContentsAloneIsNoListItems() async throws {
        let readme = try ImportRun.writeReadme("# List\n\n## Contents\n\n- [Tools](#tools)\n\n## Tools\n\nNothing yet.\n")
        defer { try? FileManager.default.removeItem(atPath: readme) }
        await #expect(throws: ImportFailure.self) {
            _ = try await AwesomeImport.run(ImportOptions(readme: readme, folder: NSTemporaryDirectory() + "drover-never-\(UUID().uuidString)", added: ImportRun.date))
        }
    }

    @Test func aBinaryFileIsRefused() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("drover-binary-\(UUID().uuidString).png")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        await #expect {
            _ = try await AwesomeImport.run(ImportOptions(readme: url.path, folder: NSTemporaryDirectory() + "drover-never-\(UUID().uuidString)", added: ImportRun.date))
        } throws: { error in
            (error as? ImportFailure)?.message == "\(url.path) is a binary file, not a Markdown README (it holds NUL bytes)"
        }
    }

    @Test func textThatIsNotUTF8IsRefused() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("drover-latin1-\(UUID().uuidString).md")
        try Data("# Caf\u{E9}\n\n## S\n\n- [x](https://x.example) - y.\n".data(using: .isoLatin1)!).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        await #expect {
            _ = try await AwesomeImport.run(ImportOptions(readme: url.path, folder: NSTemporaryDirectory() + "drover-never-\(UUID().uuidString)", added: ImportRun.date))
        } throws: { error in
            (error as? ImportFailure)?.message.contains("is not UTF-8 text") == true
        }
    }

    @Test func aMissingReadmeIsNamed() async {
        await #expect {
            _ = try await AwesomeImport.run(ImportOptions(readme: "/nonexistent/README.md", folder: "/nonexistent/out", added: ImportRun.date))
        } throws: { error in
            (error as? ImportFailure)?.message == "/nonexistent/README.md not found: give the path of the awesome list's README"
        }
    }

    /// Ten thousand items import whole: every one an entry, every link in the report.
    @Test func tenThousandItemsAreAllImported() async throws {
        var text = "# Awesome Big\n\nA very long list.\n"
        for section in 0..<10 {
            text += "\n## Section \(section)\n\n"
            for item in 0..<1000 {
                text += "- [Item \(section)-\(item)](https://example.com/\(section)/\(item)) - Item number \(item).\n"
            }
        }
        let readme = try ImportRun.writeReadme(text)
        let run = try await ImportRun(readme: readme)
        defer { run.remove() }
        #expect(run.report.exitCode == 0)
        #expect(run.report.entriesWritten == 10_000)
        #expect(run.report.lines.count == 10_000)
        #expect(run.report.text.hasSuffix("import: 10000 entries, 10 blocks and 10 tags written to \(run.folder.path)/ with a new site.yml (set its base_url); 0 links kept in bodies and introductions; 0 ignored; 0 skipped\n"))
        let loaded = await Build.loadCollection(content: run.folder.path)
        #expect(loaded.collection?.entries.count == 10_000)
        #expect(loaded.diagnostics.errorCount == 0)
    }

    @Test func aBlockLevelOfThreeMakesLevelTwoHeadingsStructureOnly() async throws {
        let readme = try ImportRun.writeReadme("# L\n\n## Languages\n\n### Python\n\n- [pip](https://pip.pypa.io) - Installs packages.\n\n#### Web\n\n- [Flask](https://flask.palletsprojects.com) - Web.\n")
        let run = try await ImportRun(readme: readme, blockLevel: 3)
        defer { run.remove() }
        #expect(run.files["python/pip.md"]?.contains("tags: [\"python\"]") == true)
        #expect(run.files["python/flask.md"]?.contains("tags: [\"web\"]") == true)
        #expect(await run.build().succeeded)
    }

    /// A second import adds what is new, reports what changed or went away, and rewrites nothing.
    @Test func aRerunAddsNewItemsAndReportsUpstreamChanges() async throws {
        let first = try await ImportRun(readme: ImportRun.fixture("separators"))
        defer { first.remove() }
        // The author edits an entry by hand; the re-run must leave it alone.
        let edited = first.folder.appendingPathComponent("tools/hyphen.md")
        let handWritten = first.files["tools/hyphen.md"]!.replacingOccurrences(of: "The canonical form.", with: "Written by hand.")
        try handWritten.write(to: edited, atomically: true, encoding: .utf8)
        let tagsBefore = first.files["tags.yml"]!

        let updated = try String(contentsOfFile: ImportRun.fixture("separators"), encoding: .utf8)
            .replacingOccurrences(of: "[En Dash]", with: "[En Dash 2]")
            .replacingOccurrences(of: "- [Colon](https://colon.example): A colon.\n", with: "")
            .replacingOccurrences(of: "## Tools\n", with: "## Tools\n\n- [Newcomer](https://new.example) - Added upstream.\n\n### Extra\n\n- [Extra One](https://extra.example) - Under a new heading.\n\n## More\n\n")
        let readme = try ImportRun.writeReadme(updated)
        let second = try await ImportRun(readme: readme, into: first.folder)
        let report = second.reportText
        #expect(report.contains(": imported https://new.example as tools/newcomer.md\n"))
        #expect(report.contains(": already imported https://hyphen.example as tools/hyphen.md\n"))
        #expect(report.contains("changed upstream: tools/en-dash.md: title \"En Dash\" here, \"En Dash 2\" in the README; in block"))
        #expect(report.contains("gone upstream: tools/colon.md: its url https://colon.example is no longer in the README\n"))
        #expect(report.contains("changed upstream: tools/hyphen.md: in block \"Tools\" here, under \"More\" in the README; tagged Tools here, More in the README\n"))
        #expect(second.files["tools/hyphen.md"] == handWritten)
        #expect(second.files["tools/en-dash.md"] == first.files["tools/en-dash.md"])
        // New tags are appended; the author's tags.yml stays as it was above them.
        #expect(second.files["tags.yml"]!.hasPrefix(tagsBefore))
        #expect(second.files["tags.yml"]!.contains("extra:\n  title: \"Extra\"\n"))
        #expect(second.report.entriesWritten == 2)
        let build = await second.build()
        #expect(build.succeeded, "\(FixtureSite.text(build))")
    }
}
