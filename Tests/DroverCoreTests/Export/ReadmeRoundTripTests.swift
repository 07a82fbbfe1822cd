import Foundation
import Testing
@testable import DroverCore

/// Export, then import into an empty folder: the same titles, URLs, blocks and tags, and
/// the imported collection passes the strict build; and a README imported, exported and
/// imported again keeps what it said.
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

    /// What an awesome list says of each item, in its block's order: the block, title, URL,
    /// description (with its status markers) and tags. Not authors: an awesome-lint item has no
    /// place for them.
    static func listed(_ collection: Collection) -> [String] {
        let titleByTag = Dictionary(collection.tags.map { ($0.name, $0.title) }, uniquingKeysWith: { first, _ in first })
        return collection.blocks.flatMap { block in
            (collection.entryIndicesByBlock[block.slug] ?? []).map { index in
                let entry = collection.entries[index]
                let tags = entry.tags.map { titleByTag[$0] ?? $0 }.sorted().joined(separator: ", ")
                return "\(block.title) | \(entry.title) | \(entry.url) | \(ReadmeDescription.of(entry.body)) | \(tags)"
            }
        }
    }

    /// README → import → export → import: the same sections, titles, URLs, descriptions, status
    /// markers and order, from a list with markers, "by Author:" and an order that is
    /// not alphabetical.
    @Test func importExportImportKeepsMarkersAuthorsAndOrder() async throws {
        let first = try await ImportRun(readme: try ImportRun.writeReadme(AwesomeImportKeepsTests.readme))
        defer { first.remove() }
        let imported = try await ReadmeExportTests.collection(first.folder.path)
        let exported = ReadmeExport.render(imported)
        let second = try await ImportRun(readme: try ImportRun.writeReadme(exported.text))
        defer { second.remove() }
        let again = try await ReadmeExportTests.collection(second.folder.path)
        #expect(Self.listed(again) == Self.listed(imported))
        #expect(again.blocks.map(\.title) == imported.blocks.map(\.title))
        #expect(Self.listed(imported).contains { $0.contains("| [Deprecated] Examples for every feature. |") }, "\(Self.listed(imported))")
        #expect(Self.listed(again).first?.contains("The Rust Programming Language") == true)
        #expect(second.report.exitCode == 0, "\(second.reportText)")
        #expect(second.reportText.contains("3 status markers kept in descriptions"), "\(second.reportText)")
    }
}
