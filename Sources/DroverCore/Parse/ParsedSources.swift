/// What parsing one source file gave: its block or entry (nil when its front matter failed, in
/// which case its body is kept to check its links all the same) and its problems.
///
/// It depends on nothing but the file's bytes and the build's settings, which is why the
/// incremental build can keep it from one build to the next (see `BuildManifest`). Immutable,
/// and shared rather than copied: every build of a server passes 10,000 of them along.
final class ParsedSource: Sendable {
    let sourcePath: String
    /// The hash of the bytes it was parsed from.
    let hash: UInt64
    let block: Block?
    let entry: Entry?
    let page: StandalonePage?
    let unlisted: UnlistedBody?
    let diagnostics: [Diagnostic]

    init(sourcePath: String, hash: UInt64, block: Block? = nil, entry: Entry? = nil, page: StandalonePage? = nil,
         unlisted: UnlistedBody? = nil, diagnostics: [Diagnostic]) {
        self.sourcePath = sourcePath
        self.hash = hash
        self.block = block
        self.entry = entry
        self.page = page
        self.unlisted = unlisted
        self.diagnostics = diagnostics
    }
}

/// The parse stage's result: every block and entry, each file parsed once.
struct ParsedSources: Sendable {
    var files: [ParsedSource]
    /// Whether each of `files` was taken from the previous build rather than parsed again.
    var isReused: [Bool]
    /// The stamp of each file this stage read itself (a `.deferred` one), nil for the others.
    var readStamps: [FileStamp?]
    var reused: Int { isReused.count { $0 } }

    var blocks: [Block] { files.compactMap(\.block) }
    var entries: [Entry] { files.compactMap(\.entry) }
    var pages: [StandalonePage] { files.compactMap(\.page) }
    var unlisted: [UnlistedBody] { files.compactMap(\.unlisted) }
    var diagnostics: [Diagnostic] { files.flatMap(\.diagnostics) }
    /// The hash of each source's bytes, by source path.
    var sourceHashes: [String: UInt64] { Dictionary(uniqueKeysWithValues: files.map { ($0.sourcePath, $0.hash) }) }

    /// Parses every file in parallel, except those whose bytes match a previous parse in `reusable`;
    /// entries' HTML goes to `spill` when there is one.
    static func parse(_ sources: SiteSources, rewriter: LinkRewriter, reusable: [String: ParsedSource],
                      spill: BodySpill? = nil) async -> ParsedSources {
        let markdownOptions = MarkdownOptions(allowRawHTML: sources.config.unsafeHTML, headingAnchors: true)
        let examples = FieldExamples(language: sources.config.language)
        let blockParser = BlockParser(examples: examples, markdownOptions: markdownOptions, rewriter: rewriter)
        let entryParser = EntryParser(siteLanguage: sources.config.language, markdownOptions: markdownOptions, rewriter: rewriter,
                                      spill: spill)
        let pageParser = PageParser(examples: examples, markdownOptions: markdownOptions, rewriter: rewriter)
        let files = sources.files
        let tree = sources.tree
        let parsed = await concurrentMap(files.count) { index -> (ParsedSource, reused: Bool, stamp: FileStamp?) in
            var loaded = files[index]
            var stamp: FileStamp?
            if case .deferred = loaded.content {
                (loaded.content, loaded.hash, stamp) = LoadedFile.read(tree.absolutePath(loaded.sourcePath))
            }
            if let previous = reusable[loaded.sourcePath], previous.hash == loaded.hash {
                if case .unreadable = loaded.content {} else { return (previous, true, stamp) }
            }
            let result: ParsedSource
            switch loaded.kind {
            case .block:
                let (block, diagnostics, unlisted) = blockParser.parse(loaded)
                result = ParsedSource(sourcePath: loaded.sourcePath, hash: loaded.hash, block: block, unlisted: unlisted, diagnostics: diagnostics)
            case .entry:
                let (entry, diagnostics, unlisted) = entryParser.parse(loaded)
                result = ParsedSource(sourcePath: loaded.sourcePath, hash: loaded.hash, entry: entry, unlisted: unlisted, diagnostics: diagnostics)
            case .page(let slug):
                let (page, diagnostics, unlisted) = pageParser.parse(loaded, slug: slug)
                result = ParsedSource(sourcePath: loaded.sourcePath, hash: loaded.hash, page: page, unlisted: unlisted, diagnostics: diagnostics)
            }
            return (result, false, stamp)
        }
        return ParsedSources(files: parsed.map(\.0), isReused: parsed.map(\.reused), readStamps: parsed.map(\.stamp))
    }
}
