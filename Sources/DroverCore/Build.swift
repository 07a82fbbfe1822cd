import Foundation
import Logging

/// What `drover build` was asked to do.
public struct BuildOptions: Sendable {
    public var contentDirectory = "content"
    public var themeDirectory = "theme"
    public var outputDirectory = "site"
    public var baseURL: String?
    public var includeDrafts = false
    public var strict = false
    /// Where the build tells what it is doing (`--verbose`); silent unless a handler is bootstrapped.
    public var logger = Logger(label: "drover.build")

    public init(contentDirectory: String = "content", themeDirectory: String = "theme", outputDirectory: String = "site",
                baseURL: String? = nil, includeDrafts: Bool = false, strict: Bool = false) {
        self.contentDirectory = contentDirectory
        self.themeDirectory = themeDirectory
        self.outputDirectory = outputDirectory
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.strict = strict
    }
}

/// What a build did: its diagnostics and, when it wrote the site, what it wrote.
public struct BuildReport: Sendable {
    public var diagnostics: DiagnosticList
    /// False when nothing was written: the previous output is untouched.
    public var succeeded: Bool
    public var entries = 0
    public var pages = 0
    public var tags = 0
    public var filesWritten = 0
    public var filesUnchanged = 0
    public var seconds = 0.0
    /// Wall time of each stage, in pipeline order, for `--timings`.
    public var stages: [(name: String, seconds: Double)] = []
    /// What was built, for the link check that follows a build.
    public var collection: Collection?
}

/// Wall-clock time per pipeline stage, so a slow build says where its time goes.
struct StageClock {
    let logger: Logger
    private var last = ContinuousClock.now
    private(set) var stages: [(name: String, seconds: Double)] = []

    init(logger: Logger) {
        self.logger = logger
    }

    mutating func lap(_ name: String) {
        let now = ContinuousClock.now
        let seconds = (now - last).seconds
        stages.append((name, seconds))
        logger.debug("stage finished", metadata: ["stage": "\(name)", "seconds": "\(String(format: "%.3f", seconds))"])
        last = now
    }
}

/// The pipeline in one screen: load → parse → validate → resolve links → render → write.
///
/// Every stage reports problems as diagnostics and the build stops before writing if any
/// is an error (or a warning under `--strict`), so a failed build leaves `site/` as it was.
public enum Build {
    public static func run(_ options: BuildOptions) -> BuildReport {
        let clock = ContinuousClock.now
        var stages = StageClock(logger: options.logger)
        var diagnostics: [Diagnostic] = []
        func failed() -> BuildReport {
            BuildReport(diagnostics: DiagnosticList(diagnostics).promotingWarnings(options.strict), succeeded: false,
                        seconds: (ContinuousClock.now - clock).seconds)
        }

        // Load: find the files; read the settings and the theme.
        guard let tree = ContentTree.scan(root: options.contentDirectory, diagnostics: &diagnostics) else { return failed() }
        guard let config = loadConfig(tree, options, &diagnostics) else { return failed() }
        let tagsFile = tree.displayPath("tags.yml")
        let tagDefinitions = tree.hasTags ? loadTags(tree, &diagnostics) : []
        let theme = Theme.load(from: options.themeDirectory, displayRoot: options.themeDirectory, diagnostics: &diagnostics)
        stages.lap("load")

        // Parse: every block and entry, in parallel; each file's problems come back with it.
        let markdownOptions = MarkdownOptions(allowRawHTML: config.unsafeHTML, headingAnchors: true)
        let (blocks, entries, unlisted) = parseSources(tree, config: config, markdownOptions: markdownOptions, &diagnostics)
        stages.lap("parse")
        options.logger.debug("parsed sources", metadata: ["blocks": "\(blocks.count)", "entries": "\(entries.count)"])

        // Validate: rules across files, then assemble the collection.
        let collection = CollectionValidator(includeDrafts: options.includeDrafts)
            .assemble(config: config, tagDefinitions: tagDefinitions, tagsFile: tagsFile,
                      blocks: blocks, entries: entries, sourcePaths: tree.sourcePaths, diagnostics: &diagnostics)
        stages.lap("validate")

        // Resolve links: every relative link must reach an entry, a block, a heading or a tag.
        let urls = SiteURLs(baseURL: config.baseURL)
        let resolver = LinkResolver(collection: collection, urls: urls)
        diagnostics += LinkValidator(resolver: resolver).validate(collection, unlisted: unlisted)
        stages.lap("resolve links")

        if let problem = OutputSafety.check(output: options.outputDirectory, content: options.contentDirectory, theme: options.themeDirectory) {
            diagnostics.append(problem)
        }
        guard let theme, !DiagnosticList(diagnostics).isFatal(strict: options.strict) else {
            options.logger.debug("stopping before writing: the input has problems")
            return failed()
        }

        // Render and write: into a staging folder, swapped in only when everything succeeded.
        let contexts = PageContexts(collection: collection, urls: urls, contentPathInRepo: repoPath(of: tree.root))
        let renderer = SiteRenderer(collection: collection, theme: theme, urls: urls, resolver: resolver,
                                    contexts: contexts, tree: tree, markdownOptions: markdownOptions)
        var report = BuildReport(diagnostics: DiagnosticList(diagnostics), succeeded: false)
        do {
            let output = try StagedOutput(target: options.outputDirectory)
            do {
                let counts = try renderer.render(into: output)
                stages.lap("render and write")
                try output.commit()
                stages.lap("swap in")
                report.pages = counts.pages
                report.filesWritten = output.writtenCount
                report.filesUnchanged = output.unchangedCount
                options.logger.debug("site swapped in", metadata: ["output": "\(options.outputDirectory)",
                                                                   "written": "\(report.filesWritten)", "unchanged": "\(report.filesUnchanged)"])
            } catch {
                output.discard()
                throw error
            }
        } catch {
            diagnostics.append(Diagnostic(file: options.outputDirectory, message: "cannot write the site: \(error)"))
            return failed()
        }
        report.succeeded = true
        report.entries = collection.entries.count
        report.tags = collection.tags.count
        report.collection = collection
        report.seconds = (ContinuousClock.now - clock).seconds
        report.stages = stages.stages
        return report
    }

    static func loadConfig(_ tree: ContentTree, _ options: BuildOptions, _ diagnostics: inout [Diagnostic]) -> SiteConfig? {
        guard tree.hasSiteConfig else { return nil }
        let file = tree.displayPath("site.yml")
        guard let data = FileManager.default.contents(atPath: tree.absolutePath("site.yml")), let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(Diagnostic(file: file, message: "site.yml cannot be read as UTF-8 text"))
            return nil
        }
        return SiteConfig.load(yaml: text, file: file, baseURLOverride: options.baseURL, diagnostics: &diagnostics)
    }

    static func loadTags(_ tree: ContentTree, _ diagnostics: inout [Diagnostic]) -> [TagDefinition] {
        let file = tree.displayPath("tags.yml")
        guard let data = FileManager.default.contents(atPath: tree.absolutePath("tags.yml")), let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(Diagnostic(file: file, message: "tags.yml cannot be read as UTF-8 text"))
            return []
        }
        return TagDefinition.loadAll(yaml: text, file: file, diagnostics: &diagnostics)
    }

    static func parseSources(_ tree: ContentTree, config: SiteConfig, markdownOptions: MarkdownOptions,
                                     _ diagnostics: inout [Diagnostic]) -> ([Block], [Entry], [UnlistedBody]) {
        let blockParser = BlockParser(markdownOptions: markdownOptions)
        let parsedBlocks = parallelMap(tree.blocks.count, chunk: 1) { index -> (Block?, [Diagnostic], UnlistedBody?) in
            let folder = tree.blocks[index]
            guard let file = folder.blockFile else { return (nil, [], nil) }
            return blockParser.parse(path: tree.absolutePath(file), sourcePath: file, file: tree.displayPath(file), slug: folder.slug)
        }
        let entryParser = EntryParser(siteLanguage: config.language, markdownOptions: markdownOptions)
        let files = tree.blocks.flatMap { folder in folder.entryFiles.map { (folder.slug, $0) } }
        let parsedEntries = parallelMap(files.count) { index -> (Entry?, [Diagnostic], UnlistedBody?) in
            let (block, file) = files[index]
            return entryParser.parse(path: tree.absolutePath(file), sourcePath: file, file: tree.displayPath(file), block: block)
        }
        var blocks: [Block] = []
        var unlisted: [UnlistedBody] = []
        for (block, problems, body) in parsedBlocks {
            diagnostics += problems
            if let block { blocks.append(block) }
            if let body { unlisted.append(body) }
        }
        var entries: [Entry] = []
        for (entry, problems, body) in parsedEntries {
            diagnostics += problems
            if let entry { entries.append(entry) }
            if let body { unlisted.append(body) }
        }
        return (blocks, entries, unlisted)
    }

    /// The content folder's path inside its repository, for «Исправить» links: the path as
    /// given when it is relative and inside the working folder, else the conventional `content/`.
    private static func repoPath(of root: String) -> String {
        if root == "." { return "" }
        if root.hasPrefix("/") || root.hasPrefix("..") { return "content/" }
        return (root.hasPrefix("./") ? String(root.dropFirst(2)) : root) + "/"
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
