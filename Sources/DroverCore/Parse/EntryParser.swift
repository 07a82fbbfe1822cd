/// Turns one entry file into an `Entry`, reporting every problem in its front matter.
struct EntryParser {
    let siteLanguage: String
    /// The examples in diagnostics' fixes, in the site's language.
    var examples: FieldExamples { FieldExamples(language: siteLanguage) }
    let markdownOptions: MarkdownOptions
    let rewriter: LinkRewriter
    /// Where a clean build keeps entries' HTML until pages are rendered (see `BodySpill`).
    var spill: BodySpill?

    /// The entry, or the body alone when its front matter has errors.
    func parse(_ loaded: LoadedFile) -> (Entry?, [Diagnostic], UnlistedBody?) {
        let (sourcePath, file, block) = (loaded.sourcePath, loaded.file, loaded.block)
        let source: SourceFile
        var fields: YAMLMapping
        switch SourceFile.readWithFields(loaded) {
        case .failure(let diagnostic): return (nil, [diagnostic], nil)
        case .success(let read): (source, fields) = read
        }

        let title = fields.string("title", required: true, example: examples.entryTitle)
        let url = readURL(&fields)
        let type = fields.choice("type", ResourceType.self, required: true)
        let tags = fields.stringList("tags", required: true, example: examples.tags)
        if let tags, tags.isEmpty {
            fields.report(.error("'tags' is empty", at: fields.location(ofKey: "tags"), fix: "give the entry at least one tag, e.g. \(examples.tags)"))
        }
        let added = fields.date("added", required: true)
        let language = fields.string("language", required: false, example: "language: en")
        if let language, !SiteConfig.isLanguageTag(language) {
            fields.report(.error("'language' must be a BCP 47 tag like 'ru' or 'en', found \"\(language)\"", at: fields.location(ofValue: "language")))
        }
        fields.reportRenamed("level", to: "difficulty", why: "how much background the entry expects; a block's reader is its 'audience'")
        let difficulty = fields.choice("difficulty", Difficulty.self)
        let authors = fields.stringList("authors", required: false, example: examples.authors) ?? []
        let updated = fields.date("updated", required: false)
        if let added, let updated, updated < added {
            fields.report(.error("'updated' (\(updated)) is before 'added' (\(added))", at: fields.location(ofValue: "updated"),
                                 fix: "'updated' is the date the entry was last checked; it cannot precede 'added'"))
        }
        let draft = fields.bool("draft") ?? false
        let check = fields.bool("check") ?? true
        let weight = fields.int("weight", required: false, example: "weight: 1")
        fields.reportUnknownKeys(known: Entry.knownKeys, context: "front matter")

        var body = source.parseBody(options: markdownOptions, rewriter: rewriter)
        if let spill { body.html = spill.keep(body.html) }
        if body.isEmpty {
            fields.report(.warning("the entry has no body", at: SourceLocation(file: file, line: source.frontMatter.bodyFirstLine, column: 1),
                                   fix: "write 2–5 sentences on why this resource is worth a reader's time"))
        }
        if let placeholder = PlaceholderText.check(body: source.frontMatter.body, file: file, firstLine: source.frontMatter.bodyFirstLine) {
            fields.report(placeholder)
        }
        guard let title, let url, let type, let tags, !tags.isEmpty, let added else {
            return (nil, fields.diagnostics, UnlistedBody(sourcePath: sourcePath, file: file, body: body))
        }
        let slug = String(sourcePath.split(separator: "/").last!.dropLast(3))
        // Made before the entry, whose keys hash them: setting them afterwards would box the fields twice.
        let searchWords = SearchWords(title: title, excerpt: body.excerpt, authors: authors.map(\.0))
        let entry = Entry(block: block, slug: slug, sourcePath: sourcePath, file: file, title: title, url: url, type: type,
                          tags: tags.map(\.0), added: added, language: language ?? siteLanguage, difficulty: difficulty,
                          authors: authors.map(\.0), updated: updated, draft: draft, checkLinks: check, weight: weight, body: body,
                          urlLocation: fields.location(ofValue: "url"), tagLocations: tags.map(\.1), searchWords: searchWords)
        return (entry, fields.diagnostics, nil)
    }

    /// Whether `text` starts with something like a host name (`hai.stanford.edu/…`), not a path
    /// (`resources/page.html`): dotted labels ending in letters, before any slash.
    static func startsWithHostName(_ text: String) -> Bool {
        let host = text.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let last = labels.last, last.count >= 2, last.allSatisfy({ $0.isLetter }),
              !host.contains(where: { $0 == " " }) else { return false }
        // A file name (page.html) has the same shape; its extension is no top-level domain.
        return labels.allSatisfy { !$0.isEmpty } && !["html", "htm", "md", "pdf", "php"].contains(last.lowercased())
    }

    private func readURL(_ fields: inout YAMLMapping) -> String? {
        guard let url = fields.string("url", required: true, example: "url: https://example.org/resource") else { return nil }
        guard URLNormalization.isSafeAbsoluteHTTP(url) else {
            let scheme = LinkResolver.scheme(of: url) ?? ""
            // An address written without its scheme (hai.stanford.edu/…) gets its full form as the fix.
            let withScheme = scheme.isEmpty && Self.startsWithHostName(url) && URLNormalization.isSafeAbsoluteHTTP("https://" + url)
                ? "https://" + url : nil
            fields.report(.error(LinkResolver.unsafeSchemes.contains(scheme) ? "'url' uses the unsafe scheme '\(scheme):', which is refused"
                                         : "'url' must be an absolute http(s) URL, found \"\(url)\"",
                                 at: fields.location(ofValue: "url"),
                                 fix: withScheme.map { "write it as \($0)" } ?? "write the resource's full address, like https://example.org/page"))
            return nil
        }
        return url
    }
}
