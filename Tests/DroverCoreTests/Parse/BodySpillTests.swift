import Foundation
import Testing
@testable import DroverCore

/// A clean build's entry HTML kept in an unnamed file until pages are rendered.
@Suite struct BodySpillTests {
    @Test func keptBodiesReadBackAsTheyWere() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("drover-spill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let spill = try #require(BodySpill(in: folder.path))
        let bodies = ["<p>Первый абзац о материале.</p>\n", "", "<h2 id=\"x\">Заголовок</h2>\n<p>a &amp; b 🚀</p>\n"]
        let kept = bodies.map { spill.keep(BodyHTML(page: $0)) }
        #expect(kept.map(\.page) == bodies)
        #expect(kept.map(\.page) == bodies, "a body reads back the same every time")
        #expect(spill.failure == nil)
        // The file has no name: nothing is left in the folder, whatever happens to the build.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aBodyThatCannotBeReadBackIsAFailureNotAnEmptyPage() throws {
        let spill = try #require(BodySpill(in: FileManager.default.temporaryDirectory.path))
        _ = spill.keep(BodyHTML(page: "<p>x</p>"))
        #expect(spill.read(offset: 1_000, length: 10) == [])
        #expect(spill.failure != nil)
    }

    @Test func aCleanBuildKeepsEntryHTMLOutOfMemoryAndAnIncrementalOneDoesNot() async throws {
        let site = try FixtureSite()
        let clean = await Build.run(BuildOptions(contentDirectory: site.content, themeDirectory: site.theme, outputDirectory: site.output))
        #expect(clean.succeeded)
        let entries = try #require(clean.collection?.entries)
        #expect(!entries.isEmpty && entries.allSatisfy { $0.body.html.isSpilled })
        try site.write("---\ntitle: \"Новый\"\nurl: https://example.com/new\ntype: paper\ntags: [llm]\nadded: 2024-05-01\n---\nТекст.\n",
                       to: "content/research/new-entry.md")
        let next = await Build.run(BuildOptions(contentDirectory: site.content, themeDirectory: site.theme, outputDirectory: site.output))
        #expect(next.succeeded)
        #expect(next.collection?.entries.contains { $0.slug == "new-entry" && !$0.body.html.isSpilled } == true)
    }
}
