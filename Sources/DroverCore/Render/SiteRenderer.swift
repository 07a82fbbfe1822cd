import Foundation

/// Renders every page, feed and file of the site into a staged output.
///
/// Entry pages are rendered in parallel, each entry's Markdown parsed again from its file,
/// so memory holds one document per core rather than the whole collection's HTML.
struct SiteRenderer {
    let collection: Collection
    let theme: Theme
    let urls: SiteURLs
    let resolver: LinkResolver
    let contexts: PageContexts
    let tree: ContentTree
    let markdownOptions: MarkdownOptions

    struct Counts {
        var pages = 0
    }

    func render(into output: StagedOutput) throws -> Counts {
        var counts = Counts()
        let entries = collection.entries
        let feeds = feedMembers()
        var contexts = contexts

        // Entry pages and cards, in parallel. Entries that appear in a feed keep their HTML for it.
        let neighbours = blockNeighbours()
        let siteContext = contexts.siteContext
        let rendered: [Result<(cards: [String: String], feedHTML: String?), Error>] = parallelMap(entries.count) { index in
            Result {
                let entry = entries[index]
                let path = SiteURLs.entry(block: entry.block, slug: entry.slug)
                let html = try renderMarkdown(sourcePath: entry.sourcePath, sitePath: path)
                let page = theme.render("entry", contexts.entry(at: index, bodyHTML: html.page, neighbours: neighbours[index]))
                try output.write(page, to: path + "index.html")
                let cards = theme.renderCards(for: contexts.summaries[index], siteContext: siteContext)
                return (cards, feeds.contains(index) ? FeedWriter.itemHTML(entry: entry, bodyHTML: html.feed) : nil)
            }
        }
        var feedHTML: [String: String] = [:]
        var cards: [[String: String]] = []
        cards.reserveCapacity(entries.count)
        for (index, result) in rendered.enumerated() {
            let (entryCards, html) = try result.get()
            cards.append(entryCards)
            if let html { feedHTML[entries[index].sourcePath] = html }
        }
        contexts.attachCards(cards)
        counts.pages += entries.count

        // List pages, in parallel: the home page, each block, the tag index, each tag, 404.
        let byBlock = collection.entryIndicesByBlock
        let contextsForLists = contexts
        var listPages: [(template: String, path: String, context: () throws -> [String: Any])] = [
            ("home", "index.html", { contextsForLists.home() }),
            ("tags", SiteURLs.tagIndex + "index.html", { contextsForLists.tagIndex() }),
            ("404", "404.html", { contextsForLists.notFound() }),
        ]
        for block in collection.blocks {
            listPages.append(("block", SiteURLs.block(block.slug) + "index.html", {
                let intro = try renderMarkdown(sourcePath: block.sourcePath, sitePath: SiteURLs.block(block.slug)).page
                return contextsForLists.block(block, entryIndices: byBlock[block.slug] ?? [], introHTML: intro)
            }))
        }
        for tag in collection.tags {
            listPages.append(("tag", SiteURLs.tag(tag.slug) + "index.html", { contextsForLists.tag(tag) }))
        }
        let written: [Result<Void, Error>] = parallelMap(listPages.count, chunk: 1) { index in
            Result {
                let page = listPages[index]
                try output.write(theme.render(page.template, try page.context()), to: page.path)
            }
        }
        for result in written { try result.get() }
        counts.pages += listPages.count

        // Feeds: the site's, each block's, each tag's.
        let feedWriter = FeedWriter(config: collection.config, urls: urls)
        let tagsByName = Dictionary(uniqueKeysWithValues: collection.tags.map { ($0.name, $0) })
        let limit = collection.config.feedItems
        func feed(_ channel: FeedWriter.Channel, _ indices: [Int]) throws {
            let items = collection.newestFirst(indices).prefix(limit).map { entries[$0] }
            try output.write(feedWriter.render(channel, entries: items, tagsByName: tagsByName) { feedHTML[$0.sourcePath] ?? "" },
                             to: channel.feedPath)
        }
        let siteTitle = collection.config.title
        try feed(.init(title: siteTitle, description: collection.config.description, pagePath: "", feedPath: "feed.xml"),
                 Array(entries.indices))
        for block in collection.blocks {
            try feed(.init(title: "\(block.title) — \(siteTitle)", description: block.summary,
                           pagePath: SiteURLs.block(block.slug), feedPath: SiteURLs.block(block.slug) + "feed.xml"),
                     byBlock[block.slug] ?? [])
        }
        for tag in collection.tags {
            try feed(.init(title: "\(tag.title) — \(siteTitle)", description: tag.description ?? "Материалы с тегом «\(tag.title)»",
                           pagePath: SiteURLs.tag(tag.slug), feedPath: SiteURLs.tag(tag.slug) + "feed.xml"), tag.entryIndices)
        }

        try output.write(SitemapWriter.sitemap(sitemapPages(), urls: urls), to: "sitemap.xml")
        try output.write(SitemapWriter.robots(urls: urls), to: "robots.txt")
        for file in theme.staticFiles {
            try output.copy(from: theme.staticRoot + "/" + file, to: file)
        }
        if collection.config.search {
            counts.pages += try SearchOutput.write(collection: collection, theme: theme, context: contexts.search(), into: output)
        }
        return counts
    }

    // MARK: Markdown

    /// The page's HTML (site links) and the feed's (absolute links, including `#anchor`s,
    /// which a reader resolves against the feed, not the page) of one source file.
    private func renderMarkdown(sourcePath: String, sitePath: String) throws -> (page: String, feed: String) {
        let path = tree.absolutePath(sourcePath)
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8),
              case .success(let frontMatter) = FrontMatter.split(text)
        else {
            throw StagedOutput.Failure(path: tree.displayPath(sourcePath), reason: "changed or vanished during the build")
        }
        var document = MarkdownDocument(parsing: String(frontMatter.body), options: markdownOptions)
        var rewritten = false
        document.rewriteLinks { link in
            if link.destination.hasPrefix("#") { rewritten = true }
            guard case .rewrite(let url) = resolver.resolve(link.destination, from: sourcePath, isImage: link.isImage) else { return nil }
            rewritten = true
            return url
        }
        let page = document.renderHTML()
        guard rewritten else { return (page, page) }
        document.rewriteLinks { link in
            let absolute = link.destination.hasPrefix("#") ? urls.absolute(sitePath) + link.destination : urls.absolutize(link.destination)
            return absolute == link.destination ? nil : absolute
        }
        return (page, document.renderHTML())
    }

    // MARK: Structure

    /// Entries that some feed shows: only their HTML is kept after their page is written.
    private func feedMembers() -> Set<Int> {
        let limit = collection.config.feedItems
        var members = Set(collection.newestFirst(collection.entries.indices).prefix(limit))
        for indices in collection.entryIndicesByBlock.values { members.formUnion(collection.newestFirst(indices).prefix(limit)) }
        for tag in collection.tags { members.formUnion(tag.entryIndices.prefix(limit)) }
        return members
    }

    /// Previous and next entry within each entry's block, in the block's listing order.
    private func blockNeighbours() -> [(previous: Int?, next: Int?)] {
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
        var pages = [SitemapWriter.Page(path: SiteURLs.home)]
        for block in collection.blocks {
            let entries = (collection.entryIndicesByBlock[block.slug] ?? []).map { collection.entries[$0] }
            let latest = entries.map { max($0.added, $0.updated ?? $0.added) }.max()
            pages.append(.init(path: SiteURLs.block(block.slug), lastModified: latest))
            for entry in entries {
                pages.append(.init(path: SiteURLs.entry(block: entry.block, slug: entry.slug), lastModified: entry.updated ?? entry.added))
            }
        }
        pages.append(.init(path: SiteURLs.tagIndex))
        pages += collection.tags.map { .init(path: SiteURLs.tag($0.slug)) }
        return pages
    }
}
