import Foundation

/// One Markdown source as read from disk, with the hash that tells the next build whether it changed.
public struct LoadedFile: Sendable {
    /// Path inside the content folder, e.g. `research/gpts-are-gpts.md`: what links name.
    public var sourcePath: String
    /// Path as the author sees it, e.g. `content/research/gpts-are-gpts.md`: what diagnostics name.
    public var file: String
    /// What the file is, which decides how it is parsed.
    public enum Kind: Sendable {
        /// `_block.md`: a block's settings and introduction.
        case block
        case entry
        /// A standalone page such as `about.md`, with the slug of its URL.
        case page(slug: String)
    }

    /// The block folder it lives in (empty for a standalone page).
    public var block: String
    public var kind: Kind
    /// nil when the file could not be read (its diagnostic is among the load stage's).
    public var bytes: [UInt8]?
    public var hash: UInt64
}

/// The load stage's result: every input of the build read into memory once. No later stage
/// touches the content or theme folders again, so a file edited half-way through a build cannot
/// be rendered with links nobody validated.
public struct SiteSources: Sendable {
    public var tree: ContentTree
    public var config: SiteConfig
    public var tagDefinitions: [TagDefinition]
    /// `content/tags.yml` as diagnostics name it.
    public var tagsFile: String
    public var theme: Theme?
    /// The interface strings in the site's language: the theme's table with site.yml's `strings:`.
    public var strings: InterfaceStrings?
    /// Block files first (in folder order), then entries (in folder order, then by name), then pages.
    public var files: [LoadedFile]
    /// The settings' bytes (site.yml, tags.yml, the base URL given on the command line): any change
    /// to them may change how every body renders, so it invalidates every parsed body.
    public var settingsFingerprint: UInt64

    /// Reads the content folder and the theme; nil when there is nothing to build from.
    static func load(_ options: BuildOptions, loadTheme: Bool = true, diagnostics: inout [Diagnostic]) async -> SiteSources? {
        guard let tree = ContentTree.scan(root: options.contentDirectory, diagnostics: &diagnostics), tree.hasSiteConfig else {
            return nil
        }
        let start = diagnostics.count
        let settings = loadSettings(tree, baseURL: options.baseURL, &diagnostics)
        // Whatever reading site.yml and tags.yml reports is the setup's problem, not the content's.
        DiagnosticList.mark(&diagnostics, from: start, as: .configuration)
        guard let (config, tagDefinitions, settingsFingerprint) = settings else { return nil }

        let themeStart = diagnostics.count
        let theme = loadTheme ? Theme.load(from: options.themeDirectory, displayRoot: options.themeDirectory, diagnostics: &diagnostics) : nil
        DiagnosticList.mark(&diagnostics, from: themeStart, as: .theme)
        // The theme's table is part of the theme's fingerprint and `strings:` of site.yml's bytes,
        // so a changed string is a changed input; pages show strings through their contexts.
        let strings = theme.flatMap {
            InterfaceStringsLoader.load(language: config.language, theme: $0, overrides: config.strings, diagnostics: &diagnostics)
        }

        var wanted: [(sourcePath: String, block: String, kind: LoadedFile.Kind)] = []
        for folder in tree.blocks {
            if let file = folder.blockFile { wanted.append((file, folder.slug, .block)) }
        }
        for folder in tree.blocks {
            for file in folder.entryFiles { wanted.append((file, folder.slug, .entry)) }
        }
        for file in tree.pageFiles {
            if let slug = StandalonePage.reservedFiles[file] { wanted.append((file, "", .page(slug: slug))) }
        }
        let root = tree
        let paths = wanted
        let files = await concurrentMap(paths.count, chunk: 32) { index -> LoadedFile in
            let (sourcePath, block, kind) = paths[index]
            let bytes = FileManager.default.contents(atPath: root.absolutePath(sourcePath)).map { [UInt8]($0) }
            let hash = bytes.map { $0.withUnsafeBytes(StableHasher.hash) } ?? 0
            return LoadedFile(sourcePath: sourcePath, file: root.displayPath(sourcePath), block: block, kind: kind,
                              bytes: bytes, hash: hash)
        }
        return SiteSources(tree: tree, config: config, tagDefinitions: tagDefinitions, tagsFile: tree.displayPath("tags.yml"),
                           theme: theme, strings: strings, files: files, settingsFingerprint: settingsFingerprint)
    }

    private static func loadSettings(_ tree: ContentTree, baseURL: String?, _ diagnostics: inout [Diagnostic])
        -> (SiteConfig, [TagDefinition], UInt64)? {
        var fingerprint = StableHasher()
        fingerprint.combine(baseURL ?? "")
        let configFile = tree.displayPath("site.yml")
        guard let configText = readText(tree.absolutePath("site.yml"), file: configFile, &diagnostics) else { return nil }
        fingerprint.combine(configText)
        guard let config = SiteConfig.load(yaml: configText, file: configFile, baseURLOverride: baseURL, diagnostics: &diagnostics)
        else { return nil }
        var tagDefinitions: [TagDefinition] = []
        let tagsFile = tree.displayPath("tags.yml")
        if tree.hasTags, let text = readText(tree.absolutePath("tags.yml"), file: tagsFile, &diagnostics) {
            fingerprint.combine(text)
            tagDefinitions = TagDefinition.loadAll(yaml: text, file: tagsFile, diagnostics: &diagnostics)
        }
        return (config, tagDefinitions, fingerprint.value)
    }

    private static func readText(_ path: String, file: String, _ diagnostics: inout [Diagnostic]) -> String? {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(Diagnostic(file: file, message: "\((file as NSString).lastPathComponent) cannot be read as UTF-8 text"))
            return nil
        }
        return text
    }
}
