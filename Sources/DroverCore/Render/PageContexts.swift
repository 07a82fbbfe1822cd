import Foundation

/// The values each template sees, as documented in the theme's README.
///
/// Contexts are plain dictionaries: Mustache reads them without reflection, and a missing
/// optional is simply absent, which templates test with `{{#field}}`.
struct PageContexts {
    let collection: Collection
    let urls: SiteURLs
    /// The content folder's path inside the repository, for «Исправить» links.
    let contentPathInRepo: String
    /// Entry summaries by entry index, built once and shared by every list they appear in.
    private(set) var summaries: [[String: Any]]

    init(collection: Collection, urls: SiteURLs, contentPathInRepo: String) {
        self.collection = collection
        self.urls = urls
        self.contentPathInRepo = contentPathInRepo
        var summaries: [[String: Any]] = []
        summaries.reserveCapacity(collection.entries.count)
        let blockTitles = Dictionary(uniqueKeysWithValues: collection.blocks.map { ($0.slug, $0.title) })
        let tagsByName = Dictionary(uniqueKeysWithValues: collection.tags.map { ($0.name, $0) })
        for entry in collection.entries {
            summaries.append(Self.summary(of: entry, config: collection.config, urls: urls,
                                          blockTitle: blockTitles[entry.block] ?? entry.block, tags: tagsByName))
        }
        self.summaries = summaries
    }

    /// Adds each entry's pre-rendered cards (see `Theme`) to its summary, for list pages.
    mutating func attachCards(_ cards: [[String: String]]) {
        for index in summaries.indices { summaries[index][Theme.cardsKey] = cards[index] }
    }

    /// What every page shares and a card may use: `site` and `urls`.
    var siteContext: [String: Any] {
        ["site": site, "urls": shortcuts]
    }

    // MARK: Shared parts

    private var site: [String: Any] {
        let config = collection.config
        var site: [String: Any] = [
            "title": config.title, "description": config.description, "base_url": urls.base,
            "root": urls.root, "language": config.language, "feed_url": urls.absolute("feed.xml"),
        ]
        site["author"] = config.author
        if let repo = config.repoURL {
            site["repo_url"] = repo
            site["suggest_url"] = repo + "/issues/new?template=resource.yml"
        }
        return site
    }

    private func page(kind: String, path: String, heading: String, title: String? = nil, description: String,
                      feedPath: String? = nil, feedTitle: String? = nil) -> [String: Any] {
        let siteTitle = collection.config.title
        return [
            "kind": kind,
            "title": title ?? "\(heading) — \(siteTitle)",
            "heading": heading,
            "description": description,
            "canonical_url": urls.absolute(path),
            "language": collection.config.language,
            "feed_url": urls.absolute(feedPath ?? "feed.xml"),
            "feed_title": feedTitle ?? siteTitle,
        ]
    }

    private func base(page: [String: Any], currentBlock: String? = nil) -> [String: Any] {
        ["site": site, "page": page, "nav": nav(currentBlock: currentBlock), "urls": shortcuts]
    }

    private func nav(currentBlock: String?) -> [[String: Any]] {
        collection.blocks.map { block -> [String: Any] in
            ["title": block.title, "url": urls.link(SiteURLs.block(block.slug)), "current": block.slug == currentBlock]
        }
    }

    private var shortcuts: [String: Any] {
        ["home": urls.link(SiteURLs.home), "tags": urls.link(SiteURLs.tagIndex), "feed": urls.link("feed.xml")]
    }

    // MARK: Pages

    func home(recentLimit: Int = 10) -> [String: Any] {
        var context = base(page: page(kind: "home", path: SiteURLs.home, heading: collection.config.title,
                                      title: collection.config.title, description: collection.config.description))
        context["blocks"] = collection.blocks.map { block -> [String: Any] in
            var item = blockItem(block, count: collection.entryIndicesByBlock[block.slug]?.count ?? 0)
            item["order"] = block.order
            return item
        }
        context["recent"] = collection.newestFirst(collection.entries.indices).prefix(recentLimit).map { summaries[$0] }
        return context
    }

    func block(_ block: Block, entryIndices: [Int], introHTML: String) -> [String: Any] {
        let feed = SiteURLs.block(block.slug) + "feed.xml"
        var context = base(page: page(kind: "block", path: SiteURLs.block(block.slug), heading: block.title,
                                      description: block.summary, feedPath: feed,
                                      feedTitle: "\(block.title) — \(collection.config.title)"),
                           currentBlock: block.slug)
        var item = blockItem(block, count: entryIndices.count)
        // Absent, not empty: Mustache treats "" as present and would print an empty wrapper.
        item["intro_html"] = introHTML.nonEmpty
        item["feed_url"] = urls.absolute(feed)
        item["shows_updated"] = entryIndices.contains { collection.entries[$0].updated != nil }
        context["block"] = item
        context["entries"] = entryIndices.map { summaries[$0] }
        return context
    }

    func entry(at index: Int, bodyHTML: String, neighbours: (previous: Int?, next: Int?)) -> [String: Any] {
        let entry = collection.entries[index]
        let path = SiteURLs.entry(block: entry.block, slug: entry.slug)
        var context = base(page: page(kind: "entry", path: path, heading: entry.title,
                                      description: Self.excerpt(entry.body.excerpt, limit: 160).nonEmpty ?? entry.title),
                           currentBlock: entry.block)
        var item = summaries[index]
        item["body_html"] = bodyHTML
        item["authors"] = entry.authors
        if let repo = collection.config.repoURL {
            item["edit_url"] = repo + "/edit/main/" + contentPathInRepo + entry.sourcePath
        }
        context["entry"] = item
        if let previous = neighbours.previous { context["previous"] = link(to: previous) }
        if let next = neighbours.next { context["next"] = link(to: next) }
        return context
    }

    func tagIndex() -> [String: Any] {
        var context = base(page: page(kind: "tags", path: SiteURLs.tagIndex, heading: "Все теги",
                                      description: "Все теги коллекции «\(collection.config.title)»"))
        let tags = collection.tags.sorted { ($0.title.lowercased(), $0.slug) < ($1.title.lowercased(), $1.slug) }
        context["tags"] = tags.map { tag -> [String: Any] in
            var item = tagItem(tag)
            item["slug"] = tag.slug
            return item
        }
        return context
    }

    func tag(_ tag: Tag) -> [String: Any] {
        let feed = SiteURLs.tag(tag.slug) + "feed.xml"
        var context = base(page: page(kind: "tag", path: SiteURLs.tag(tag.slug), heading: tag.title,
                                      description: tag.description ?? "Материалы с тегом «\(tag.title)»", feedPath: feed,
                                      feedTitle: "\(tag.title) — \(collection.config.title)"))
        var item = tagItem(tag)
        item["feed_url"] = urls.absolute(feed)
        context["tag"] = item
        context["entries"] = tag.entryIndices.map { summaries[$0] }
        return context
    }

    /// The search page: the browser fills it from the URL and the index under `search/`.
    func search() -> [String: Any] {
        var context = base(page: page(kind: "search", path: SearchIndex.folder, heading: "Поиск",
                                      description: "Поиск по коллекции «\(collection.config.title)»"))
        context["blocks"] = collection.blocks.map { blockItem($0, count: collection.entryIndicesByBlock[$0.slug]?.count ?? 0) }
        return context
    }

    func notFound() -> [String: Any] {
        base(page: page(kind: "404", path: "404.html", heading: "Страница не найдена",
                        description: "Такой страницы нет на сайте «\(collection.config.title)»"))
    }

    // MARK: Items

    private func blockItem(_ block: Block, count: Int) -> [String: Any] {
        var item: [String: Any] = [
            "title": block.title, "url": urls.link(SiteURLs.block(block.slug)), "summary": block.summary,
            "count": count, "count_label": Self.materials(count),
        ]
        item["level"] = block.level
        return item
    }

    private func tagItem(_ tag: Tag) -> [String: Any] {
        var item: [String: Any] = [
            "name": tag.name, "title": tag.title, "url": urls.link(SiteURLs.tag(tag.slug)),
            "count": tag.entryIndices.count, "count_label": Self.materials(tag.entryIndices.count),
        ]
        item["description"] = tag.description
        return item
    }

    private func link(to index: Int) -> [String: Any] {
        let entry = collection.entries[index]
        return ["title": entry.title, "url": urls.link(SiteURLs.entry(block: entry.block, slug: entry.slug))]
    }

    static func materials(_ count: Int) -> String {
        RussianPlural.count(count, one: "материал", few: "материала", many: "материалов")
    }

    static func summary(of entry: Entry, config: SiteConfig, urls: SiteURLs, blockTitle: String, tags: [String: Tag]) -> [String: Any] {
        var item: [String: Any] = [
            "title": entry.title,
            "url": urls.link(SiteURLs.entry(block: entry.block, slug: entry.slug)),
            "resource_url": entry.url,
            "resource_host": Self.host(of: entry.url),
            "type": entry.type.rawValue,
            "type_label": entry.type.label,
            "language": entry.language,
            "language_label": Self.languageName(entry.language),
            "is_foreign": entry.language.lowercased() != config.language.lowercased(),
            "added": entry.added.description,
            "added_label": entry.added.russianLabel,
            "tags": entry.tags.compactMap { name -> [String: Any]? in
                guard let tag = tags[name] else { return nil }
                return ["name": tag.name, "title": tag.title, "url": urls.link(SiteURLs.tag(tag.slug))]
            },
            "block": ["title": blockTitle, "url": urls.link(SiteURLs.block(entry.block))],
        ]
        item["excerpt"] = excerpt(entry.body.excerpt, limit: 200).nonEmpty
        if let level = entry.level {
            item["level"] = level.rawValue
            item["level_label"] = level.label
        }
        if let updated = entry.updated {
            item["updated"] = updated.description
            item["updated_label"] = updated.russianLabel
        }
        if !entry.authors.isEmpty {
            item["authors_label"] = entry.authors.count > 3
                ? entry.authors.prefix(2).joined(separator: ", ") + " и др."
                : entry.authors.joined(separator: ", ")
        }
        return item
    }

    /// The host a reader will land on, shown next to the link so nobody is surprised.
    static func host(of url: String) -> String {
        var host = URLComponents(string: url)?.host ?? url
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host
    }

    static func languageName(_ code: String) -> String {
        let names = ["ru": "Русский", "en": "English", "uk": "Українська", "de": "Deutsch", "fr": "Français",
                     "es": "Español", "zh": "中文", "ja": "日本語", "it": "Italiano", "pt": "Português"]
        let primary = code.split(separator: "-").first.map { $0.lowercased() } ?? code
        return names[primary] ?? code
    }

    /// Cuts at a word boundary so an excerpt never ends mid-word.
    /// Counts Unicode scalars, not Characters: grapheme breaking over every body is a
    /// measurable share of a large build, and excerpts are prose without combining marks.
    static func excerpt(_ text: String, limit: Int) -> String {
        let scalars = text.unicodeScalars
        guard let end = scalars.index(scalars.startIndex, offsetBy: limit, limitedBy: scalars.endIndex), end < scalars.endIndex else {
            return text
        }
        let cut = String(scalars[..<end])
        let wordEnd = cut.lastIndex(of: " ") ?? cut.endIndex
        var kept = cut[..<wordEnd]
        while let last = kept.last, last.isWhitespace || last.isPunctuation { kept.removeLast() }
        return kept + "…"
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
