/// A paginated list page's `pagination`: where the page is in its list and links to the
/// others. Absent when the list fits on one page.
struct Pagination: TemplateContext {
    /// This page's number, from 1.
    var number: Int
    var total: Int
    /// The list position of the page's first entry, from 1 (`<ol start>`).
    var start: Int
    /// Absent on the first page.
    var firstURL: String?
    var previousURL: String?
    /// Absent on the last page.
    var nextURL: String?
    var lastURL: String?
    var window: [PageNumberLink]
    /// Pages are left out between the first page and the window, or between the window and the last.
    var gapBefore: Bool
    var gapAfter: Bool

    static let fields = TemplateFields<Self>([
        "number": { .number($0.number) },
        "total": { .number($0.total) },
        "start": { .number($0.start) },
        "first_url": { .text(ifPresent: $0.firstURL) },
        "previous_url": { .text(ifPresent: $0.previousURL) },
        "next_url": { .text(ifPresent: $0.nextURL) },
        "last_url": { .text(ifPresent: $0.lastURL) },
        "window": { .list($0.window) },
        "gap_before": { .flag($0.gapBefore) },
        "gap_after": { .flag($0.gapAfter) },
    ])

    /// Page `number` of `paging`, whose page `n` is at `url(n)`; nil when the list has one page.
    init?(_ paging: ListPaging, page number: Int, url: (Int) -> String) {
        let total = paging.pageCount
        guard total > 1 else { return nil }
        self.number = number
        self.total = total
        start = paging.range(ofPage: number).lowerBound + 1
        firstURL = number > 1 ? url(1) : nil
        previousURL = number > 1 ? url(number - 1) : nil
        nextURL = number < total ? url(number + 1) : nil
        lastURL = number < total ? url(total) : nil
        let window = paging.window(around: number)
        let narrow = paging.window(around: number, width: ListPaging.narrowWindowWidth)
        self.window = window.map { PageNumberLink(number: $0, url: url($0), current: $0 == number, near: narrow.contains($0)) }
        gapBefore = window.lowerBound > 1
        gapAfter = window.upperBound < total
    }

}

/// One page number in `pagination.window`.
struct PageNumberLink: TemplateContext {
    var number: Int
    var url: String
    /// The page being shown → `aria-current="page"`.
    var current: Bool
    /// One of the three pages around the current one: the window a phone has room for.
    var near: Bool

    static let fields = TemplateFields<Self>([
        "number": { .number($0.number) },
        "url": { .text($0.url) },
        "current": { .flag($0.current) },
        "near": { .flag($0.near) },
    ])

}
