import Foundation
import Testing
@testable import DroverCore

/// Block and tag pages split into pages (Fixtures/paginated: `per_page: 3` in site.yml; blocks
/// of 20, 3, 4 and 0 entries, one of 5 with its own `per_page: 2` and one of 5 with `per_page: 0`;
/// tags on 37, 3 and 4 entries), built with the real theme.
@Suite("Paginated lists")
struct PaginatedSiteTests {
    static let root = "/paged/"

    static func built() async throws -> (FixtureSite, Collection) {
        let site = try FixtureSite(base: "paginated", theme: "real")
        let report = await site.build()
        try #require(report.succeeded, "\(FixtureSite.text(report))")
        return (site, try #require(report.collection))
    }

    /// Entry links of the cards on a built page, in order.
    static func cards(_ html: String) -> [String] {
        html.matches(of: /class="card__link" href="([^"]+)"/).map { String($0.1) }
    }

    static func pagination(_ html: String) -> String? {
        guard let start = html.range(of: "<nav class=\"pagination\""), let end = html[start.lowerBound...].range(of: "</nav>") else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    static func entryLinks(_ indices: [Int], in collection: Collection) -> [String] {
        indices.map { root + SiteURLs.entry(block: collection.entries[$0].block, slug: collection.entries[$0].slug) }
    }

    /// Every page of the list at `path` (a site path like `many/`), checked against `expected`
    /// entry links split `perPage` a page; returns the pages' HTML.
    @discardableResult
    static func expectPages(of path: String, in site: FixtureSite, entries expected: [String], perPage: Int, pages: Int,
                            sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
        var html: [String] = []
        for number in 1...pages {
            guard let page = site.read("site/" + SiteURLs.listPage(path, number: number) + "index.html") else {
                Issue.record("\(path): page \(number) of \(pages) is missing", sourceLocation: sourceLocation)
                return html
            }
            html.append(page)
        }
        #expect(site.read("site/" + path + "page/\(pages + 1)/index.html") == nil, "\(path) has no page past the last",
                sourceLocation: sourceLocation)
        #expect(site.read("site/" + path + "page/1/index.html") == nil, "\(path): the first page lives at the list's URL only",
                sourceLocation: sourceLocation)
        let shown = html.map(cards)
        #expect(shown.joined().elementsEqual(expected), "\(path): every entry once, in the list's order", sourceLocation: sourceLocation)
        #expect(shown.allSatisfy { $0.count <= max(perPage, expected.count) && (perPage == 0 || $0.count <= perPage) },
                "\(path): \(shown.map(\.count))", sourceLocation: sourceLocation)
        #expect(html.allSatisfy { (pagination($0) != nil) == (pages > 1) }, "\(path): a pagination on every page exactly when there are several",
                sourceLocation: sourceLocation)
        return html
    }

    @Test func everyListIsSplitIntoPagesOfItsSizeWithEveryEntryOnExactlyOnePage() async throws {
        let (site, collection) = try await Self.built()
        defer { site.remove() }
        let expectedPages = ["many": 7, "exact": 1, "one-more": 2, "own-size": 3, "one-page": 1, "empty": 1]
        #expect(Set(collection.blocks.map(\.slug)) == Set(expectedPages.keys))
        for block in collection.blocks {
            let perPage = block.perPage ?? 3
            let entries = Self.entryLinks(collection.entryIndicesByBlock[block.slug] ?? [], in: collection)
            Self.expectPages(of: SiteURLs.block(block.slug), in: site, entries: entries, perPage: perPage,
                             pages: try #require(expectedPages[block.slug]))
        }
        let tagPages = ["shared": 13, "exact": 1, "one-more": 2]
        for tag in collection.tags {
            Self.expectPages(of: SiteURLs.tag(tag.slug), in: site, entries: Self.entryLinks(tag.entryIndices, in: collection), perPage: 3,
                             pages: try #require(tagPages[tag.slug]))
        }
        // One entry past a full page: the second page holds just it.
        let oneMore = try #require(site.read("site/one-more/page/2/index.html"))
        #expect(Self.cards(oneMore) == ["/paged/one-more/one-more-04/"])
        #expect(oneMore.contains("<ol class=\"card-list\" start=\"4\">"))
    }

    @Test func anEmptyBlockHasItsOnePageWithTheEmptyNote() async throws {
        let (site, _) = try await Self.built()
        defer { site.remove() }
        let empty = try #require(site.read("site/empty/index.html"))
        #expect(Self.cards(empty).isEmpty)
        #expect(empty.contains("В этом разделе пока нет материалов."))
        #expect(Self.pagination(empty) == nil)
    }

    @Test func aPageInTheMiddleSaysWhereItIsAndLinksAroundIt() async throws {
        let (site, _) = try await Self.built()
        defer { site.remove() }
        let html = try #require(site.read("site/tags/shared/page/7/index.html"))
        let nav = try #require(Self.pagination(html))
        #expect(nav.hasPrefix("<nav class=\"pagination\" aria-label=\"Страницы списка\">"))
        #expect(nav.contains("Страница 7 из 13"))
        #expect(nav.contains("href=\"/paged/tags/shared/\""), "«Первая»")
        #expect(nav.contains("href=\"/paged/tags/shared/page/6/\" rel=\"prev\""))
        #expect(nav.contains("href=\"/paged/tags/shared/page/8/\" rel=\"next\""))
        #expect(nav.contains("href=\"/paged/tags/shared/page/13/\""), "«Последняя»")
        let numbers = nav.matches(of: /<span class="visually-hidden">Страница <\/span>(\d+)</).map { Int($0.1)! }
        #expect(numbers == [5, 6, 7, 8, 9])
        #expect(nav.matches(of: /aria-current="page"/).count == 1)
        #expect(nav.contains("href=\"/paged/tags/shared/page/7/\" aria-current=\"page\""))
        #expect(nav.matches(of: /pagination__gap/).count == 2)
        #expect(html.contains("<title>Общий, страница 7 из 13 — Постраничная коллекция</title>"))
        #expect(html.contains("<link rel=\"canonical\" href=\"https://example.org/paged/tags/shared/page/7/\">"))
        #expect(html.contains("<ol class=\"card-list\" start=\"19\">"))
    }

    @Test func nearTheFirstAndLastPageTheWindowStaysFiveWideAndTheMissingLinksAreLeftOut() async throws {
        let (site, _) = try await Self.built()
        defer { site.remove() }
        func numbers(_ nav: String) -> [Int] {
            nav.matches(of: /<span class="visually-hidden">Страница <\/span>(\d+)</).map { Int($0.1)! }
        }
        let first = try #require(Self.pagination(site.read("site/tags/shared/index.html") ?? ""))
        #expect(numbers(first) == [1, 2, 3, 4, 5])
        #expect(!first.contains("rel=\"prev\"") && !first.contains("Первая"))
        #expect(first.contains("href=\"/paged/tags/shared/page/2/\" rel=\"next\"") && first.contains("Последняя"))
        #expect(first.matches(of: /pagination__gap/).count == 1)
        let second = try #require(Self.pagination(site.read("site/tags/shared/page/2/index.html") ?? ""))
        #expect(numbers(second) == [1, 2, 3, 4, 5])
        #expect(second.contains("href=\"/paged/tags/shared/\" rel=\"prev\""), "page 1 is the list's own URL")
        let last = try #require(Self.pagination(site.read("site/tags/shared/page/13/index.html") ?? ""))
        #expect(numbers(last) == [9, 10, 11, 12, 13])
        #expect(!last.contains("rel=\"next\"") && !last.contains("Последняя"))
        #expect(last.contains("Первая") && last.contains("href=\"/paged/tags/shared/page/12/\" rel=\"prev\""))
        let shortList = try #require(Self.pagination(site.read("site/one-more/index.html") ?? ""))
        #expect(numbers(shortList) == [1, 2])
        #expect(shortList.matches(of: /pagination__gap/).isEmpty)
    }

    @Test func theIntroductionIsOnTheFirstPageOnly() async throws {
        let (site, _) = try await Self.built()
        defer { site.remove() }
        let intro = "Введение к разделу: оно стоит только на первой странице."
        let first = try #require(site.read("site/many/index.html"))
        let second = try #require(site.read("site/many/page/2/index.html"))
        #expect(first.contains(intro))
        #expect(!second.contains(intro))
    }

    /// The main content of one page in the middle, golden: its cards, the list's `start`, the pagination.
    @Test func aMiddlePageMatchesItsGoldenHTML() async throws {
        let (site, _) = try await Self.built()
        defer { site.remove() }
        let html = try #require(site.read("site/many/page/4/index.html"))
        let main = try #require(html.firstRange(of: "<main").flatMap { start in html[start.lowerBound...].firstRange(of: "</main>").map { html[start.lowerBound..<$0.upperBound] } })
        try Golden.check(String(main) + "\n", against: "paginated/expected/many-page-4.main.html")
    }

    @Test func theSitemapListsEveryPage() async throws {
        let (site, _) = try await Self.built()
        defer { site.remove() }
        let sitemap = try #require(site.read("site/sitemap.xml"))
        let listed = Set(sitemap.matches(of: /<loc>([^<]+)<\/loc>/).map { String($0.1) })
        let pages = Set(site.outputFiles().keys.filter { $0.hasSuffix("index.html") }
            .map { "https://example.org/paged/" + $0.dropLast("index.html".count) })
        #expect(listed == pages)
        #expect(listed.contains("https://example.org/paged/tags/shared/page/13/"))
        #expect(listed.contains("https://example.org/paged/own-size/page/3/"))
    }

    @Test func theInternalLinkCheckFollowsEveryPageLink() async throws {
        let site = try FixtureSite(base: "paginated", theme: "real")
        defer { site.remove() }
        let report = await site.check(external: false, offline: true)
        #expect(report.build.succeeded)
        #expect(report.internalProblems.isEmpty, "\(report.internalProblems.map(\.description))")
        #expect(report.pagesChecked > 30)
    }

    @Test func feedsAreTheSameWithOrWithoutPagination() async throws {
        let (site, _) = try await Self.built()
        defer { site.remove() }
        let feeds = site.outputFiles().filter { $0.key.hasSuffix(".xml") && $0.key != "sitemap.xml" }
        #expect(feeds.count == 1 + 6 + 3)
        let blockFeed = try #require(site.read("site/many/feed.xml"))
        #expect(blockFeed.matches(of: /<item>/).count == 20)
        try site.write(try #require(site.read("content/site.yml")).replacingOccurrences(of: "per_page: 3", with: "per_page: 0"),
                       to: "content/site.yml")
        for block in ["own-size", "one-page"] {
            let path = "content/\(block)/_block.md"
            try site.write(try #require(site.read(path)).replacing(/per_page: \d+\n/, with: ""), to: path)
        }
        let unpaginated = await site.build()
        #expect(unpaginated.succeeded)
        let after = site.outputFiles()
        #expect(feeds.allSatisfy { after[$0.key] == $0.value })
        #expect(!after.keys.contains { $0.contains("/page/") }, "per_page: 0 leaves every list on one page")
        #expect(Self.cards(site.read("site/tags/shared/index.html") ?? "").count == 37)
    }
}

/// Incremental builds of paginated lists: an edit re-renders the pages whose slice (or whose
/// list's count) changed and no others, and the output is always a clean build's.
@Suite("Paginated lists, incremental")
struct PaginatedIncrementalTests {
    @Test func retitlingAnEntryRendersOnlyThePagesThatDependOnIt() async throws {
        let site = try FixtureSite(base: "paginated", theme: "real")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        // many-08 is on page 3 of its block (7–9) and on one page of the tag «Общий», and its new
        // title keeps it there (the block is in title order); it is not among
        // the ten newest entries (the home page), so the pages that show its title are: its own,
        // its two neighbours' (previous/next links), one block page and one tag page.
        let path = "content/many/many-08.md"
        try site.write(try #require(site.read(path)).replacingOccurrences(of: "Много страниц, материал 8", with: "Много страниц, материал 8: новое название"), to: path)
        let report = await site.build()
        #expect(report.succeeded && !report.clean)
        let home = try #require(site.read("site/index.html"))
        #expect(!home.contains("новое название"), "the fixture's dates keep many-08 off the home page")
        // The pre-filter also lets through the pages that show the whole collection (home, tag
        // index, search); their contexts hold no title of it, so their keys stay and they are not
        // rendered. Rendered: its own page, its neighbours', the one block page and the one tag
        // page whose slice holds it.
        #expect(report.renderedPages == ["many/many-07/index.html", "many/many-08/index.html", "many/many-09/index.html",
                                         "many/page/3/index.html", "tags/shared/page/8/index.html"])
        #expect(site.read("site/many/page/3/index.html")?.contains("новое название") == true)
        #expect(site.outputFiles() == (await IncrementalBuildTests.cleanBuild(of: site)))
    }

    @Test func addingAnEntryRendersThePagesOfItsListsAndNoOtherList() async throws {
        let site = try FixtureSite(base: "paginated", theme: "real")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        // «exact» holds exactly one page; a fourth entry (tagged «ровно» only) opens a second page.
        try site.write("""
            ---
            title: "Четвёртый"
            url: https://example.com/exact/4
            type: article
            tags: [ровно]
            added: 2020-01-01
            ---
            Переходит на вторую страницу.
            """, to: "content/exact/exact-04.md")
        let report = await site.build()
        #expect(report.succeeded)
        #expect(Self.cards(site, "exact/page/2/") == ["/paged/exact/exact-04/"])
        #expect(Self.cards(site, "tags/exact/page/2/") == ["/paged/exact/exact-04/"])
        // Rendered: the new entry and its previous neighbour (exact-03), both pages of the block
        // and of the tag (their counts changed), the home page and the tag index (they show
        // counts), and the search page (its list of blocks for readers without JavaScript shows
        // counts too). Pages of «many», «Общий» and the other blocks are untouched.
        #expect(report.pagesRendered == 2 + 2 + 2 + 2 + 1)
        #expect(site.outputFiles() == (await IncrementalBuildTests.cleanBuild(of: site)))
        try FileManager.default.removeItem(atPath: site.content + "/exact/exact-04.md")
        let removed = await site.build()
        #expect(removed.succeeded && removed.filesRemoved >= 2, "the second pages are gone")
        #expect(site.read("site/exact/page/2/index.html") == nil)
        #expect(site.outputFiles() == (await IncrementalBuildTests.cleanBuild(of: site)))
    }

    static func cards(_ site: FixtureSite, _ path: String) -> [String] {
        PaginatedSiteTests.cards(site.read("site/" + path + "index.html") ?? "")
    }
}
