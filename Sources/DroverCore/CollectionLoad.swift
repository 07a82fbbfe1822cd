/// The first stages of the pipeline (load → parse → validate) without rendering: for the
/// commands that read a collection rather than build it (`drover export readme`, and
/// `drover import` looking at what a folder already holds).
extension Build {
    /// The collection in `content`, with every diagnostic of those stages; nil when there
    /// is nothing to assemble (no such folder, or no usable site.yml).
    public static func loadCollection(content: String, includeDrafts: Bool = false) -> (collection: Collection?, diagnostics: DiagnosticList) {
        let options = BuildOptions(contentDirectory: content, includeDrafts: includeDrafts)
        var diagnostics: [Diagnostic] = []
        guard let tree = ContentTree.scan(root: options.contentDirectory, diagnostics: &diagnostics),
              let config = loadConfig(tree, options, &diagnostics)
        else { return (nil, DiagnosticList(diagnostics)) }
        let tagDefinitions = tree.hasTags ? loadTags(tree, &diagnostics) : []
        let markdownOptions = MarkdownOptions(allowRawHTML: config.unsafeHTML, headingAnchors: true)
        let (blocks, entries, _) = parseSources(tree, config: config, markdownOptions: markdownOptions, &diagnostics)
        let collection = CollectionValidator(includeDrafts: includeDrafts)
            .assemble(config: config, tagDefinitions: tagDefinitions, tagsFile: tree.displayPath("tags.yml"),
                      blocks: blocks, entries: entries, sourcePaths: tree.sourcePaths, diagnostics: &diagnostics)
        return (collection, DiagnosticList(diagnostics))
    }
}
