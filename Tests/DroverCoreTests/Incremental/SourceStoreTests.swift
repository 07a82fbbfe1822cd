import Foundation
import Testing
@testable import DroverCore

/// The store of parsed sources beside the manifest: incremental builds append to it, damage
/// to it costs parsing again, never a wrong output.
@Suite("Source store")
struct SourceStoreTests {
    static let edited = "content/research/alignment-primer.md"

    static func storeBytes(_ site: FixtureSite) throws -> Data {
        try #require(FileManager.default.contents(atPath: SourceStore.path(forOutput: site.output)))
    }

    struct ManifestUnusable: Error {}

    static func manifest(_ site: FixtureSite) throws -> BuildManifest {
        let identity = BuildIdentity(includeDrafts: false, contentDirectory: site.content, themeDirectory: site.theme)
        guard case .usable(let manifest) = BuildManifest.read(at: BuildManifest.path(forOutput: site.output),
                                                              storeAt: SourceStore.path(forOutput: site.output), buildKey: identity.key) else {
            throw ManifestUnusable()
        }
        return manifest
    }

    /// Bytes of the store that records in use occupy.
    static func liveBytes(_ manifest: BuildManifest) -> Int {
        manifest.sourceRecords.values.reduce(0) { $0 + ($1.stored?.length ?? 0) }
    }

    func appendToBody(_ site: FixtureSite, _ text: String, path: String = Self.edited) throws {
        try site.write(try #require(site.read(path)) + "\n\(text)\n", to: path)
    }

    @Test func anIncrementalBuildAppendsTheEditedSourcesRecordAndLeavesTheOthersBytes() async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let before = try Self.storeBytes(site)
        let identity = try Self.manifest(site).sourceStore?.identity
        try appendToBody(site, "Ещё одна фраза.")
        let report = await site.build()
        #expect(report.succeeded && !report.clean && report.sourcesReused == 5)
        let after = try Self.storeBytes(site)
        #expect(after.prefix(before.count) == before, "the old records are not rewritten")
        let manifest = try Self.manifest(site)
        #expect(manifest.sourceStore?.identity == identity)
        let record = try #require(manifest.sourceRecords["research/alignment-primer.md"]?.stored)
        #expect(record.offset == before.count && after.count == before.count + record.length, "one record is appended")
        #expect(site.outputFiles() == (await IncrementalBuildTests.cleanBuild(of: site)))
    }

    @Test func theStoreIsCompactedWhenDeadBytesOutweighLiveOnesAndACleanBuildWritesAFreshOne() async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        var identities: Set<UInt64> = [try #require(try Self.manifest(site).sourceStore?.identity)]
        for step in 0..<12 {
            // Edits to the three larger sources replace most of the live bytes in a few builds.
            for path in ["content/research/alignment-primer.md", "content/research/gpts-are-gpts.md", "content/prompting/prompt-guide.md"] {
                try appendToBody(site, "Абзац \(step).", path: path)
            }
            #expect(await site.build().succeeded)
            let manifest = try Self.manifest(site)
            let size = try Self.storeBytes(site).count
            #expect(size - SourceStore.headerLength <= 2 * Self.liveBytes(manifest), "step \(step): \(size) bytes")
            identities.insert(try #require(manifest.sourceStore?.identity))
        }
        #expect(identities.count > 1, "the store was compacted")
        #expect(site.outputFiles() == (await IncrementalBuildTests.cleanBuild(of: site)))

        try appendToBody(site, "Последний абзац.")
        #expect(await site.build(clean: true).succeeded)
        let manifest = try Self.manifest(site)
        #expect(!identities.contains(try #require(manifest.sourceStore?.identity)), "a clean build writes a fresh store")
        #expect(try Self.storeBytes(site).count == SourceStore.headerLength + Self.liveBytes(manifest), "with no dead bytes")
    }

    @Test(arguments: ["corrupt record", "truncated", "foreign", "missing", "garbage"])
    func aDamagedOrForeignStoreMeansParsingAgainAndTheCleanBuildsBytes(damage: String) async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let path = SourceStore.path(forOutput: site.output)
        var bytes = try Self.storeBytes(site)
        let record = try #require(try Self.manifest(site).sourceRecords["prompting/prompt-guide.md"]?.stored)
        switch damage {
        case "corrupt record":
            // Bytes that still decode (a line number's high bytes) are caught by the checksum.
            let middle = record.offset + record.length / 2
            bytes.replaceSubrange(middle..<middle + 4, with: Data([0x30, 0x31, 0x32, 0x33]))
        case "truncated":
            // The manifest now points past the store's end.
            bytes = bytes.prefix(record.offset + record.length / 2)
        case "foreign":
            // Another build's store of the same content: the same records, another identity.
            let other = site.root.appendingPathComponent("other").path
            #expect(await Build.run(BuildOptions(contentDirectory: site.content, themeDirectory: site.theme, outputDirectory: other)).succeeded)
            bytes = try #require(FileManager.default.contents(atPath: SourceStore.path(forOutput: other)))
        case "garbage":
            bytes = Data(repeating: 0x41, count: bytes.count)
        default:
            try FileManager.default.removeItem(atPath: path)
        }
        if damage != "missing" { try bytes.write(to: URL(fileURLWithPath: path)) }
        try appendToBody(site, "Правка.")
        let report = await site.build()
        #expect(report.succeeded && !report.clean)
        // The edited file is parsed in any case; the prompt guide's record is unusable in all.
        #expect(report.sourcesReused == (damage == "corrupt record" ? 4 : 0))
        #expect(site.outputFiles() == (await IncrementalBuildTests.cleanBuild(of: site)))
        // The next build finds a whole store again.
        try appendToBody(site, "Ещё правка.")
        #expect(await site.build().sourcesReused == 5)
        #expect(site.outputFiles() == (await IncrementalBuildTests.cleanBuild(of: site)))
    }
}
