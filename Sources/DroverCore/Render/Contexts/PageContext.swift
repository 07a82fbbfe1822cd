/// The root context of one page: what every page shares (`site`, `page`, `nav`, `urls`) and
/// the page kind's own values.
struct PageContext: TemplateContext {
    /// The values only one kind of page has, each documented in theme/README.md.
    enum Content: Sendable {
        case home(blocks: [BlockItem], recent: [EntrySummary])
        case block(BlockDetail, entries: [EntrySummary], pagination: Pagination?)
        case entry(EntryDetail, previous: TitledLink?, next: TitledLink?)
        case tags([TagItem])
        case tag(TagDetail, entries: [EntrySummary], pagination: Pagination?)
        case standalone(StandaloneDetail)
        case notFound
    }

    var site: SiteContext
    var page: PageInfo
    var nav: [NavItem]
    var urls: URLShortcuts
    var content: Content

    /// The keys every page has.
    static let sharedKeys = ["site", "page", "nav", "urls"]
    /// Each kind's own keys, by the template that renders it.
    static let keysByTemplate: [String: [String]] = [
        "home": ["blocks", "recent"],
        "block": ["block", "entries", "pagination"],
        "entry": ["entry", "previous", "next"],
        "tags": ["tags"],
        "tag": ["tag", "entries", "pagination"],
        StandalonePage.template: ["standalone"],
        "404": [],
    ]
    static let keys = sharedKeys + Set(keysByTemplate.values.joined()).sorted()

    var template: String {
        switch content {
        case .home: "home"
        case .block: "block"
        case .entry: "entry"
        case .tags: "tags"
        case .tag: "tag"
        case .standalone: StandalonePage.template
        case .notFound: "404"
        }
    }

    func child(named name: String) -> Any? {
        switch name {
        case "site": return site
        case "page": return page
        case "nav": return nav
        case "urls": return urls
        default: break
        }
        switch (content, name) {
        case (.home(let blocks, _), "blocks"): return blocks
        case (.home(_, let recent), "recent"): return recent
        case (.block(let block, _, _), "block"): return block
        case (.block(_, let entries, _), "entries"): return entries
        case (.block(_, _, let pagination), "pagination"): return pagination
        case (.entry(let entry, _, _), "entry"): return entry
        case (.entry(_, let previous, _), "previous"): return previous
        case (.entry(_, _, let next), "next"): return next
        case (.tags(let tags), "tags"): return tags
        case (.tag(let tag, _, _), "tag"): return tag
        case (.tag(_, let entries, _), "entries"): return entries
        case (.tag(_, _, let pagination), "pagination"): return pagination
        case (.standalone(let standalone), "standalone"): return standalone
        default: return nil
        }
    }
}

extension PageContext {
    /// The entries a list page shows as cards.
    var listedEntries: [EntrySummary] {
        switch content {
        case .home(_, let recent): recent
        case .block(_, let entries, _), .tag(_, let entries, _): entries
        case .entry, .tags, .standalone, .notFound: []
        }
    }

    /// The same page with each listed entry replaced by `transform`'s result (to attach its cards).
    mutating func mapListedEntries(_ transform: (EntrySummary) -> EntrySummary) {
        switch content {
        case .home(let blocks, let recent): content = .home(blocks: blocks, recent: recent.map(transform))
        case .block(let block, let entries, let pagination): content = .block(block, entries: entries.map(transform), pagination: pagination)
        case .tag(let tag, let entries, let pagination): content = .tag(tag, entries: entries.map(transform), pagination: pagination)
        case .entry, .tags, .standalone, .notFound: break
        }
    }
}

/// What an `entry-card…` partial sees: the entry's summary on top of `site` and `urls`, as
/// inside a list page's `{{#entries}}`, and nothing that differs from page to page.
struct CardContext: TemplateContext {
    var site: SiteContext
    var urls: URLShortcuts
    var summary: EntrySummary

    static let keys = ["site", "urls"] + EntrySummary.keys

    func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "urls": urls
        default: summary.child(named: name)
        }
    }
}
