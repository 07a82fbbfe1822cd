/// One file of the site as the render stage plans it: where it goes, the fingerprint of
/// everything its bytes are made from, and what makes them.
struct PlannedOutput: Sendable {
    enum Content: Sendable {
        /// A page: rendered from its template and context only when its fingerprint changed.
        case page(PageContext)
        /// A feed, the sitemap, a static file: cheap to make, compared by content.
        case file([UInt8])
    }

    var path: String
    var fingerprint: UInt64
    var content: Content
}

/// Renders the prepared site: plans every file with its fingerprint, then renders and writes
/// the ones it is asked for. Pages render in parallel; an entry's cards are rendered once and
/// reused by every list it appears in.
struct SiteRenderer: Sendable {
    let site: PreparedSite
    let contexts: PageContexts

    init(site: PreparedSite) {
        self.site = site
        contexts = PageContexts(collection: site.collection, urls: site.urls, strings: site.strings,
                                contentPathInRepo: site.contentPathInRepo)
    }

    // MARK: Plan

    /// Every file of the site, in a stable order.
    func plan() async -> [PlannedOutput] {
        // Feeds, the sitemap, the search index and static files are made beside the pages.
        async let files = files()
        let collection = site.collection
        let neighbours = blockNeighbours()
        var wanted: [(path: String, make: @Sendable (PageContexts) -> PageContext)] = [
            ("index.html", { $0.home() }),
            (SiteURLs.tagIndex + "index.html", { $0.tagIndex() }),
            ("404.html", { $0.notFound() }),
        ]
        for block in collection.blocks {
            for number in 1...contexts.paging(of: block).pageCount {
                wanted.append((SiteURLs.listPage(SiteURLs.block(block.slug), number: number) + "index.html",
                               { $0.block(block, page: number) }))
            }
        }
        for tag in collection.tags {
            for number in 1...contexts.paging(of: tag).pageCount {
                wanted.append((SiteURLs.listPage(SiteURLs.tag(tag.slug), number: number) + "index.html", { $0.tag(tag, page: number) }))
            }
        }
        if hasSearchPage {
            wanted.append((SearchIndex.folder + "index.html", { $0.search() }))
        }
        for standalone in collection.pages {
            wanted.append((SiteURLs.page(standalone.slug) + "index.html", { $0.standalone(standalone) }))
        }
        for (index, entry) in collection.entries.enumerated() {
            let around = neighbours[index]
            wanted.append((SiteURLs.entry(block: entry.block, slug: entry.slug) + "index.html", { $0.entry(at: index, neighbours: around) }))
        }
        let pages = wanted
        let contexts = contexts
        let themeFingerprint = site.theme.fingerprint
        let planned = await concurrentMap(pages.count) { index -> PlannedOutput in
            let context = pages[index].make(contexts)
            var hasher = StableHasher()
            hasher.combine(themeFingerprint)
            hasher.combine(context.template)
            context.fingerprint(into: &hasher)
            return PlannedOutput(path: pages[index].path, fingerprint: hasher.value, content: .page(context))
        }
        return planned + (await files)
    }

    /// Feeds, the sitemap, robots.txt and the theme's static files.
    private func files() async -> [PlannedOutput] {
        var files: [PlannedOutput] = []
        func add(_ path: String, _ bytes: [UInt8]) {
            files.append(PlannedOutput(path: path, fingerprint: bytes.withUnsafeBytes(StableHasher.hash), content: .file(bytes)))
        }
        let collection = site.collection
        let entries = collection.entries
        let feedWriter = FeedWriter(config: collection.config, urls: site.urls)
        let tagsByName = Dictionary(uniqueKeysWithValues: collection.tags.map { ($0.name, $0) })
        let limit = collection.config.feedItems
        func feed(_ channel: FeedWriter.Channel, _ indices: [Int]) {
            let items = collection.newestFirst(indices).prefix(limit).map { entries[$0] }
            let xml = feedWriter.render(channel, entries: items, tagsByName: tagsByName) { entry in
                FeedWriter.itemHTML(entry: entry, typeLabel: strings.label(entry.type), bodyHTML: FeedLinks.absolutize(entry.body.html.page, pagePath: SiteURLs.entry(block: entry.block, slug: entry.slug), urls: site.urls))
            }
            add(channel.feedPath, Array(xml.utf8))
        }
        let strings = site.strings
        feed(.init(title: collection.config.title, description: collection.config.description, pagePath: "", feedPath: "feed.xml"),
             Array(entries.indices))
        for block in collection.blocks {
            feed(.init(title: contexts.feedTitle(block.title), description: block.summary,
                       pagePath: SiteURLs.block(block.slug), feedPath: SiteURLs.block(block.slug) + "feed.xml"),
                 collection.entryIndicesByBlock[block.slug] ?? [])
        }
        for tag in collection.tags {
            feed(.init(title: contexts.feedTitle(tag.title),
                       description: tag.description ?? strings.format(.tagDescription, ["tag": tag.title]),
                       pagePath: SiteURLs.tag(tag.slug), feedPath: SiteURLs.tag(tag.slug) + "feed.xml"), tag.entryIndices)
        }
        add("sitemap.xml", Array(SitemapWriter.sitemap(sitemapPages(), urls: site.urls).utf8))
        add("robots.txt", Array(SitemapWriter.robots(urls: site.urls).utf8))
        for file in site.theme.staticFiles {
            add(file.path, file.bytes)
        }
        if collection.config.search {
            for file in await SearchIndex.build(collection: collection, strings: contexts.strings).files { add(file.path, file.bytes) }
        }
        return files
    }

    // MARK: Render and write

    /// Renders and writes `outputs` into `sink`; returns what the manifest records of each.
    func write(_ outputs: [PlannedOutput], into sink: some OutputSink) async throws -> [String: BuildManifest.OutputRecord] {
        let cards = await renderCards(for: outputs)
        let theme = site.theme
        let written = await concurrentMap(outputs.count, chunk: 4) { index -> Result<BuildManifest.OutputRecord, any Error> in
            Result {
                let output = outputs[index]
                var bytes: [UInt8]
                switch output.content {
                case .file(let file): bytes = file
                case .page(let context): bytes = theme.render(Self.attaching(cards, to: context))
                }
                return try bytes.withUnsafeBytes { buffer in
                    try sink.write(buffer, to: output.path)
                    return BuildManifest.OutputRecord(fingerprint: output.fingerprint, contentHash: StableHasher.hash(buffer),
                                                      size: buffer.count)
                }
            }
        }
        var records: [String: BuildManifest.OutputRecord] = [:]
        for (output, result) in zip(outputs, written) {
            records[output.path] = try result.get()
        }
        return records
    }

    /// The cards of every entry listed on a page about to be rendered, each rendered once.
    private func renderCards(for outputs: [PlannedOutput]) async -> [Int: RenderedCards] {
        var wanted = Set<Int>()
        for output in outputs {
            guard case .page(let page) = output.content else { continue }
            for summary in page.listedEntries { wanted.insert(summary.entryIndex) }
        }
        let indices = wanted.sorted()
        let contexts = contexts
        let theme = site.theme
        let rendered = await concurrentMap(indices.count) { theme.renderCards(contexts.card(at: indices[$0])) }
        return Dictionary(uniqueKeysWithValues: zip(indices, rendered))
    }

    private static func attaching(_ cards: [Int: RenderedCards], to page: PageContext) -> PageContext {
        var page = page
        page.mapListedEntries { summary in
            var summary = summary
            summary.cards = cards[summary.entryIndex]
            return summary
        }
        return page
    }

    // MARK: Structure

    /// Whether the site gets a search page: search is on and the theme has its template.
    private var hasSearchPage: Bool {
        site.collection.config.search && site.theme.has(SearchIndex.template)
    }

    /// Previous and next entry within each entry's block, in the block's listing order.
    private func blockNeighbours() -> [(previous: Int?, next: Int?)] {
        let collection = site.collection
        var result = [(previous: Int?, next: Int?)](repeating: (nil, nil), count: collection.entries.count)
        for indices in collection.entryIndicesByBlock.values {
            for (position, index) in indices.enumerated() {
                result[index] = (position > 0 ? indices[position - 1] : nil,
                                 position + 1 < indices.count ? indices[position + 1] : nil)
            }
        }
        return result
    }

    private func sitemapPages() -> [SitemapWriter.Page] {
        let collection = site.collection
        var pages = [SitemapWriter.Page(path: SiteURLs.home)]
        for block in collection.blocks {
            let entries = (collection.entryIndicesByBlock[block.slug] ?? []).map { collection.entries[$0] }
            let paging = contexts.paging(of: block)
            for number in 1...paging.pageCount {
                let latest = entries[paging.range(ofPage: number)].map { max($0.added, $0.updated ?? $0.added) }.max()
                pages.append(.init(path: SiteURLs.listPage(SiteURLs.block(block.slug), number: number), lastModified: latest))
            }
            for entry in entries {
                pages.append(.init(path: SiteURLs.entry(block: entry.block, slug: entry.slug), lastModified: entry.updated ?? entry.added))
            }
        }
        pages.append(.init(path: SiteURLs.tagIndex))
        for tag in collection.tags {
            pages += (1...contexts.paging(of: tag).pageCount).map { .init(path: SiteURLs.listPage(SiteURLs.tag(tag.slug), number: $0)) }
        }
        pages += collection.pages.map { .init(path: SiteURLs.page($0.slug)) }
        if hasSearchPage { pages.append(.init(path: SearchIndex.folder)) }
        return pages
    }
}
