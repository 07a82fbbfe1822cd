/// Turns a standalone page (`about.md`) into a `StandalonePage`.
struct PageParser {
    /// The examples in diagnostics' fixes, in the site's language.
    let examples: FieldExamples
    let markdownOptions: MarkdownOptions
    let rewriter: LinkRewriter

    /// The page, or its body alone when its front matter has errors.
    func parse(_ loaded: LoadedFile, slug: String) -> (StandalonePage?, [Diagnostic], UnlistedBody?) {
        let (sourcePath, file) = (loaded.sourcePath, loaded.file)
        let source: SourceFile
        var fields: YAMLMapping
        switch SourceFile.readWithFields(loaded) {
        case .failure(let diagnostic): return (nil, [diagnostic], nil)
        case .success(let read): (source, fields) = read
        }
        let title = fields.string("title", required: true, example: examples.pageTitle)
        let summary = fields.string("summary", required: false, example: examples.pageSummary)
        fields.reportUnknownKeys(known: StandalonePage.knownKeys, context: "page front matter")
        let body = source.parseBody(options: markdownOptions, rewriter: rewriter)
        guard let title else {
            return (nil, fields.diagnostics, UnlistedBody(sourcePath: sourcePath, file: file, body: body))
        }
        return (StandalonePage(slug: slug, title: title, summary: summary, sourcePath: sourcePath, file: file, body: body),
                fields.diagnostics, nil)
    }
}
