import Foundation
import SystemPackage

/// What `drover new` writes: one entry, with every value it was given or asked for.
public struct NewEntryRequest: Sendable {
    public var contentDirectory: String
    public var block: String
    public var url: String
    public var title: String
    public var type: String
    public var tags: [String]
    /// `difficulty` (the command's `--level`).
    public var difficulty: String?
    public var language: String?
    /// The file name without `.md`; made from the title (or the URL) when nil.
    public var slug: String?
    /// The `added` date: today, passed in so the result does not depend on the clock.
    public var added: ISODate

    public init(contentDirectory: String = "content", block: String, url: String, title: String, type: String, tags: [String],
                difficulty: String? = nil, language: String? = nil, slug: String? = nil, added: ISODate) {
        self.contentDirectory = contentDirectory
        self.block = block
        self.url = url
        self.title = title
        self.type = type
        self.tags = tags
        self.difficulty = difficulty
        self.language = language
        self.slug = slug
        self.added = added
    }
}

/// `drover new`: adds an entry file to a block of the collection, refusing anything the build
/// would refuse later (an unknown block or type, a URL the collection already has) and never
/// replacing a file.
public enum NewEntry {
    /// The blocks of the collection (its folders), sorted: what `BLOCK` may be.
    public static func blocks(in contentDirectory: String) -> [String] {
        var ignored: [Diagnostic] = []
        return ContentTree.scan(root: contentDirectory, diagnostics: &ignored)?.blocks.map(\.slug) ?? []
    }

    /// Checks the request and writes the entry. Returns the file's path as the author sees it
    /// (`content/research/x.md`), or every problem found. A wrong argument is a configuration
    /// diagnostic placed at the option that has it (`--type`, `BLOCK`), not at a file; what the
    /// collection itself lacks (a block's `_block.md`, a URL it already has) is a content one,
    /// in the build's words.
    public static func create(_ request: NewEntryRequest) -> Result<String, Refusal> {
        var problems: [Diagnostic] = []
        var scanned: [Diagnostic] = []
        guard let tree = ContentTree.scan(root: request.contentDirectory, diagnostics: &scanned) else {
            return .failure(Refusal(scanned.filter { $0.kind == .configuration }))
        }
        func usage(_ option: String, _ message: String, fix: String? = nil) {
            problems.append(Diagnostic(file: option, message: message, fix: fix, kind: .configuration))
        }

        let siteLanguage = Self.siteLanguage(tree)
        let blocks = tree.blocks.map(\.slug)
        if let block = tree.blocks.first(where: { $0.slug == request.block }) {
            // The build refuses a block folder without its _block.md: an entry there could not build.
            if block.blockFile == nil {
                problems += scanned.filter { $0.file == tree.displayPath(block.slug + "/_block.md") }
            }
        } else {
            let fix = Suggestion.closest(to: request.block, among: blocks).map { "did you mean '\($0)'?" }
                ?? (blocks.isEmpty ? "create the block folder with its _block.md first" : "the blocks are \(blocks.joined(separator: ", "))")
            usage("BLOCK", "unknown block '\(request.block)'", fix: fix)
        }
        if !URLNormalization.isSafeAbsoluteHTTP(request.url) {
            usage("URL", "the URL must be an absolute http(s) address, found \"\(request.url)\"", fix: "write it like https://example.org/page")
        }
        if request.title.allSatisfy(\.isWhitespace) { usage("--title", "the title is empty") }
        if ResourceType(rawValue: request.type) == nil {
            usage("--type", "unknown type '\(request.type)'", fix: Suggestion.choiceFix(for: request.type, among: ResourceType.allCases.map(\.rawValue)))
        }
        let tags = request.tags.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if tags.isEmpty {
            usage("--tags", "an entry needs at least one tag", fix: PlaceholderText.isRussian(siteLanguage) ? "pass --tags llm,промпты" : "pass --tags llm,tools")
        }
        // A tag needs a URL: the build refuses one with nothing to make it from, unless tags.yml pins it.
        let pinned = Set(Self.tagDefinitions(tree).filter { $0.slug != nil }.map(\.name))
        for tag in tags where Slug.make(tag).isEmpty && !pinned.contains(tag) {
            usage("--tags", "tag '\(tag)' has no letters or digits to make its URL from", fix: "pin a slug for it in tags.yml")
        }
        if let difficulty = request.difficulty, Difficulty(rawValue: difficulty) == nil {
            usage("--level", "unknown level '\(difficulty)'", fix: Suggestion.choiceFix(for: difficulty, among: Difficulty.allCases.map(\.rawValue)))
        }
        if let language = request.language, !SiteConfig.isLanguageTag(language) {
            usage("--language", "the language must be a BCP 47 tag like 'ru' or 'en', found \"\(language)\"")
        }
        let slug = request.slug ?? EntrySlug.make(title: request.title, url: request.url)
        if !Slug.isValid(slug) {
            usage(request.slug == nil ? "--title" : "--slug", "the file name '\(slug)' is not a slug (lowercase ASCII letters, digits and '-')",
                  fix: "pass --slug with one")
        }
        guard problems.isEmpty else { return .failure(Refusal(problems)) }

        if let existing = ExistingURLs(tree: tree).file(having: request.url) {
            return .failure(Refusal([Diagnostic(file: existing, message: "the collection already has \(request.url) in \(existing)",
                                                fix: "edit that entry instead of adding another")]))
        }
        let relative = request.block + "/" + slug + ".md"
        let file = tree.displayPath(relative)
        var entry = request
        entry.tags = tags
        let text = EntryTemplate.text(entry, siteLanguage: siteLanguage)
        do {
            // O_EXCL: an existing file is never replaced, even one created a moment ago.
            let descriptor = try FileDescriptor.open(FilePath(tree.absolutePath(relative)), .writeOnly,
                                                     options: [.create, .exclusiveCreate],
                                                     permissions: [.ownerReadWrite, .groupRead, .otherRead])
            try descriptor.closeAfter { _ = try descriptor.writeAll(Array(text.utf8)) }
        } catch Errno.fileExists {
            return .failure(Refusal([Diagnostic(file: file, message: "\(file) already exists and is left as it is",
                                                fix: "pass another --title or --slug, or edit that file")]))
        } catch {
            return .failure(Refusal([Diagnostic(file: file, message: "cannot write the entry: \(error)", kind: .output)]))
        }
        return .success(file)
    }

    /// tags.yml's definitions, read alone; none when it is missing or does not parse (the build
    /// reports that).
    static func tagDefinitions(_ tree: ContentTree) -> [TagDefinition] {
        guard tree.hasTags, let text = try? String(contentsOfFile: tree.absolutePath("tags.yml"), encoding: .utf8) else { return [] }
        var ignored: [Diagnostic] = []
        return TagDefinition.loadAll(yaml: text, file: tree.displayPath("tags.yml"), diagnostics: &ignored)
    }

    /// site.yml's `language`, read alone (the rest of the collection need not build today); English
    /// when it cannot be read, as the build would then refuse the site anyway.
    static func siteLanguage(_ tree: ContentTree) -> String {
        guard tree.hasSiteConfig, let text = try? String(contentsOfFile: tree.absolutePath("site.yml"), encoding: .utf8),
              case .success(var fields) = YAMLMapping.parse(text, file: tree.displayPath("site.yml"), lineOffset: 1, what: "site.yml"),
              let language = fields.string("language", required: false, example: "") else { return "en" }
        return language
    }
}
