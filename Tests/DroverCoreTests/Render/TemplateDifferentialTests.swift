import Foundation
import Testing
@testable import DroverCore

/// Every page of the fixture sites, rendered by Drover's template runtime (the files a build
/// writes) and by swift-mustache from the same contexts, cards included: the bytes must match.
@Suite struct TemplateDifferentialTests {
    @Test(arguments: [("valid", "theme"), ("valid", "real"), ("paginated", "real"), ("english", "real")])
    func everyPageMatchesSwiftMustache(base: String, theme: String) async throws {
        let site = try FixtureSite(base: base, theme: theme)
        defer { site.remove() }
        try await Self.compare(content: site.content, theme: site.theme, output: site.output)
    }

    @Test func theFlagshipCollectionMatchesSwiftMustache() async throws {
        let root = FixtureSite.repositoryRoot.path
        // The site in a folder of its own, which takes the manifest, store and lock beside it when removed.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("drover-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.compare(content: root + "/content", theme: root + "/theme", output: folder.appendingPathComponent("site").path)
    }

    static func compare(content: String, theme: String, output: String) async throws {
        let report = await Build.run(BuildOptions(contentDirectory: content, themeDirectory: theme, outputDirectory: output))
        #expect(report.succeeded, "\(FixtureSite.text(report))")
        let prepared = try #require(report.site)
        let oracle = try MustacheOracle(templates: theme + "/templates")
        let dependencies = OutputDependencies(site: prepared, buildKey: "test", settingsFingerprint: 0, sourceHashes: [:])
        let renderer = SiteRenderer(site: prepared, dependencies: dependencies)
        let contexts = await PageContexts(collection: prepared.collection, urls: prepared.urls, strings: prepared.strings,
                                    contentPathInRepo: prepared.contentPathInRepo, hasSearchPage: renderer.hasSearchPage)
        var cards: [Int: RenderedCards] = [:]
        var pages = 0
        for planned in await renderer.plan() {
            guard case .page(let recipe) = planned.content else { continue }
            var page = recipe.context(in: contexts)
            page.mapListedEntries { summary in
                var summary = summary
                if cards[summary.entryIndex] == nil {
                    cards[summary.entryIndex] = oracle.renderCards(contexts.card(at: summary.entryIndex))
                }
                summary.cards = cards[summary.entryIndex]
                return summary
            }
            let expected = oracle.render(page.template, page)
            let written = try #require(FileManager.default.contents(atPath: output + "/" + planned.path))
            #expect(String(decoding: written, as: UTF8.self) == expected, "\(planned.path)")
            pages += 1
        }
        #expect(pages > 5)
    }
}
