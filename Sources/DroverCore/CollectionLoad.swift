/// The first stages of the pipeline (load → parse → validate) without rendering: for the
/// commands that read a collection rather than build it (`drover export readme`, and
/// `drover import` looking at what a folder already holds).
extension Build {
    /// The collection in `content`, with every diagnostic of those stages; nil when there
    /// is nothing to assemble (no such folder, or no usable site.yml). The theme is not needed:
    /// nothing is rendered.
    public static func loadCollection(content: String, includeDrafts: Bool = false) async -> (collection: Collection?, diagnostics: DiagnosticList) {
        let options = BuildOptions(contentDirectory: content, includeDrafts: includeDrafts)
        var diagnostics: [Diagnostic] = []
        guard let sources = await SiteSources.load(options, loadTheme: false, diagnostics: &diagnostics) else {
            return (nil, DiagnosticList(diagnostics))
        }
        let rewriter = LinkRewriter(urls: SiteURLs(baseURL: sources.config.baseURL), tagDefinitions: sources.tagDefinitions)
        let parsed = await ParsedSources.parse(sources, rewriter: rewriter, reusable: [:])
        diagnostics += parsed.diagnostics
        var collection = CollectionValidator(includeDrafts: includeDrafts)
            .assemble(config: sources.config, tagDefinitions: sources.tagDefinitions, tagsFile: sources.tagsFile,
                      blocks: parsed.blocks, entries: parsed.entries, sourcePaths: sources.tree.sourcePaths, diagnostics: &diagnostics)
        collection.pages = parsed.pages
        return (collection, DiagnosticList(diagnostics))
    }
}
