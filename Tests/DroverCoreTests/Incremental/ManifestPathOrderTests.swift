import Foundation
import Testing
@testable import DroverCore

/// The manifest lists its outputs and sources sorted; a build with the same paths as the
/// previous one takes their order from it instead of sorting them again.
@Suite("Manifest path order")
struct ManifestPathOrderTests {
    @Test func aManifestWrittenInThePreviousOrderIsTheSortedOneAndNewPathsAreSorted() async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let path = BuildManifest.path(forOutput: site.output), storePath = SourceStore.path(forOutput: site.output)
        let read = try SourceStoreTests.manifest(site)
        let order = try #require(read.pathOrder)
        #expect(order.outputs == read.outputs.keys.sorted() && order.sources == read.sourceRecords.keys.sorted())

        // The same paths: the inherited order, and the bytes of a manifest that sorts.
        var inherited = read
        inherited.keepPathOrder(of: read)
        try inherited.write(to: path, storeAt: storePath)
        let inheritedBytes = try #require(FileManager.default.contents(atPath: path))
        var sorting = read
        sorting.keepPathOrder(of: nil)
        try sorting.write(to: path, storeAt: storePath)
        #expect(try #require(FileManager.default.contents(atPath: path)) == inheritedBytes)

        // Other paths: the inherited order does not fit, and they are sorted.
        var changed = read
        changed.keepPathOrder(of: read)
        changed.outputs["0/index.html"] = BuildManifest.OutputRecord(fingerprint: 1, contentHash: 2, size: 3)
        changed.outputs.removeValue(forKey: try #require(order.outputs.last))
        try changed.write(to: path, storeAt: storePath)
        let reread = try SourceStoreTests.manifest(site)
        #expect(reread.pathOrder?.outputs == changed.outputs.keys.sorted())
        #expect(reread.pathOrder?.outputs.first == "0/index.html")
    }
}
