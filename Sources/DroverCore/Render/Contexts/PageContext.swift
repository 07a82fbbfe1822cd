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
        /// The search page: the blocks, for readers without JavaScript.
        case search(blocks: [BlockItem])
        case notFound
    }

    private let sharedSite: SharedContext<SiteContext>
    private let sharedPage: SharedContext<PageInfo>
    var nav: [NavItem]
    private let sharedURLs: SharedContext<URLShortcuts>
    private let sharedStrings: SharedContext<InterfaceStrings>
    var content: Content

    var site: SiteContext { sharedSite.context }
    var page: PageInfo { sharedPage.context }
    var urls: URLShortcuts { sharedURLs.context }
    /// `t`: the interface strings in the site's language.
    var strings: InterfaceStrings { sharedStrings.context }

    /// A page of `info`; `site`, `urls` and `strings` are shared by every page of the build.
    init(site: SharedContext<SiteContext>, page info: PageInfo, nav: [NavItem], urls: SharedContext<URLShortcuts>,
         strings: SharedContext<InterfaceStrings>, content: Content) {
        sharedSite = site
        sharedPage = SharedContext(info)
        self.nav = nav
        sharedURLs = urls
        sharedStrings = strings
        self.content = content
    }

    /// The keys every page has.
    static let sharedKeys = ["site", "page", "nav", "urls", "t"]
    /// Each kind's own keys, by the template that renders it.
    static let keysByTemplate: [String: [String]] = [
        "home": ["blocks", "recent"],
        "block": ["block", "entries", "pagination"],
        "entry": ["entry", "previous", "next"],
        "tags": ["tags"],
        "tag": ["tag", "entries", "pagination"],
        StandalonePage.template: ["standalone"],
        SearchIndex.template: ["blocks"],
        "404": [],
    ]
    /// Looked up by `child(named:)` below, which knows which kind has which key.
    static let fields = TemplateFields<Self>([:])
    static let keys = sharedKeys + Set(keysByTemplate.values.joined()).sorted()

    /// Its keys are answered by `child(named:)`, not by `fields`: a kind answers none of the
    /// others' keys, so they fold as absent.
    func fold(into hasher: inout StableHasher) {
        foldingEveryKey(into: &hasher)
    }

    var template: String {
        switch content {
        case .home: "home"
        case .block: "block"
        case .entry: "entry"
        case .tags: "tags"
        case .tag: "tag"
        case .standalone: StandalonePage.template
        case .search: SearchIndex.template
        case .notFound: "404"
        }
    }

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "site": return .context(sharedSite)
        case "page": return .context(sharedPage)
        case "nav": return .list(nav)
        case "urls": return .context(sharedURLs)
        case "t": return .context(sharedStrings)
        default: break
        }
        switch (content, name) {
        case (.home(let blocks, _), "blocks"): return .list(blocks)
        case (.home(_, let recent), "recent"): return .list(recent)
        case (.block(let block, _, _), "block"): return .context(block)
        case (.block(_, let entries, _), "entries"): return .list(entries)
        case (.block(_, _, let pagination), "pagination"): return pagination.map { .context($0) }
        case (.entry(let entry, _, _), "entry"): return .context(entry)
        case (.entry(_, let previous, _), "previous"): return previous.map { .context($0) }
        case (.entry(_, _, let next), "next"): return next.map { .context($0) }
        case (.tags(let tags), "tags"): return .list(tags)
        case (.tag(let tag, _, _), "tag"): return .context(tag)
        case (.tag(_, let entries, _), "entries"): return .list(entries)
        case (.tag(_, _, let pagination), "pagination"): return pagination.map { .context($0) }
        case (.standalone(let standalone), "standalone"): return .context(standalone)
        case (.search(let blocks), "blocks"): return .list(blocks)
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
        case .entry, .tags, .standalone, .search, .notFound: []
        }
    }

    /// The same page with each listed entry replaced by `transform`'s result (to attach its cards).
    mutating func mapListedEntries(_ transform: (EntrySummary) -> EntrySummary) {
        switch content {
        case .home(let blocks, let recent): content = .home(blocks: blocks, recent: recent.map(transform))
        case .block(let block, let entries, let pagination): content = .block(block, entries: entries.map(transform), pagination: pagination)
        case .tag(let tag, let entries, let pagination): content = .tag(tag, entries: entries.map(transform), pagination: pagination)
        case .entry, .tags, .standalone, .search, .notFound: break
        }
    }
}

/// What an `entry-card…` partial sees: the entry's summary on top of `site`, `urls` and `t`, as
/// inside a list page's `{{#entries}}`, and nothing that differs from page to page.
struct CardContext: TemplateContext {
    var site: SharedContext<SiteContext>
    var urls: SharedContext<URLShortcuts>
    var strings: SharedContext<InterfaceStrings>
    var summary: EntrySummary

    static let fields = TemplateFields<Self>([
        "site": { .context($0.site) },
        "urls": { .context($0.urls) },
        "t": { .context($0.strings) },
    ])
    static let keys = fields.keys + EntrySummary.keys

    func fold(into hasher: inout StableHasher) {
        Self.fields.fold(self, into: &hasher)
        summary.fold(into: &hasher)
    }

    func child(named name: String) -> TemplateValue? {
        Self.fields.value(of: name, in: self) ?? summary.child(named: name)
    }
}
