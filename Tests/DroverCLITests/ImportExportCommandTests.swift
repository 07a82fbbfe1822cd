import Foundation
import Testing

/// `drover import awesome` and `drover export readme` as a user runs them: exit codes and output.
@Suite struct ImportExportCommandTests {
    static func folder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("drover-cli-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    static func importFixture(_ name: String) -> String {
        DroverCLITests.fixtures.appendingPathComponent("import/\(name)/README.md").path
    }

    @Test func aCleanListExitsZeroAndBuilds() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try DroverCLITests.run(["import", "awesome", Self.importFixture("separators"), "--into", "out"], in: root)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains(": imported https://hyphen.example as tools/hyphen.md\n"))
        #expect(run.stdout.hasSuffix("0 ignored; 0 skipped\n"))
        try FileManager.default.copyItem(at: DroverCLITests.fixtures.appendingPathComponent("theme"), to: root.appendingPathComponent("theme"))
        let build = try DroverCLITests.run(["build", "--content", "out", "--strict"], in: root)
        #expect(build.status == 0, "\(build.stderr)")
    }

    @Test func somethingSkippedExitsOneAndWritesTheRest() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try DroverCLITests.run(["import", "awesome", Self.importFixture("html-snippets"), "--into", "out"], in: root)
        #expect(run.status == 1)
        #expect(run.stdout.contains(":17: skipped https://hidden.example: inside an HTML block"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("out/tools/anchor-tool.md").path))
    }

    @Test func unusableInputAndUsageErrorsExitTwo() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try "# Prose only\n\nNo list here.\n".write(to: root.appendingPathComponent("prose.md"), atomically: true, encoding: .utf8)
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]).write(to: root.appendingPathComponent("binary.md"))

        let prose = try DroverCLITests.run(["import", "awesome", "prose.md", "--into", "out"], in: root)
        #expect(prose.status == 2)
        #expect(prose.stderr.hasPrefix("error: prose.md has no list items to import"))
        let binary = try DroverCLITests.run(["import", "awesome", "binary.md", "--into", "out"], in: root)
        #expect(binary.status == 2)
        #expect(binary.stderr == "error: binary.md is a binary file, not a Markdown README (it holds NUL bytes)\n")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out").path))

        #expect(try DroverCLITests.run(["import", "awesome", "missing.md", "--into", "out"], in: root).status == 2)
        #expect(try DroverCLITests.run(["import", "awesome", "prose.md"], in: root).status == 2)
        #expect(try DroverCLITests.run(["import", "awesome", "prose.md", "--into", "out", "--block-level", "7"], in: root).status == 2)
        #expect(try DroverCLITests.run(["import", "awesome", "prose.md", "--into", "out", "--default-type", "blog"], in: root).status == 2)
        #expect(try DroverCLITests.run(["export", "readme", "--no-such-flag"], in: root).status == 2)
    }

    @Test func exportWritesTheReadmeAndTwoProcessesAgree() throws {
        let root = try DroverCLITests.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try DroverCLITests.run(["export", "readme", "--output", "first.md"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "exported 3 entries in 2 blocks to first.md\n")
        let second = try DroverCLITests.run(["export", "readme", "--output", "-"], in: root)
        #expect(second.status == 0)
        let written = try String(contentsOf: root.appendingPathComponent("first.md"), encoding: .utf8)
        #expect(written == second.stdout)
        #expect(written.hasPrefix("# Тестовая коллекция\n\nМаленький сайт для тестов Drover\n\n## Contents\n"))
    }

    @Test func exportOfABrokenCollectionExitsOneAndWritesNothing() throws {
        let broken = "---\ntitle: \"Broken\"\nurl: https://example.com/broken\ntype: pape\ntags: [llm]\nadded: 2024-01-01\n---\nТекст.\n"
        let root = try DroverCLITests.makeSite(extra: ("content/research/broken.md", broken))
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try DroverCLITests.run(["export", "readme"], in: root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/research/broken.md:4:7: error: unknown type 'pape'; did you mean 'paper'?"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("README.md").path))
    }
}
