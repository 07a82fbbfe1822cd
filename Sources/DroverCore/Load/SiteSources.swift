import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// What the load stage holds of the file.
    public enum Content: Sendable {
        case bytes([UInt8])
        /// It could not be read (its diagnostic is among the parse stage's).
        case unreadable
        /// Not read: its stamp is the one the previous build recorded with its hash, so it is
        /// that build's file and its parse can be reused (see `FileStamp`). Read on demand
        /// (`SiteSources.readUnchanged`) when that parse turns out to be unusable.
        case unchanged
        /// Read and parsed by this build; its bytes are not kept past the parse (at 10,000
        /// entries they are tens of MB the later stages never read).
        case parsed
        /// Not read yet: a build with no previous parse to reuse reads each file in the parse
        /// stage, as it parses it, so the bytes of all the files never sit in memory at once.
        /// Its hash and stamp are known once the parse has read it.
        case deferred
    }

    public var content: Content
    /// The hash of its bytes: computed from them, or the previous build's for an unchanged file.
    public var hash: UInt64
    /// What stat said of the file before its bytes were read; nil when it could not be read.
    var stamp: FileStamp?

    /// Reads the file at `path`: its stamp from the open file first, then its bytes, so a write
    /// that lands in between changes the stamp the next build compares.
    static func read(_ path: String) -> (content: Content, hash: UInt64, stamp: FileStamp?) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return (.unreadable, 0, nil) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return (.unreadable, 0, nil) }
        var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got == 0 { break }
            if got < 0 {
                if errno == EINTR { continue }
                return (.unreadable, 0, nil)
            }
            count += got
        }
        bytes.removeLast(bytes.count - count)
        return (.bytes(bytes), bytes.withUnsafeBytes(StableHasher.hash), FileStamp(status))
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#else
private let systemRead = Darwin.read
#endif

/// What the previous build knew of a source: its stamp and the hash of the bytes read under it.
struct KnownSource: Sendable {
    var stamp: FileStamp
    var hash: UInt64
}

/// The load stage's result: every input of the build, each read once (the sources of a build
/// with nothing to reuse by the parse stage, as it parses them). No stage after parsing touches
/// the content or theme folders again, so a file edited half-way through a build cannot be
/// rendered with links nobody validated.
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

    /// When this load started looking at the files (see `FileStamp.isSettled(before:)`).
    var readStart: Int64

    /// Reads the content folder and the theme; nil when there is nothing to build from.
    ///
    /// A source whose stamp is one in `known` (stamps the previous build can vouch for) is not
    /// read: its hash is the recorded one, and its content `.unchanged`. With `unchangedUnlessIn`
    /// (the source paths a file watcher saw change), a known source not among them is not even
    /// stat'ed.
    ///
    /// With `deferReading`, no source is read here: each is `.deferred`, for the parse to read.
    static func load(_ options: BuildOptions, loadTheme: Bool = true, known: [String: KnownSource] = [:],
                     unchangedUnlessIn watched: Set<String>? = nil, deferReading: Bool = false,
                     diagnostics: inout [Diagnostic]) async -> SiteSources? {
        let readStart = FileStamp.now()
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
            let path = root.absolutePath(sourcePath)
            if deferReading {
                return LoadedFile(sourcePath: sourcePath, file: root.displayPath(sourcePath), block: block, kind: kind,
                                  content: .deferred, hash: 0, stamp: nil)
            }
            if let watched, let previous = known[sourcePath], !watched.contains(sourcePath) {
                return LoadedFile(sourcePath: sourcePath, file: root.displayPath(sourcePath), block: block, kind: kind,
                                  content: .unchanged, hash: previous.hash, stamp: previous.stamp)
            }
            if let previous = known[sourcePath], let stamp = FileStamp.of(path: path), stamp == previous.stamp {
                return LoadedFile(sourcePath: sourcePath, file: root.displayPath(sourcePath), block: block, kind: kind,
                                  content: .unchanged, hash: previous.hash, stamp: stamp)
            }
            let (content, hash, stamp) = LoadedFile.read(path)
            return LoadedFile(sourcePath: sourcePath, file: root.displayPath(sourcePath), block: block, kind: kind,
                              content: content, hash: hash, stamp: stamp)
        }
        return SiteSources(tree: tree, config: config, tagDefinitions: tagDefinitions, tagsFile: tree.displayPath("tags.yml"),
                           theme: theme, strings: strings, files: files, settingsFingerprint: settingsFingerprint, readStart: readStart)
    }

    /// Reads the inputs, leaving unread the sources `previous` vouches for (by their stamps, or
    /// a watcher's word); with nothing to reuse, each source is read as it is parsed.
    static func load(_ options: BuildOptions, previous: PreviousBuild, diagnostics: inout [Diagnostic]) async -> SiteSources? {
        let (known, watched) = previous.knownSources
        return await load(options, known: known, unchangedUnlessIn: watched, deferReading: previous.isClean, diagnostics: &diagnostics)
    }

    /// Lets go of the bytes of every file read, and takes the hash and stamp of each file the
    /// parse read itself: the parse has what later stages need.
    mutating func releaseBytes(after parsed: ParsedSources) {
        for index in files.indices {
            switch files[index].content {
            case .bytes:
                files[index].content = .parsed
            case .deferred:
                files[index].content = .parsed
                files[index].hash = parsed.files[index].hash
                files[index].stamp = parsed.readStamps[index]
            default:
                break
            }
        }
    }

    /// How many sources were not read (`.unchanged`).
    var unreadCount: Int {
        files.count { if case .unchanged = $0.content { true } else { false } }
    }

    /// Reads the unchanged files whose previous parse is not in `reusable` (it did not decode,
    /// or the settings changed): they are parsed again, from their bytes. A file edited since the
    /// load gets its new hash and stamp, and is parsed as it is now.
    mutating func readUnchanged(except reusable: [String: ParsedSource]) async {
        let pending = files.indices.filter { index in
            if case .unchanged = files[index].content { reusable[files[index].sourcePath]?.hash != files[index].hash } else { false }
        }
        guard !pending.isEmpty else { return }
        let root = tree
        let snapshot = files
        let read = await concurrentMap(pending.count, chunk: 32) { LoadedFile.read(root.absolutePath(snapshot[pending[$0]].sourcePath)) }
        for (index, (content, hash, stamp)) in zip(pending, read) {
            files[index].content = content
            files[index].hash = hash
            files[index].stamp = stamp
        }
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
