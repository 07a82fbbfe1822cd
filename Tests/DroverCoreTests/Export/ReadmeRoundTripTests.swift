import Foundation
import Testing
@testable import DroverCore

/// Export, then import into an empty folder: the same titles, URLs, blocks and tags, and
/// the imported collection passes the strict build.
@Suite struct ReadmeRoundTripTests {
    /// What must survive the round trip, per entry: block title, title, URL, tag titles.
    static func fingerprint(_ collection: Collection) -> [String] {
        let titleByTag = Dictionary(collection.tags.map { ($0.name, $0.title) }, uniquingKeysWith: { first, _ in first })
        return collection.entries.map { entry in
            let block = collection.block(entry.block)?.title ?? entry.block
            let tags = entry.tags.map { titleByTag[$0] ?? $0 }.sorted().joined(separator: ", ")
            return "\(block) | \(entry.title) | \(entry.url) | \(tags)"
        }.sorted()
    }

    @Test(arguments: ["flagship", "valid"]) func exportThenImportGivesTheSameCollection(_ which: String) async throws {
        let source = which == "flagship" ? ReadmeExportTests.flagship : ReadmeExportTests.validFixture
        let original = try await ReadmeExportTests.collection(source)
        let readme = try ImportRun.writeReadme(ReadmeExport.render(original).text)
        let run = try await ImportRun(readme: readme)
        defer { run.remove() }
        #expect(run.report.exitCode == 0, "\(run.reportText)")
        #expect(run.report.entriesWritten == original.entries.count)
        let imported = try await ReadmeExportTests.collection(run.folder.path)
        #expect(Self.fingerprint(imported) == Self.fingerprint(original))
        #expect(imported.blocks.map(\.title) == original.blocks.map(\.title))
        #expect(imported.config.title == original.config.title)
        let build = await run.build()
        #expect(build.succeeded, "\(FixtureSite.text(build))")
    }
}
