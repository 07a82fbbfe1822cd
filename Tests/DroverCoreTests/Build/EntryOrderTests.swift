import Foundation
import Testing
@testable import DroverCore

/// The order of entries in a block: `weight` in an entry, `sort_by` in `_block.md`; the block's
/// pages, their pagination, its feed and its entries' neighbours follow it.
@Suite struct EntryOrderTests {
    /// A block "Getting started" of the English fixture, as the new user of issue 24 wrote it.
    static func gettingStarted(sortBy: String? = nil, perPage: Int? = nil, weights: [String: String] = [:]) throws -> FixtureSite {
        let site = try FixtureSite(base: "english", theme: "real")
        var block = "---\ntitle: \"Getting started\"\norder: 3\nsummary: \"Where a Rust programmer starts\"\n"
        if let sortBy { block += "sort_by: \(sortBy)\n" }
        if let perPage { block += "per_page: \(perPage)\n" }
        try site.write(block + "---\n", to: "content/rust/_block.md")
        let entries = [("the-rust-book", "The Rust Programming Language", "2024-01-10"),
                       ("async-book", "Asynchronous Programming in Rust", "2024-03-01"),
                       ("rust-by-example", "rust by Example", "2024-02-01")]
        for (slug, title, added) in entries {
            let weight = weights[slug].map { "weight: \($0)\n" } ?? ""
            try site.write("---\ntitle: \"\(title)\"\nurl: https://example.org/\(slug)\ntype: book\ntags: [rust]\nadded: \(added)\n\(weight)---\nA book.\n",
                           to: "content/rust/\(slug).md")
        }
        return site
    }

    /// The entries' slugs on a built page of the block, in order.
    static func listed(_ site: FixtureSite, page: String = "rust/index.html") -> [String] {
        let html = site.read("site/" + page) ?? ""
        return html.matches(of: /class="card__link" href="[^"]*\/rust\/([^\/"]+)\/"/).map { String($0.1) }
    }

    @Test func aWeightPutsTheBookToReadFirstAtTheTopAndTheRestFollowByTitle() async throws {
        let site = try Self.gettingStarted(weights: ["the-rust-book": "1"])
        defer { site.remove() }
        let report = await site.build(strict: true)
        #expect(report.succeeded, "\(FixtureSite.text(report))")
        #expect(Self.listed(site) == ["the-rust-book", "async-book", "rust-by-example"])
        let first = try #require(site.read("site/rust/the-rust-book/index.html"))
        #expect(first.contains("/rust/async-book/"), "its next entry is the first by title")
    }

    @Test func withoutWeightsABlockIsInTitleOrderIgnoringCase() async throws {
        let site = try Self.gettingStarted()
        defer { site.remove() }
        #expect(await site.build(strict: true).succeeded)
        #expect(Self.listed(site) == ["async-book", "rust-by-example", "the-rust-book"])
    }

    @Test func entriesWithoutAWeightComeAfterThoseWithOneAndLowerComesFirst() async throws {
        let site = try Self.gettingStarted(weights: ["rust-by-example": "20", "the-rust-book": "-5"])
        defer { site.remove() }
        #expect(await site.build(strict: true).succeeded)
        #expect(Self.listed(site) == ["the-rust-book", "rust-by-example", "async-book"])
    }

    @Test func sortByDateListsNewestFirstAndSortByTitleIgnoresWeights() async throws {
        let byDate = try Self.gettingStarted(sortBy: "date", weights: ["the-rust-book": "1"])
        defer { byDate.remove() }
        #expect(await byDate.build(strict: true).succeeded)
        #expect(Self.listed(byDate) == ["async-book", "rust-by-example", "the-rust-book"])

        let byTitle = try Self.gettingStarted(sortBy: "title", weights: ["the-rust-book": "1"])
        defer { byTitle.remove() }
        #expect(await byTitle.build(strict: true).succeeded)
        #expect(Self.listed(byTitle) == ["async-book", "rust-by-example", "the-rust-book"])
    }

    @Test func paginationAndTheBlockFeedFollowTheBlocksOrder() async throws {
        let site = try Self.gettingStarted(perPage: 1, weights: ["the-rust-book": "1", "rust-by-example": "2"])
        defer { site.remove() }
        #expect(await site.build(strict: true).succeeded)
        #expect(Self.listed(site) == ["the-rust-book"])
        #expect(Self.listed(site, page: "rust/page/2/index.html") == ["rust-by-example"])
        #expect(Self.listed(site, page: "rust/page/3/index.html") == ["async-book"])
        let feed = try #require(site.read("site/rust/feed.xml"))
        let items = feed.matches(of: /<link>[^<]*\/rust\/([^\/<]+)\/<\/link>/).map { String($0.1) }
        #expect(items == ["the-rust-book", "rust-by-example", "async-book"])
        // The site's feed stays newest first.
        let siteFeed = try #require(site.read("site/feed.xml"))
        let newest = siteFeed.matches(of: /<link>[^<]*\/rust\/([^\/<]+)\/<\/link>/).map { String($0.1) }
        #expect(newest == ["async-book", "rust-by-example", "the-rust-book"])
    }

    @Test func aMisspeltSortByOrAWeightThatIsNoNumberIsAnErrorWithItsFix() async throws {
        let site = try Self.gettingStarted(sortBy: "wieght", weights: ["the-rust-book": "first"])
        defer { site.remove() }
        let text = FixtureSite.text(await site.build())
        #expect(text.contains("content/rust/_block.md:5:10: error: unknown sort_by 'wieght'; did you mean 'weight'?"), "\(text)")
        #expect(text.contains("content/rust/the-rust-book.md:7:9: error: 'weight' must be a whole number, found \"first\"; write it as weight: 1"), "\(text)")
    }

    @Test func aServerRebuildAfterARetitleThatMovesAnEntryListsItWhereACleanBuildDoes() async throws {
        let site = try Self.gettingStarted()
        defer { site.remove() }
        let (memory, options) = site.memoryBuild()
        #expect(await Build.run(options).succeeded)
        try site.write("---\ntitle: \"A Rust book\"\nurl: https://example.org/the-rust-book\ntype: book\ntags: [rust]\nadded: 2024-01-10\n---\nA book.\n",
                       to: "content/rust/the-rust-book.md")
        #expect(await Build.run(options).succeeded)
        let page = String(decoding: try #require(memory.file(at: "rust/index.html")), as: UTF8.self)
        let order = page.matches(of: /class="card__link" href="[^"]*\/rust\/([^\/"]+)\/"/).map { String($0.1) }
        #expect(order == ["the-rust-book", "async-book", "rust-by-example"])
    }
}

@Suite struct EntryListKeyTests {
    @Test func titlesCompareWithoutCaseAndNumbersAsNumbers() {
        #expect(EntryListKey.fold("Part 2") < EntryListKey.fold("part 10"))
        #expect(EntryListKey.fold("The Rust Book") > EntryListKey.fold("asynchronous Rust"))
        #expect(EntryListKey.fold("Материал 9") < EntryListKey.fold("материал 10"))
    }
}
