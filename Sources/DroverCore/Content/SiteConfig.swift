/// The site's own settings, from `content/site.yml`.
public struct SiteConfig: Sendable {
    public var title: String
    public var description: String
    /// Absolute, always ending in `/`.
    public var baseURL: String
    public var language: String
    public var author: String?
    public var repoURL: String?
    public var unsafeHTML: Bool
    public var feedItems: Int
    /// Entries per page of a block or tag page; 0 lists them all on one page (`pagination.per_page`).
    public var perPage: Int
    /// How `drover check` treats external servers.
    public var check = LinkCheckSettings()
    /// How long each type of entry may go unchecked before `drover review` queues it.
    public var review = ReviewSettings()
    /// The site's own interface strings (`strings:`), laid over the theme's table for `language`.
    var strings = StringTable()
    /// Whether the build writes the search index and page (`search: false` turns them off).
    public var search = true
    /// The collection's own search synonyms (`search: { synonyms: [...] }`), one group a line,
    /// added to the theme's (see `SearchSynonyms`).
    var searchSynonyms: [String] = []

    public static let knownKeys = ["title", "description", "base_url", "language", "author", "repo_url", "unsafe_html", "feed", "pagination",
                                   "check", "review", "strings", "search"]
    public static let defaultPerPage = 50

    public init(title: String, description: String, baseURL: String, language: String = "ru",
                author: String? = nil, repoURL: String? = nil, unsafeHTML: Bool = false, feedItems: Int = 50,
                perPage: Int = SiteConfig.defaultPerPage) {
        self.title = title
        self.description = description
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.language = language
        self.author = author
        self.repoURL = repoURL
        self.unsafeHTML = unsafeHTML
        self.feedItems = feedItems
        self.perPage = perPage
    }
}

extension SiteConfig {
    /// Reads site.yml; nil with diagnostics when a required setting is missing or wrong.
    static func load(yaml: String, file: String, baseURLOverride: String?, diagnostics: inout [Diagnostic]) -> SiteConfig? {
        var fields: YAMLMapping
        switch YAMLMapping.parse(yaml, file: file, lineOffset: 1, what: "site.yml") {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let mapping):
            fields = mapping
        }
        defer { diagnostics.append(contentsOf: fields.diagnostics) }

        // Read first: the other fields' examples are in the site's language.
        let language = fields.string("language", required: true, example: "language: en")
        let examples = FieldExamples(language: language ?? "en")
        let title = fields.string("title", required: true, example: examples.siteTitle)
        let description = fields.string("description", required: true, example: examples.siteDescription)
        var baseURL = fields.string("base_url", required: true, example: "base_url: \"https://example.org/ml/\"")
        if let given = baseURL, !URLNormalization.isSafeAbsoluteHTTP(given) {
            fields.report(.error("'base_url' must be an absolute http(s) URL, found \"\(given)\"",
                                 at: fields.location(ofValue: "base_url"), fix: "write it as base_url: \"https://example.org/ml/\""))
            baseURL = nil
        }
        if let override = baseURLOverride {
            if URLNormalization.isSafeAbsoluteHTTP(override) {
                baseURL = override
            } else {
                fields.report(Diagnostic(file: "--base-url", message: "must be an absolute http(s) URL, found \"\(override)\""))
            }
        }
        if let language, !Self.isLanguageTag(language) {
            fields.report(.error("'language' must be a BCP 47 tag like 'ru' or 'en-GB', found \"\(language)\"", at: fields.location(ofValue: "language")))
        }
        let author = fields.string("author", required: false, example: "author: \"…\"")
        var repoURL = fields.string("repo_url", required: false, example: "repo_url: \"https://github.com/owner/repo\"")
        if let given = repoURL, !URLNormalization.isSafeAbsoluteHTTP(given) {
            fields.report(.error("'repo_url' must be an absolute http(s) URL, found \"\(given)\"", at: fields.location(ofValue: "repo_url")))
            repoURL = nil
        }
        let unsafeHTML = fields.bool("unsafe_html") ?? false
        var feedItems = 50
        if var feed = fields.mapping("feed") {
            if let items = feed.int("items", required: false, example: "items: 50") {
                if items > 0 { feedItems = items } else {
                    feed.report(.error("'feed.items' must be at least 1, found \(items)", at: feed.location(ofValue: "items")))
                }
            }
            feed.reportUnknownKeys(known: ["items"], context: "feed settings")
            fields.report(contentsOf: feed.diagnostics)
        }
        var perPage = defaultPerPage
        if var pagination = fields.mapping("pagination") {
            perPage = pagination.pageSize("per_page", named: "pagination.per_page") ?? perPage
            pagination.reportUnknownKeys(known: ["per_page"], context: "pagination settings")
            fields.report(contentsOf: pagination.diagnostics)
        }
        var check = LinkCheckSettings()
        check.userAgent = LinkCheckSettings.userAgent(contact: repoURL)
        if var section = fields.mapping("check") {
            check = LinkCheckSettings.read(&section, contact: repoURL)
            fields.report(contentsOf: section.diagnostics)
        }
        var review = ReviewSettings()
        if var section = fields.mapping("review") {
            review = ReviewSettings.read(&section)
            fields.report(contentsOf: section.diagnostics)
        }
        var strings = StringTable()
        if var section = fields.mapping("strings") {
            strings = StringTable.read(&section)
            fields.report(contentsOf: section.diagnostics)
        }
        // `search: false`, or a mapping of search settings (which leaves search on).
        var search = true
        var searchSynonyms: [String] = []
        if fields.node("search")?.mapping != nil {
            if var section = fields.mapping("search") {
                searchSynonyms = section.stringList("synonyms", required: false, example: "synonyms: [\"тг, телеграм, telegram\"]")?.map(\.0) ?? []
                section.reportUnknownKeys(known: ["synonyms"], context: "search:")
                fields.report(contentsOf: section.diagnostics)
            }
        } else {
            search = fields.bool("search") ?? true
        }
        fields.reportUnknownKeys(known: knownKeys, context: "site.yml")

        guard let title, let description, let baseURL, let language else { return nil }
        var config = SiteConfig(title: title, description: description, baseURL: baseURL, language: language,
                                author: author, repoURL: repoURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 },
                                unsafeHTML: unsafeHTML, feedItems: feedItems, perPage: perPage)
        config.check = check
        config.review = review
        config.strings = strings
        config.search = search
        config.searchSynonyms = searchSynonyms
        return config
    }

    /// BCP 47 in the shape authors write it: a 2–3 letter language, optional subtags.
    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}

extension YAMLMapping {
    /// A page size (`per_page`, in site.yml's `pagination` and in `_block.md`): a whole number,
    /// 0 for one page with every entry; anything else is reported at the value with the fix.
    mutating func pageSize(_ key: String, named name: String) -> Int? {
        let example = "\(key): \(SiteConfig.defaultPerPage)"
        guard let size = int(key, required: false, example: example) else { return nil }
        guard size >= 0 else {
            report(.error("'\(name)' must be 0 or more, found \(size)", at: location(ofValue: key),
                          fix: "write it as \(example), or \(key): 0 to list every entry on one page"))
            return nil
        }
        return size
    }
}
