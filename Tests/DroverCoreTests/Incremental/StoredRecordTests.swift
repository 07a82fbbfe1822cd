import Foundation
import Testing
@testable import DroverCore

/// What the source store hands an incremental build: bodies' HTML left as the record's bytes
/// until a page reads it, and entries' keys kept rather than computed again. Both must be what
/// a fresh parse gives, and damage to them must cost a parse, never a wrong page.
@Suite("Stored records")
struct StoredRecordTests {
    @Test func storedTextsAreLeftUndecodedAndReadAsAFreshParsesAndStoredKeysAreAFreshParses() async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        let clean = await site.build()
        #expect(clean.succeeded && clean.clean)
        let fresh = try #require(clean.collection)
        let stored = await (try SourceStoreTests.manifest(site)).sources().sources
        #expect(!fresh.entries.isEmpty && !fresh.blocks.isEmpty)
        for entry in fresh.entries {
            #expect(!entry.body.html.stored.isUndecoded, "a fresh parse holds its HTML as text")
            let reused = try #require(stored[entry.sourcePath]?.entry)
            #expect(reused.body.html.stored.isUndecoded, "\(entry.sourcePath)")
            #expect(!reused.body.html.page.isEmpty)
            #expect(reused.body.html.page == entry.body.html.page, "\(entry.sourcePath)")
            #expect(reused.body.html == entry.body.html)
            #expect(reused.body.storedExcerpt.isUndecoded && reused.body.excerpt == entry.body.excerpt)
            let wordsUndecoded = reused.searchWords.texts.allSatisfy { $0.isUndecoded }
            #expect(wordsUndecoded, "\(entry.sourcePath): search words decoded")
            #expect(reused.searchWords == entry.searchWords && !entry.searchWords.joinedTitle.isEmpty)
            #expect(reused.keys == entry.keys, "\(entry.sourcePath)")
            #expect(reused.recomputingKeys.keys == reused.keys, "\(entry.sourcePath)")
        }
        for block in fresh.blocks {
            let reused = try #require(stored[block.sourcePath]?.block)
            #expect(reused.intro.html.stored.isUndecoded && reused.intro.html.page == block.intro.html.page)
        }
    }

    @Test func anUndecodedHTMLIsWrittenBackAsTheSameBytes() async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let stored = await (try SourceStoreTests.manifest(site)).sources().sources
        let source = try #require(stored["research/alignment-primer.md"])
        #expect(source.entry?.body.html.stored.isUndecoded == true)
        var writer = ByteWriter()
        writer.write(source)
        let decoded = try writer.bytes.withUnsafeBytes { bytes in
            var reader = ByteReader(bytes)
            return try reader.parsedSource()
        }
        let entry = try #require(decoded.entry)
        #expect(!entry.body.html.stored.isUndecoded, "a reader without a backing store decodes")
        #expect(entry.body.html.page == source.entry?.body.html.page)
        #expect(entry.keys == source.entry?.keys)
        #expect(entry.body.excerpt == source.entry?.body.excerpt && entry.searchWords == source.entry?.searchWords)
    }

    /// A byte of a body's HTML that is no longer UTF-8: the record's checksum catches it when the
    /// store is read, so the file is parsed again instead of a page showing mangled text.
    @Test func aStoredBodyWhoseHTMLBytesAreDamagedIsParsedAgain() async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        let clean = await site.build()
        #expect(clean.succeeded)
        let damaged = "prompting/prompt-guide.md"
        let html = try #require(clean.collection?.entries.first { $0.sourcePath == damaged }?.body.html.page)
        let record = try #require(try SourceStoreTests.manifest(site).sourceRecords[damaged]?.stored)
        var bytes = try SourceStoreTests.storeBytes(site)
        let found = try #require(bytes.range(of: Data(html.utf8), in: record.offset..<record.offset + record.length))
        bytes[found.lowerBound + found.count / 2] = 0xFF
        try bytes.write(to: URL(fileURLWithPath: SourceStore.path(forOutput: site.output)))

        let reading = await (try SourceStoreTests.manifest(site)).sources()
        #expect(reading.sources[damaged] == nil)
        #expect(reading.sources.count == 5, "the other records are whole")
        #expect(reading.damaged == 1)
        try site.write(try #require(site.read("content/research/alignment-primer.md")) + "\nПравка.\n",
                       to: "content/research/alignment-primer.md")
        let report = await site.build()
        #expect(report.succeeded && !report.clean && report.sourcesReused == 4)
        #expect(report.notes == ["1 parsed source kept beside the output could not be read back; parsed again"])
        #expect(site.outputFiles() == (await IncrementalBuildTests.cleanBuild(of: site)))
    }

    @Test func aStoreOfTheFormatBeforeUndecodedHTMLIsNotRead() async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        var bytes = try SourceStoreTests.storeBytes(site)
        let old = Data("drover-sources-2\n".utf8)
        bytes.replaceSubrange(0..<old.count, with: old)
        try bytes.write(to: URL(fileURLWithPath: SourceStore.path(forOutput: site.output)))
        #expect(try SourceStoreTests.manifest(site).sourceStore == nil)
        try site.write(try #require(site.read("content/research/alignment-primer.md")) + "\nПравка.\n",
                       to: "content/research/alignment-primer.md")
        let report = await site.build()
        #expect(report.succeeded && report.sourcesReused == 0)
        #expect(site.outputFiles() == (await IncrementalBuildTests.cleanBuild(of: site)))
    }

    @Test(arguments: [3, 20])
    func aTagListedTwiceInOneEntryIsReportedOnceAtItsSecondPlace(tagCount: Int) async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let others = (1..<tagCount - 1).map { "тег\($0)" }
        let tags = ["llm"] + others + ["llm"]
        try site.write("""
            ---
            title: Twice
            url: https://example.com/twice/
            type: article
            tags: [\(tags.joined(separator: ", "))]
            added: 2024-05-01
            ---
            Текст о том, зачем читать этот материал.

            """, to: "content/research/twice.md")
        let report = await site.build()
        let twice = report.diagnostics.all.filter { $0.message.contains("is listed twice") }
        #expect(twice.count == 1, "\(FixtureSite.text(report))")
        #expect(twice.first?.message == "tag 'llm' is listed twice")
        #expect(twice.first?.file == "content/research/twice.md" && twice.first?.line == 5)
        let tag = try #require(report.collection?.tags.first { $0.name == "llm" })
        let entry = try #require(report.collection?.entries.firstIndex { $0.sourcePath == "research/twice.md" })
        #expect(tag.entryIndices.filter { $0 == entry }.count == 1, "the entry is listed once under the tag")
    }
}
