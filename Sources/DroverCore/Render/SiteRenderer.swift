/// One file of the site as the render stage plans it: where it goes, the hash of the inputs its
/// bytes are made from (see `OutputDependencies`), and how to make them. Nothing is made while
/// planning: an output the previous build left intact is never made at all.
struct PlannedOutput: Sendable {
    enum Content: Sendable {
        /// A page: its context is made, and the page rendered, only when it is written.
        case page(PageRecipe)
        /// A feed: made only when it is written.
        case made(@Sendable () -> [UInt8])
        /// The sitemap, the search index, a static file: made on every build (they are cheap or
        /// read everything), keyed by their bytes.
        case file([UInt8])
    }

    var path: String
    var fingerprint: UInt64
    var content: Content
}

/// Renders the prepared site: plans every file with the hash of its inputs, then renders and
/// writes the ones it is asked for. Pages render in parallel; an entry's cards are rendered once
/// and reused by every list it appears in.
struct SiteRenderer: Sendable {
    let site: PreparedSite
    let dependencies: OutputDependencies
    /// What the previous build made, by site path (empty for a clean build).
    var previousOutputs: [String: BuildManifest.OutputRecord] = [:]

    // MARK: Plan

    /// Every file of the site, in a stable order.
    func plan() async -> [PlannedOutput] {
        // The search index and the other files are made beside the pages.
        async let files = files()
        let collection = site.collection
        let keys = dependencies
        var pages: [PlannedOutput] = []
        func add(_ path: String, _ key: UInt64, _ recipe: PageRecipe) {
            pages.append(PlannedOutput(path: path, fingerprint: key, content: .page(recipe)))
        }
        add("index.html", keys.collectionPage("index.html"), .home)
        let tagIndex = SiteURLs.tagIndex + "index.html"
        add(tagIndex, keys.collectionPage(tagIndex), .tagIndex)
        add("404.html", keys.sharedPage("404.html"), .notFound)
        for block in collection.blocks {
            let indices = collection.entryIndicesByBlock[block.slug] ?? []
            let paging = ListPaging(block, in: collection)
            // The block's header says whether its list shows update dates at all.
            let showsUpdated: UInt64 = indices.contains { collection.entries[$0].updated != nil } ? 1 : 0
            for number in 1...paging.pageCount {
                let path = SiteURLs.listPage(SiteURLs.block(block.slug), number: number) + "index.html"
                let slice = paging.range(ofPage: number).lazy.map { indices[$0] }
                add(path, keys.listPage(path, slice: slice, paging: paging, extra: showsUpdated), .block(block, page: number))
            }
        }
        for tag in collection.tags {
            let paging = ListPaging(tag, in: collection)
            for number in 1...paging.pageCount {
                let path = SiteURLs.listPage(SiteURLs.tag(tag.slug), number: number) + "index.html"
                let slice = paging.range(ofPage: number).lazy.map { tag.entryIndices[$0] }
                add(path, keys.listPage(path, slice: slice, paging: paging), .tag(tag, page: number))
            }
        }
        if hasSearchPage {
            let path = SearchIndex.folder + "index.html"
            add(path, keys.collectionPage(path), .search)
        }
        for standalone in collection.pages {
            let path = SiteURLs.page(standalone.slug) + "index.html"
            add(path, keys.sharedPage(path), .standalone(standalone))
        }
        let neighbours = blockNeighbours()
        for (index, entry) in collection.entries.enumerated() {
            let around = neighbours[index]
            let path = SiteURLs.entry(block: entry.block, slug: entry.slug) + "index.html"
            add(path, keys.entryPage(path, entry: index, neighbours: around), .entry(index, previous: around.previous, next: around.next))
        }
        return pages + feeds() + (await files)
    }

    /// The site's feed and each block's and tag's: keyed by the entries they carry, made only
    /// when written.
    private func feeds() -> [PlannedOutput] {
        let collection = site.collection
        let urls = site.urls
        let strings = site.strings
        func feedTitle(_ title: String) -> String { PageContexts.feedTitle(title, site: collection.config, strings: strings) }
        let feedWriter = FeedWriter(config: collection.config, urls: urls)
        let tagsByName = Dictionary(uniqueKeysWithValues: collection.tags.map { ($0.name, $0) })
        let limit = collection.config.feedItems
        var feeds: [PlannedOutput] = []
        /// The newest `limit` entries of `indices`; a block's feed lists them in the block's order
        /// (`listed`: the collection's order, which is each block's), like the block's page.
        func feed(_ channel: FeedWriter.Channel, _ indices: [Int], listed: Bool = false) {
            let newest = collection.newestFirst(indices).prefix(limit)
            let items = listed ? newest.sorted() : Array(newest)
            let key = dependencies.feed(channel.feedPath, items: items)
            feeds.append(PlannedOutput(path: channel.feedPath, fingerprint: key, content: .made {
                let xml = feedWriter.render(channel, entries: items.map { collection.entries[$0] }, tagsByName: tagsByName) { entry in
                    FeedWriter.itemHTML(entry: entry, typeLabel: strings.label(entry.type),
                                        bodyHTML: FeedLinks.absolutize(entry.body.html.page, pagePath: SiteURLs.entry(block: entry.block, slug: entry.slug), urls: urls))
                }
                return Array(xml.utf8)
            }))
        }
        feed(.init(title: collection.config.title, description: collection.config.description, pagePath: "", feedPath: "feed.xml"),
             Array(collection.entries.indices))
        for block in collection.blocks {
            feed(.init(title: feedTitle(block.title), description: block.summary,
                       pagePath: SiteURLs.block(block.slug), feedPath: SiteURLs.block(block.slug) + "feed.xml"),
                 collection.entryIndicesByBlock[block.slug] ?? [], listed: true)
        }
        for tag in collection.tags {
            feed(.init(title: feedTitle(tag.title),
                       description: tag.description ?? strings.format(.tagDescription, ["tag": tag.title]),
                       pagePath: SiteURLs.tag(tag.slug), feedPath: SiteURLs.tag(tag.slug) + "feed.xml"), tag.entryIndices)
        }
        return feeds
    }

    /// The sitemap, robots.txt, the theme's static files and the search index.
    private func files() async -> [PlannedOutput] {
        var files: [PlannedOutput] = []
        func add(_ path: String, _ bytes: [UInt8]) {
            files.append(PlannedOutput(path: path, fingerprint: bytes.withUnsafeBytes(StableHasher.hash), content: .file(bytes)))
        }
        files.append(PlannedOutput(path: "sitemap.xml", fingerprint: sitemapKey(), content: .made {
            Array(SitemapWriter.sitemap(sitemapPages(), urls: site.urls).utf8)
        }))
        add("robots.txt", Array(SitemapWriter.robots(urls: site.urls).utf8))
        for file in site.theme.staticFiles {
            add(file.path, file.bytes)
        }
        if site.collection.config.search {
            files += await searchIndex()
        }
        return files
    }

    /// The search index's files, keyed by the index's inputs: when they are those of the previous
    /// build, its files are planned as they were and made only if one is missing from the output.
    private func searchIndex() async -> [PlannedOutput] {
        let collection = site.collection
        let strings = site.strings
        let key = SearchIndex.inputsKey(collection: collection, strings: strings)
        let kept = previousOutputs.filter { SearchIndex.isIndexFile($0.key) }
        if !kept.isEmpty, kept.values.allSatisfy({ $0.fingerprint == key }) {
            let index = MadeOnce { SearchIndex(collection: collection, strings: strings) }
            return kept.keys.sorted().map { path in
                PlannedOutput(path: path, fingerprint: key, content: .made { index.get().files.first { $0.path == path }?.bytes ?? [] })
            }
        }
        return await SearchIndex.build(collection: collection, strings: strings).files.map {
            PlannedOutput(path: $0.path, fingerprint: key, content: .file($0.bytes))
        }
    }

    // MARK: Render and write

    /// What `write` did: the manifest's record of every output, and how many pages it did not
    /// render because their context's key was the one their intact file was made from.
    struct Written {
        var records: [String: BuildManifest.OutputRecord] = [:]
        /// The pages whose templates ran.
        var renderedPages: [String] = []
        var keptByContext = 0
    }

    /// Renders and writes `outputs` into `sink`; a page whose file is intact (`intact` holds its
    /// record) and whose context has that record's key is left as it is.
    func write(_ outputs: [PlannedOutput], reusing intact: [String: BuildManifest.OutputRecord] = [:],
               into sink: some OutputSink) async throws -> Written {
        // Summaries only of the entries the pages to render show: one edit renders a few pages.
        var summarized = Set<Int>()
        for output in outputs {
            if case .page(let recipe) = output.content { summarized.formUnion(recipe.summarizedEntries(in: site.collection)) }
        }
        let contexts = await PageContexts(collection: site.collection, urls: site.urls, strings: site.strings,
                                    contentPathInRepo: site.contentPathInRepo, summarized: summarized, hasSearchPage: hasSearchPage)
        // In batches: first the cards the batch's lists show and no earlier batch rendered, then
        // its pages, each page's context made by the task that renders it, so no batch holds the
        // contexts of all its pages at once, and a batch has one wait for its cards and one for
        // its pages.
        var cards: [Int: RenderedCards] = [:]
        var written = Written()
        let themeFingerprint = site.theme.fingerprint
        for start in stride(from: 0, to: outputs.count, by: Self.batchSize) {
            let batch = Array(outputs[start..<min(start + Self.batchSize, outputs.count)])
            cards.merge(await renderCards(for: batch, contexts: contexts, except: cards)) { old, _ in old }
            let theme = site.theme
            let ready = cards
            let made = await concurrentMap(batch.count, chunk: 4) { index -> Result<(BuildManifest.OutputRecord, kept: Bool), any Error> in
                Result {
                    let output = batch[index]
                    var bytes: [UInt8]
                    var contextKey: UInt64 = 0
                    switch output.content {
                    case .file(let file): bytes = file
                    case .made(let make): bytes = make()
                    case .page(let recipe):
                        let context = Self.attaching(ready, to: recipe.context(in: contexts))
                        contextKey = ContextKey.of(context, themeFingerprint: themeFingerprint)
                        if var record = intact[output.path], record.contextKey == contextKey {
                            record.fingerprint = output.fingerprint
                            return (record, true)
                        }
                        bytes = theme.render(context)
                    }
                    let hash = bytes.withUnsafeBytes(StableHasher.hash)
                    try sink.write(bytes, hash: hash, to: output.path)
                    return (BuildManifest.OutputRecord(fingerprint: output.fingerprint, contentHash: hash, size: bytes.count,
                                                       contextKey: contextKey), false)
                }
            }
            for (output, result) in zip(batch, made) {
                let (record, kept) = try result.get()
                written.records[output.path] = record
                if kept {
                    written.keptByContext += 1
                } else if case .page = output.content {
                    written.renderedPages.append(output.path)
                }
            }
        }
        return written
    }

    /// The outputs the hand-kept pre-filter (`OutputDependencies`) left alone whose derived key
    /// or bytes say otherwise: each kept page's context is made and keyed, each kept feed and
    /// sitemap made and hashed. Empty when the filter is sound for this build; a test's check.
    func outputsMissedByTheFilter(kept: [String: BuildManifest.OutputRecord], plan: [PlannedOutput]) async -> [String] {
        let checked = plan.filter { kept[$0.path] != nil }
        var summarized = Set<Int>()
        for output in checked {
            if case .page(let recipe) = output.content { summarized.formUnion(recipe.summarizedEntries(in: site.collection)) }
        }
        let contexts = await PageContexts(collection: site.collection, urls: site.urls, strings: site.strings,
                                          contentPathInRepo: site.contentPathInRepo, summarized: summarized, hasSearchPage: hasSearchPage)
        let themeFingerprint = site.theme.fingerprint
        let missed = await concurrentMap(checked.count, chunk: 8) { index -> String? in
            let output = checked[index]
            guard let record = kept[output.path] else { return nil }
            switch output.content {
            case .file: return nil
            case .made(let make): return make().withUnsafeBytes(StableHasher.hash) == record.contentHash ? nil : output.path
            case .page(let recipe):
                return ContextKey.of(recipe.context(in: contexts), themeFingerprint: themeFingerprint) == record.contextKey ? nil : output.path
            }
        }
        return missed.compactMap { $0 }.sorted()
    }

    /// Pages (and files) rendered and written together.
    static let batchSize = 2048

    /// The cards of every entry listed on a page about to be rendered and not among `done`,
    /// each rendered once.
    private func renderCards(for outputs: [PlannedOutput], contexts: PageContexts, except done: [Int: RenderedCards]) async
        -> [Int: RenderedCards] {
        var wanted = Set<Int>()
        for output in outputs {
            guard case .page(let recipe) = output.content else { continue }
            for index in recipe.listedEntries(in: site.collection) where done[index] == nil { wanted.insert(index) }
        }
        let indices = wanted.sorted()
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
    var hasSearchPage: Bool {
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

    /// What the sitemap is made from: every page's path and date, so every entry's path, tags
    /// (its tag pages) and dates, which its summary covers, besides what every page depends on.
    private func sitemapKey() -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(dependencies.shared)
        hasher.combine(dependencies.collection)
        hasher.combine(UInt8(hasSearchPage ? 1 : 0))
        return hasher.value
    }

    private func sitemapPages() -> [SitemapWriter.Page] {
        let collection = site.collection
        var pages = [SitemapWriter.Page(path: SiteURLs.home)]
        for block in collection.blocks {
            let entries = (collection.entryIndicesByBlock[block.slug] ?? []).map { collection.entries[$0] }
            let paging = ListPaging(block, in: collection)
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
            pages += (1...ListPaging(tag, in: collection).pageCount).map { .init(path: SiteURLs.listPage(SiteURLs.tag(tag.slug), number: $0)) }
        }
        pages += collection.pages.map { .init(path: SiteURLs.page($0.slug)) }
        if hasSearchPage { pages.append(.init(path: SearchIndex.folder)) }
        return pages
    }
}
