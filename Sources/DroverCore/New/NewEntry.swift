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

/// Why `drover new` wrote nothing: every problem found, as diagnostics.
public struct NewEntryProblems: Error, Sendable {
    public var all: [Diagnostic]

    init(_ diagnostics: [Diagnostic]) {
        all = diagnostics
    }

    public var sorted: [Diagnostic] { all.sorted() }
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
    /// (`content/research/x.md`), or every problem found. Configuration-kind diagnostics are
    /// usage errors (a wrong argument); content-kind ones are the collection's (a duplicate).
    public static func create(_ request: NewEntryRequest) -> Result<String, NewEntryProblems> {
        var problems: [Diagnostic] = []
        var ignored: [Diagnostic] = []
        guard let tree = ContentTree.scan(root: request.contentDirectory, diagnostics: &ignored) else {
            return .failure(NewEntryProblems(ignored.filter { $0.kind == .configuration }))
        }
        let blockFolder = tree.displayPath(request.block)
        func usage(_ message: String, fix: String? = nil) {
            problems.append(Diagnostic(file: blockFolder, message: message, fix: fix, kind: .configuration))
        }

        let blocks = tree.blocks.map(\.slug)
        if !blocks.contains(request.block) {
            let fix = Suggestion.closest(to: request.block, among: blocks).map { "did you mean '\($0)'?" }
                ?? (blocks.isEmpty ? "create the block folder with its _block.md first" : "the blocks are \(blocks.joined(separator: ", "))")
            usage("unknown block '\(request.block)'", fix: fix)
        }
        if !URLNormalization.isSafeAbsoluteHTTP(request.url) {
            usage("the URL must be an absolute http(s) address, found \"\(request.url)\"", fix: "write it like https://example.org/page")
        }
        if request.title.allSatisfy(\.isWhitespace) { usage("the title is empty") }
        if ResourceType(rawValue: request.type) == nil {
            usage("unknown type '\(request.type)'", fix: choice(request.type, among: ResourceType.allCases.map(\.rawValue)))
        }
        let tags = request.tags.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if tags.isEmpty { usage("an entry needs at least one tag", fix: "pass --tags llm,промпты") }
        if let difficulty = request.difficulty, Difficulty(rawValue: difficulty) == nil {
            usage("unknown level '\(difficulty)'", fix: choice(difficulty, among: Difficulty.allCases.map(\.rawValue)))
        }
        if let language = request.language, !SiteConfig.isLanguageTag(language) {
            usage("the language must be a BCP 47 tag like 'ru' or 'en', found \"\(language)\"")
        }
        let slug = request.slug ?? EntrySlug.make(title: request.title, url: request.url)
        if !Slug.isValid(slug) {
            usage("the file name '\(slug)' is not a slug (lowercase ASCII letters, digits and '-')", fix: "pass --slug with one")
        }
        guard problems.isEmpty else { return .failure(NewEntryProblems(problems)) }

        if let existing = ExistingURLs(tree: tree).file(having: request.url) {
            return .failure(NewEntryProblems([Diagnostic(file: existing, message: "the collection already has \(request.url) in \(existing)",
                                                       fix: "edit that entry instead of adding another")]))
        }
        let relative = request.block + "/" + slug + ".md"
        let file = tree.displayPath(relative)
        var entry = request
        entry.tags = tags
        let text = EntryTemplate.text(entry)
        do {
            // O_EXCL: an existing file is never replaced, even one created a moment ago.
            let descriptor = try FileDescriptor.open(FilePath(tree.absolutePath(relative)), .writeOnly,
                                                     options: [.create, .exclusiveCreate],
                                                     permissions: [.ownerReadWrite, .groupRead, .otherRead])
            try descriptor.closeAfter { _ = try descriptor.writeAll(Array(text.utf8)) }
        } catch Errno.fileExists {
            return .failure(NewEntryProblems([Diagnostic(file: file, message: "\(file) already exists and is left as it is",
                                                       fix: "pass another --title or --slug, or edit that file")]))
        } catch {
            return .failure(NewEntryProblems([Diagnostic(file: file, message: "cannot write the entry: \(error)", kind: .output)]))
        }
        return .success(file)
    }

    private static func choice(_ word: String, among names: [String]) -> String {
        Suggestion.closest(to: word.lowercased(), among: names).map { "did you mean '\($0)'?" }
            ?? "use one of \(names.joined(separator: ", "))"
    }
}
