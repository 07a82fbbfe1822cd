import Testing
@testable import DroverCore

/// How lists split into pages, and what a page's `pagination` says, at the edges.
@Suite struct ListPagingTests {
    @Test(arguments: [(0, 1), (1, 1), (3, 1), (4, 2), (6, 2), (7, 3), (75, 25), (76, 26)])
    func aListHasAsManyPagesAsItsEntriesNeed(count: Int, pages: Int) {
        #expect(ListPaging(count: count, perPage: 3).pageCount == pages)
    }

    @Test(arguments: [0, 1, 2, 3, 4, 5, 6, 7, 50, 51, 149, 1250])
    func everyEntryIsOnExactlyOnePageInOrder(count: Int) {
        for perPage in [1, 3, 50] {
            let paging = ListPaging(count: count, perPage: perPage)
            let positions = (1...paging.pageCount).flatMap { Array(paging.range(ofPage: $0)) }
            #expect(positions == Array(0..<count), "\(count) entries, \(perPage) a page")
            for number in 1...paging.pageCount where count > 0 {
                #expect((1...perPage).contains(paging.range(ofPage: number).count), "no page is empty or over-full")
            }
        }
    }

    @Test func perPageZeroKeepsTheWholeListOnOnePage() {
        let paging = ListPaging(count: 1250, perPage: 0)
        #expect(paging.pageCount == 1)
        #expect(paging.range(ofPage: 1) == 0..<1250)
        #expect(Pagination(paging, page: 1, url: { "/\($0)/" }) == nil)
    }

    @Test func anEmptyListHasOneEmptyPageAndNoPagination() {
        let paging = ListPaging(count: 0, perPage: 3)
        #expect(paging.range(ofPage: 1).isEmpty)
        #expect(Pagination(paging, page: 1, url: { "/\($0)/" }) == nil)
    }

    @Test func theWindowKeepsFivePagesAndShiftsNearTheEnds() {
        let paging = ListPaging(count: 75, perPage: 3)
        #expect(paging.window(around: 1) == 1...5)
        #expect(paging.window(around: 2) == 1...5)
        #expect(paging.window(around: 3) == 1...5)
        #expect(paging.window(around: 4) == 2...6)
        #expect(paging.window(around: 12) == 10...14)
        #expect(paging.window(around: 23) == 21...25)
        #expect(paging.window(around: 24) == 21...25)
        #expect(paging.window(around: 25) == 21...25)
        #expect(ListPaging(count: 6, perPage: 3).window(around: 2) == 1...2, "fewer pages than the window: all of them")
    }

    @Test func theFirstPageLinksForwardOnly() throws {
        let pagination = try #require(Pagination(ListPaging(count: 75, perPage: 3), page: 1) { Self.url($0) })
        #expect(pagination.number == 1 && pagination.total == 25 && pagination.start == 1)
        #expect(pagination.firstURL == nil && pagination.previousURL == nil)
        #expect(pagination.nextURL == "/r/page/2/" && pagination.lastURL == "/r/page/25/")
        #expect(pagination.window.map(\.number) == [1, 2, 3, 4, 5])
        #expect(pagination.window.map(\.url) == ["/r/", "/r/page/2/", "/r/page/3/", "/r/page/4/", "/r/page/5/"])
        #expect(pagination.window.map(\.current) == [true, false, false, false, false])
        #expect(pagination.window.map(\.near) == [true, true, true, false, false], "a phone shows pages 1–3")
        #expect(!pagination.gapBefore && pagination.gapAfter)
    }

    @Test func aPageInTheMiddleLinksBothWaysWithGapsOnBothSides() throws {
        let pagination = try #require(Pagination(ListPaging(count: 75, perPage: 3), page: 12) { Self.url($0) })
        #expect(pagination.start == 34)
        #expect(pagination.firstURL == "/r/" && pagination.previousURL == "/r/page/11/")
        #expect(pagination.nextURL == "/r/page/13/" && pagination.lastURL == "/r/page/25/")
        #expect(pagination.window.map(\.number) == [10, 11, 12, 13, 14])
        #expect(pagination.window.filter(\.current).map(\.number) == [12])
        #expect(pagination.window.filter(\.near).map(\.number) == [11, 12, 13])
        #expect(pagination.gapBefore && pagination.gapAfter)
    }

    @Test func theLastPageLinksBackOnly() throws {
        let pagination = try #require(Pagination(ListPaging(count: 76, perPage: 3), page: 26) { Self.url($0) })
        #expect(pagination.start == 76, "the last page holds the one entry past 25 full pages")
        #expect(pagination.firstURL == "/r/" && pagination.previousURL == "/r/page/25/")
        #expect(pagination.nextURL == nil && pagination.lastURL == nil)
        #expect(pagination.window.map(\.number) == [22, 23, 24, 25, 26])
        #expect(pagination.window.filter(\.near).map(\.number) == [24, 25, 26])
        #expect(pagination.gapBefore && !pagination.gapAfter)
    }

    @Test func nearTheFirstPageTheWindowReachesItAndLeavesNoGap() throws {
        let second = try #require(Pagination(ListPaging(count: 30, perPage: 3), page: 3) { Self.url($0) })
        #expect(second.window.map(\.number) == [1, 2, 3, 4, 5])
        #expect(!second.gapBefore && second.gapAfter)
        let fourth = try #require(Pagination(ListPaging(count: 30, perPage: 3), page: 4) { Self.url($0) })
        #expect(fourth.window.map(\.number) == [2, 3, 4, 5, 6])
        #expect(fourth.gapBefore, "page 1 is left out of the window: «…» before it")
    }

    @Test func everyKeyAnswers() throws {
        let pagination = try #require(Pagination(ListPaging(count: 10, perPage: 3), page: 2) { Self.url($0) })
        let values: [any TemplateContext] = [pagination] + pagination.window
        for value in values {
            for key in type(of: value).keys {
                #expect(value.child(named: key) != nil || ["first_url", "previous_url", "next_url", "last_url"].contains(key), "\(key)")
            }
            #expect(value.child(named: "no-such-key") == nil)
        }
    }

    static func url(_ number: Int) -> String {
        SiteURLs.listPage("/r/", number: number)
    }
}
