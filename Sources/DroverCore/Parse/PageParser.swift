/// Turns a standalone page (`about.md`) into a `StandalonePage`.
struct PageParser {
    let markdownOptions: MarkdownOptions

    /// The page, or its body alone when its front matter has errors.
    func parse(path: String, sourcePath: String, file: String, slug: String) -> (StandalonePage?, [Diagnostic], UnlistedBody?) {
        let source: SourceFile
        var fields: YAMLMapping
        switch SourceFile.readWithFields(path: path, file: file) {
        case .failure(let diagnostic): return (nil, [diagnostic], nil)
        case .success(let read): (source, fields) = read
        }
        let title = fields.string("title", required: true, example: "title: \"О проекте\"")
        let summary = fields.string("summary", required: false, example: "summary: \"Одна строка о странице\"")
        fields.reportUnknownKeys(known: StandalonePage.knownKeys, context: "page front matter")
        let body = source.parseBody(options: markdownOptions)
        guard let title else {
            return (nil, fields.diagnostics, UnlistedBody(sourcePath: sourcePath, file: file, body: body))
        }
        return (StandalonePage(slug: slug, title: title, summary: summary, sourcePath: sourcePath, file: file, body: body),
                fields.diagnostics, nil)
    }
}
