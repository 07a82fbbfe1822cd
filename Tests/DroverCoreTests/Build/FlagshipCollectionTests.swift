import Foundation
import Testing
@testable import DroverCore

/// The collection readers see first: it must build with the real theme without a single warning.
@Suite struct FlagshipCollectionTests {
    @Test func theFlagshipCollectionBuildsWithTheDefaultThemeWithoutAnyDiagnostic() throws {
        let root = FixtureSite.repositoryRoot
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("drover-flagship-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let report = Build.run(BuildOptions(contentDirectory: root.appendingPathComponent("content").path,
                                            themeDirectory: root.appendingPathComponent("theme").path,
                                            outputDirectory: output.path, strict: true))
        #expect(report.succeeded)
        #expect(report.diagnostics.all.isEmpty, "\(report.diagnostics.sorted.map(\.description).joined(separator: "\n"))")
        #expect(report.entries >= 60)
        let blocks = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("content").path)
            .filter { !$0.contains(".") }
        #expect(blocks.count == 5)
        for block in blocks {
            let entries = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("content/\(block)").path)
                .filter { $0.hasSuffix(".md") && $0 != "_block.md" }
            #expect(entries.count >= 8, "block \(block) has \(entries.count) entries")
        }
    }
}
