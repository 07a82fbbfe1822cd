import Foundation
import Testing
@testable import DroverCore

/// Block and tag pages link their counts per type and difficulty to the search page with that
/// filter and their own set, when the site has a search page.
@Suite struct SearchFilterLinksTests {
    @Test func blockAndTagPagesLinkTheirTypeAndDifficultyCounts() async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        // research: alignment-primer (article, intermediate) and gpts-are-gpts (paper, beginner).
        let block = try #require(site.read("site/research/index.html"))
        #expect(block.contains("search/?block=research&amp;type=paper\">Научная работа · 1</a>"), "\(block)")
        #expect(block.contains("search/?block=research&amp;type=article\">Статья · 1</a>"))
        #expect(block.contains("search/?block=research&amp;level=beginner\">"))
        #expect(!block.contains("type=course"), "only the types the block's entries have")
        // The tag llm is on all three entries, two of them articles or papers and one a course.
        let tag = try #require(site.read("site/tags/llm/index.html"))
        #expect(tag.contains("search/?tag=llm&amp;type=course\">Курс · 1</a>"), "\(tag)")
    }

    @Test func withoutASearchPageThereAreNoLinks() async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        let config = site.root.appendingPathComponent("content/site.yml")
        try (try String(contentsOf: config, encoding: .utf8) + "search: false\n").write(to: config, atomically: true, encoding: .utf8)
        #expect(await site.build().succeeded)
        let block = try #require(site.read("site/research/index.html"))
        #expect(!block.contains("search/?"))
    }
}
