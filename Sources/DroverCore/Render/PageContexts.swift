/// Builds the typed context of every page (see `PageContext` and theme/README.md) from the
/// prepared site: plain values, made once, that rendering only reads.
struct PageContexts: Sendable {
    let collection: Collection
    let urls: SiteURLs
    /// The content folder's path inside the repository, for «Исправить» links.
    let contentPathInRepo: String
    /// Entry summaries by entry index, built once and shared by every list they appear in; only
    /// those of the entries the pages being rendered show (nil for the others, made if asked for).
    private let summaries: [EntrySummary?]
    private let blockTitles: [String: String]
    private let tagsByName: [String: Tag]
    /// `site`, `urls` and `t` as every page's and card's context holds them (see `SharedContext`).
    private let sharedSite: SharedContext<SiteContext>
    private let sharedShortcuts: SharedContext<URLShortcuts>
    private let sharedStrings: SharedContext<InterfaceStrings>
    /// The interface strings every page and card reads as `t`, and the engine composes from.
    var strings: InterfaceStrings { sharedStrings.context }
    /// Whether the site has a search page, which block and tag pages then link their type and
    /// difficulty counts to.
    let hasSearchPage: Bool

    /// - Parameter summarized: the entries whose summaries the pages to render show; all when nil.
    ///   Made on all cores: a clean build of 10,000 entries makes 10,000 of them.
    init(collection: Collection, urls: SiteURLs, strings: InterfaceStrings, contentPathInRepo: String, summarized: Set<Int>? = nil,
         hasSearchPage: Bool = false) async {
        self.collection = collection
        self.hasSearchPage = hasSearchPage
        self.urls = urls
        self.contentPathInRepo = contentPathInRepo
        let blockTitles = Dictionary(uniqueKeysWithValues: collection.blocks.map { ($0.slug, $0.title) })
        let tagsByName = Dictionary(uniqueKeysWithValues: collection.tags.map { ($0.name, $0) })
        self.blockTitles = blockTitles
        self.tagsByName = tagsByName
        summaries = await concurrentMap(collection.entries.count, chunk: 256) { index in
            guard summarized?.contains(index) ?? true else { return nil }
            return Self.summary(of: collection.entries[index], at: index, collection: collection, strings: strings, urls: urls,
                                blockTitles: blockTitles, tagsByName: tagsByName)
        }
        let config = collection.config
        let site = SiteContext(title: config.title, description: config.description, language: config.language,
                               baseURL: urls.base, root: urls.root, author: config.author, repoURL: config.repoURL,
                               feedURL: urls.absolute("feed.xml"),
                               pages: collection.pages.map { TitledLink(title: $0.title, url: urls.link(SiteURLs.page($0.slug))) })
        let shortcuts = URLShortcuts(home: urls.link(SiteURLs.home), tags: urls.link(SiteURLs.tagIndex), feed: urls.link("feed.xml"))
        sharedSite = SharedContext(site)
        sharedShortcuts = SharedContext(shortcuts)
        sharedStrings = SharedContext(strings)
    }

    /// An entry as lists show it.
    func summary(at index: Int) -> EntrySummary {
        summaries[index] ?? Self.summary(of: collection.entries[index], at: index, collection: collection, strings: strings, urls: urls,
                                         blockTitles: blockTitles, tagsByName: tagsByName)
    }

    private static func summary(of entry: Entry, at index: Int, collection: Collection, strings: InterfaceStrings, urls: SiteURLs,
                                blockTitles: [String: String], tagsByName: [String: Tag]) -> EntrySummary {
        EntrySummary(entry: entry, at: index, config: collection.config, strings: strings, urls: urls,
                     blockTitle: blockTitles[entry.block] ?? entry.block, tags: tagsByName)
    }

    /// What an entry's `entry-card…` partials see.
    func card(at index: Int) -> CardContext {
        CardContext(site: sharedSite, urls: sharedShortcuts, strings: sharedStrings, summary: summary(at: index))
    }

    // MARK: Pages

    /// The newest entries, which the home page lists.
    static func recentEntries(of collection: Collection, limit: Int = 10) -> [Int] {
        Array(collection.newestFirst(collection.entries.indices).prefix(limit))
    }

    func home() -> PageContext {
        let recent = Self.recentEntries(of: collection).map { summary(at: $0) }
        return page(info(kind: "home", path: SiteURLs.home, heading: collection.config.title, title: collection.config.title,
                         description: collection.config.description),
                    .home(blocks: blockItems(), recent: recent))
    }

    /// Page `number` of a block's page; the introduction is on the first page only.
    func block(_ block: Block, page number: Int = 1) -> PageContext {
        let indices = collection.entryIndicesByBlock[block.slug] ?? []
        let path = SiteURLs.block(block.slug)
        let feed = path + "feed.xml"
        let list = listPage(indices, ListPaging(block, in: collection), number: number, at: path)
        let detail = BlockDetail(title: block.title, url: urls.link(path), summary: block.summary,
                                 audience: block.audience, introHTML: number == 1 ? block.intro.html.page.nonEmpty : nil,
                                 count: indices.count, countLabel: strings.count(indices.count), feedURL: urls.absolute(feed),
                                 showsUpdated: indices.contains { collection.entries[$0].updated != nil },
                                 types: filterLinks(indices, by: { $0.type }, filter: "type", on: "block=" + block.slug),
                                 levels: filterLinks(indices, by: { $0.difficulty }, filter: "level", on: "block=" + block.slug))
        return page(info(kind: "block", path: SiteURLs.listPage(path, number: number), heading: block.title,
                         title: title(block.title, on: list.pagination), description: block.summary,
                         feedPath: feed, feedTitle: feedTitle(block.title)),
                    .block(detail, entries: list.entries, pagination: list.pagination), currentBlock: block.slug)
    }

    func entry(at index: Int, neighbours: (previous: Int?, next: Int?)) -> PageContext {
        let entry = collection.entries[index]
        let detail = EntryDetail(summary: summary(at: index), bodyHTML: entry.body.html.page, authors: entry.authors,
                                 editURL: collection.config.repoURL.map { $0 + "/edit/main/" + contentPathInRepo + entry.sourcePath })
        let description = Excerpt.cut(entry.body.excerpt, limit: 160).nonEmpty ?? entry.title
        return page(info(kind: "entry", path: SiteURLs.entry(block: entry.block, slug: entry.slug), heading: entry.title,
                         description: description),
                    .entry(detail, previous: neighbours.previous.map(link(to:)), next: neighbours.next.map(link(to:))),
                    currentBlock: entry.block)
    }

    func tagIndex() -> PageContext {
        let tags = collection.tags.sorted { ($0.title.lowercased(), $0.slug) < ($1.title.lowercased(), $1.slug) }.map { tag in
            TagItem(name: tag.name, title: tag.title, slug: tag.slug, url: urls.link(SiteURLs.tag(tag.slug)),
                    count: tag.entryIndices.count, countLabel: strings.count(tag.entryIndices.count), description: tag.description)
        }
        return page(info(kind: "tags", path: SiteURLs.tagIndex, heading: strings.text(.tagsTitle),
                         description: strings.format(.tagsDescription, ["site": collection.config.title])),
                    .tags(tags))
    }

    func tag(_ tag: Tag, page number: Int = 1) -> PageContext {
        let path = SiteURLs.tag(tag.slug)
        let feed = path + "feed.xml"
        let description = tag.description ?? strings.format(.tagDescription, ["tag": tag.title])
        let list = listPage(tag.entryIndices, ListPaging(tag, in: collection), number: number, at: path)
        let detail = TagDetail(name: tag.name, title: tag.title, description: tag.description, url: urls.link(path),
                               count: tag.entryIndices.count, countLabel: strings.count(tag.entryIndices.count),
                               feedURL: urls.absolute(feed),
                               types: filterLinks(tag.entryIndices, by: { $0.type }, filter: "type", on: "tag=" + tag.slug),
                               levels: filterLinks(tag.entryIndices, by: { $0.difficulty }, filter: "level", on: "tag=" + tag.slug))
        return page(info(kind: "tag", path: SiteURLs.listPage(path, number: number), heading: tag.title,
                         title: title(tag.title, on: list.pagination), description: description,
                         feedPath: feed, feedTitle: feedTitle(tag.title)),
                    .tag(detail, entries: list.entries, pagination: list.pagination))
    }

    /// The entries' counts per value of a filter, in the filter's order, each linked to the search
    /// page with the filter and `own` (`block=…`, `tag=…`) set; none without a search page.
    private func filterLinks<Value: FilterValue>(_ indices: [Int], by value: (Entry) -> Value?, filter: String,
                                                 on own: String) -> [FilterLink] {
        guard hasSearchPage else { return [] }
        var counts: [Value: Int] = [:]
        for index in indices {
            if let found = value(collection.entries[index]) { counts[found, default: 0] += 1 }
        }
        return Value.allCases.compactMap { value in
            guard let count = counts[value] else { return nil }
            return FilterLink(label: value.label(in: strings), count: count,
                              url: urls.link(SearchIndex.folder) + "?" + own + "&" + filter + "=" + value.rawValue)
        }
    }

    /// A standalone page such as «О проекте»: its title, optional summary and Markdown body.
    func standalone(_ standalone: StandalonePage) -> PageContext {
        let description = standalone.summary ?? (Excerpt.cut(standalone.body.excerpt, limit: 160).nonEmpty ?? standalone.title)
        let detail = StandaloneDetail(title: standalone.title, summary: standalone.summary, bodyHTML: standalone.body.html.page,
                                      editURL: collection.config.repoURL.map { $0 + "/edit/main/" + contentPathInRepo + standalone.sourcePath })
        return page(info(kind: "page", path: SiteURLs.page(standalone.slug), heading: standalone.title, description: description),
                    .standalone(detail))
    }

    /// The search page: the browser fills it from the URL and the index under `search/`.
    func search() -> PageContext {
        return page(info(kind: "search", path: SearchIndex.folder, heading: strings.text(.searchTitle),
                         description: strings.format(.searchDescription, ["site": collection.config.title])),
                    .search(blocks: blockItems()))
    }

    func notFound() -> PageContext {
        page(info(kind: "404", path: "404.html", heading: strings.text(.notFoundTitle),
                  description: strings.format(.notFoundDescription, ["site": collection.config.title])),
             .notFound)
    }

    // MARK: Parts

    /// Every block with its count, as the home page and the search page list them.
    private func blockItems() -> [BlockItem] {
        collection.blocks.map { block in
            let count = collection.entryIndicesByBlock[block.slug]?.count ?? 0
            return BlockItem(title: block.title, url: urls.link(SiteURLs.block(block.slug)), summary: block.summary, audience: block.audience,
                             count: count, countLabel: strings.count(count), order: block.order)
        }
    }

    private func page(_ info: PageInfo, _ content: PageContext.Content, currentBlock: String? = nil) -> PageContext {
        let nav = collection.blocks.map { block in
            NavItem(title: block.title, url: urls.link(SiteURLs.block(block.slug)), current: block.slug == currentBlock)
        }
        return PageContext(site: sharedSite, page: info, nav: nav, urls: sharedShortcuts, strings: sharedStrings, content: content)
    }

    private func info(kind: String, path: String, heading: String, title: String? = nil, description: String,
                      feedPath: String? = nil, feedTitle: String? = nil) -> PageInfo {
        let siteTitle = collection.config.title
        return PageInfo(kind: kind, title: title ?? strings.format(.pageTitle, ["page": heading, "site": siteTitle]),
                        heading: heading, description: description,
                        canonicalURL: urls.absolute(path), language: collection.config.language,
                        feedURL: urls.absolute(feedPath ?? "feed.xml"), feedTitle: feedTitle ?? siteTitle)
    }

    /// The entries of a list (`indices`, in its order) that page `number` shows, and the
    /// pagination around them (nil when the list fits on one page). Each page's context holds
    /// exactly its own slice, so an edit re-renders only the pages whose slice or count changed.
    private func listPage(_ indices: [Int], _ paging: ListPaging, number: Int, at path: String)
        -> (entries: [EntrySummary], pagination: Pagination?) {
        let entries = paging.range(ofPage: number).map { summary(at: indices[$0]) }
        return (entries, Pagination(paging, page: number) { urls.link(SiteURLs.listPage(path, number: $0)) })
    }

    private func link(to index: Int) -> TitledLink {
        let entry = collection.entries[index]
        return TitledLink(title: entry.title, url: urls.link(SiteURLs.entry(block: entry.block, slug: entry.slug)))
    }

    /// The title of a block's or a tag's feed (also its `<link rel="alternate">` title).
    func feedTitle(_ title: String) -> String {
        Self.feedTitle(title, site: collection.config, strings: strings)
    }

    static func feedTitle(_ title: String, site config: SiteConfig, strings: InterfaceStrings) -> String {
        strings.format(.feedTitle, ["title": title, "site": config.title])
    }

    /// A list page's `<title>`: later pages say which page they are, so no two pages share a title.
    private func title(_ heading: String, on pagination: Pagination?) -> String? {
        guard let pagination, pagination.number > 1 else { return nil }
        return strings.format(.listPageTitle, ["heading": heading, "number": String(pagination.number),
                                               "total": String(pagination.total), "site": collection.config.title])
    }
}

/// A value the search page can filter by, with its label in the interface's language.
protocol FilterValue: CaseIterable, Hashable, RawRepresentable where RawValue == String {
    func label(in strings: InterfaceStrings) -> String
}

extension ResourceType: FilterValue {
    func label(in strings: InterfaceStrings) -> String { strings.label(self) }
}

extension Difficulty: FilterValue {
    func label(in strings: InterfaceStrings) -> String { strings.label(self) }
}
