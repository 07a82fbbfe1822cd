/// Turns a block's `_block.md` into a `Block`.
struct BlockParser {
    /// The examples in diagnostics' fixes, in the site's language.
    let examples: FieldExamples
    let markdownOptions: MarkdownOptions
    let rewriter: LinkRewriter

    /// The block, or its introduction alone when its front matter has errors.
    func parse(_ loaded: LoadedFile) -> (Block?, [Diagnostic], UnlistedBody?) {
        let (sourcePath, file, slug) = (loaded.sourcePath, loaded.file, loaded.block)
        let source: SourceFile
        var fields: YAMLMapping
        switch SourceFile.readWithFields(loaded) {
        case .failure(let diagnostic): return (nil, [diagnostic], nil)
        case .success(let read): (source, fields) = read
        }
        let title = fields.string("title", required: true, example: examples.blockTitle)
        let order = fields.int("order", required: true, example: "order: 1")
        fields.reportRenamed("level", to: "audience", why: "who the block is for; an entry's own level is its 'difficulty'")
        let audience = fields.string("audience", required: false, example: examples.audience)
        let summary = fields.string("summary", required: true, example: examples.blockSummary)
        let perPage = fields.pageSize("per_page", named: "per_page")
        let listOrder = fields.choice("sort_by", ListOrder.self) ?? .default
        fields.reportUnknownKeys(known: Block.knownKeys, context: "block front matter")
        let intro = source.parseBody(options: markdownOptions, rewriter: rewriter)
        guard let title, let order, let summary else {
            return (nil, fields.diagnostics, UnlistedBody(sourcePath: sourcePath, file: file, body: intro))
        }
        return (Block(slug: slug, title: title, order: order, audience: audience, summary: summary, perPage: perPage,
                      listOrder: listOrder, sourcePath: sourcePath, file: file, intro: intro), fields.diagnostics, nil)
    }
}
