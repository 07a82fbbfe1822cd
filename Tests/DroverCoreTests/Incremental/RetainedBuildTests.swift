import Foundation
import Testing
@testable import DroverCore

/// A server's rebuilds start from what its previous build validated (`RetainedBuild`) when only
/// entries changed and the collection kept its shape; whichever way a rebuild goes, it must
/// report and make exactly what a clean build of the same files does.
@Suite("Rebuilds that keep the collection")
struct RetainedBuildTests {
    /// One edit of the kinds an author makes while `serve` runs, and whether it keeps the
    /// collection's shape (so the rebuild starts from the previous collection).
    struct Edit {
        var description: String
        var keepsShape: Bool
        var apply: (FixtureSite) throws -> Void
    }

    static func edits(_ random: inout SplitMix64) -> Edit {
        let n = random.next(below: 1000)
        switch random.next(below: 7) {
        case 0:
            return Edit(description: "a paragraph at the end of a body", keepsShape: true) { site in
                try Self.edit(site, "content/research/gpts-are-gpts.md") { $0 + "\nЕщё абзац \(n).\n" }
            }
        case 1:
            return Edit(description: "a title", keepsShape: true) { site in
                try Self.edit(site, "content/research/alignment-primer.md") {
                    $0.replacing(/title: .*\n/, with: "title: \"Выравнивание \(n)\"\n", maxReplacements: 1)
                }
            }
        case 2:
            return Edit(description: "a new heading others could link to", keepsShape: true) { site in
                try Self.edit(site, "content/prompting/prompt-guide.md") { $0 + "\n## Раздел \(n)\n\nТекст.\n" }
            }
        case 3:
            return Edit(description: "a broken link in a body", keepsShape: true) { site in
                try Self.edit(site, "content/research/alignment-primer.md") { $0 + "\nСм. [нет такого](missing-\(n).md).\n" }
            }
        case 4:
            return Edit(description: "broken links removed", keepsShape: true) { site in
                try Self.edit(site, "content/research/alignment-primer.md") { $0.replacing(/\nСм\. \[нет такого\]\(missing-\d+\.md\)\.\n/, with: "") }
            }
        case 5:
            return Edit(description: "the heading another entry links to renamed", keepsShape: true) { site in
                try Self.edit(site, "content/research/gpts-are-gpts.md") {
                    $0.contains("## Главные цифры") ? $0.replacingOccurrences(of: "## Главные цифры", with: "## Цифры")
                        : $0.replacingOccurrences(of: "## Цифры", with: "## Главные цифры")
                }
            }
        default:
            return Edit(description: "a tag added to an entry", keepsShape: false) { site in
                try Self.edit(site, "content/research/alignment-primer.md") {
                    $0.contains("tags: [llm, нейросети, промпты]") ? $0.replacingOccurrences(of: "tags: [llm, нейросети, промпты]", with: "tags: [llm, нейросети]")
                        : $0.replacingOccurrences(of: "tags: [llm, нейросети]", with: "tags: [llm, нейросети, промпты]")
                }
            }
        }
    }

    static func edit(_ site: FixtureSite, _ path: String, _ change: (String) -> String) throws {
        try site.write(change(try #require(site.read(path))), to: path)
    }

    /// A clean build of the site as it is now, on disk: whether it succeeds, what it reports, its files.
    static func cleanBuild(of site: FixtureSite) async -> (succeeded: Bool, diagnostics: String, files: [String: Data]) {
        let output = site.root.appendingPathComponent("clean-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let report = await Build.run(BuildOptions(contentDirectory: site.content, themeDirectory: site.theme, outputDirectory: output, clean: true))
        return (report.succeeded, FixtureSite.text(report), FixtureSite.files(under: output))
    }

    @Test(arguments: Array(UInt64(1)...4))
    func everyRebuildReportsAndMakesWhatACleanBuildDoes(seed: UInt64) async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        let (memory, options) = site.memoryBuild()
        #expect(await Build.run(options).succeeded)
        var random = SplitMix64(seed: seed)
        var history: [String] = []
        var lastGood = Dictionary(uniqueKeysWithValues: memory.paths.map { ($0, Data(memory.file(at: $0)!)) })
        var kept = 0
        var previousSucceeded = true
        for _ in 0..<12 {
            let edit = Self.edits(&random)
            try edit.apply(site)
            history.append(edit.description)
            let report = await Build.run(options)
            let clean = await Self.cleanBuild(of: site)
            let context = Comment(rawValue: "after: " + history.joined(separator: "; "))
            #expect(report.succeeded == clean.succeeded, context)
            #expect(FixtureSite.text(report) == clean.diagnostics, context)
            let files = Dictionary(uniqueKeysWithValues: memory.paths.map { ($0, Data(memory.file(at: $0)!)) })
            if clean.succeeded {
                #expect(files == clean.files, context)
                lastGood = files
            } else {
                #expect(files == lastGood, "a failed rebuild keeps the last good site; \(context)")
            }
            if report.keptCollection { kept += 1 }
            // Measured against the last good build: after a failed one, an edit may restore its shape.
            if !edit.keepsShape && previousSucceeded { #expect(!report.keptCollection, context) }
            previousSucceeded = report.succeeded
        }
        #expect(kept > 0, "some rebuilds started from the previous collection")
    }

    @Test func aBodyEditChecksOnlyThatBodysLinksAndAHeadingChangeChecksThemAll() async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        let (memory, options) = site.memoryBuild()
        #expect(await Build.run(options).succeeded)

        // A broken link in one body: found by a rebuild that kept the collection.
        try Self.edit(site, "content/research/alignment-primer.md") { $0 + "\nСм. [нет такого](missing.md).\n" }
        let broken = await Build.run(options)
        #expect(!broken.succeeded && broken.keptCollection)
        #expect(FixtureSite.text(broken).contains("alignment-primer.md:") && FixtureSite.text(broken).contains("missing.md"))

        // Fixed differently from how it was: the rebuild starts from the last good build's collection.
        try Self.edit(site, "content/research/alignment-primer.md") {
            $0.replacingOccurrences(of: "\nСм. [нет такого](missing.md).\n", with: "\nСм. [гайд](../prompting/prompt-guide.md).\n")
        }
        let fixed = await Build.run(options)
        #expect(fixed.succeeded && fixed.keptCollection)

        // The heading alignment-primer links to is renamed: that link breaks in a body nobody edited.
        try Self.edit(site, "content/research/gpts-are-gpts.md") { $0.replacingOccurrences(of: "## Главные цифры", with: "## Цифры") }
        let renamed = await Build.run(options)
        #expect(!renamed.succeeded && renamed.keptCollection)
        #expect(FixtureSite.text(renamed).contains("alignment-primer.md:12:"), "\(FixtureSite.text(renamed))")
        #expect(FixtureSite.text(renamed).contains("#главные-цифры"))
    }
}
