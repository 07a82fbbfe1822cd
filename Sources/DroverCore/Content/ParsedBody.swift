import Foundation

/// What the pipeline keeps of a Markdown body after parsing it once: enough to validate
/// links into and out of it, and to list it, without holding the document in memory.
public struct ParsedBody: Sendable {
    /// File line of the body's first line.
    public var firstLine: Int
    public var links: [MarkdownLink]
    public var anchors: Set<String>
    /// The start of the plain text (at most `excerptLimit` characters), for excerpts and descriptions.
    public var excerpt: String {
        get { storedExcerpt.string }
        set { storedExcerpt = StoredText(newValue) }
    }
    /// The excerpt as the source store left it, read only for the cards and pages rendered.
    var storedExcerpt: StoredText
    static let excerptLimit = 400
    public var isEmpty: Bool
    /// The body rendered once, at parse time, with its links already pointing at site URLs.
    public var html: BodyHTML

    public init(firstLine: Int, links: [MarkdownLink], anchors: Set<String>, excerpt: String, isEmpty: Bool, html: BodyHTML) {
        self.init(firstLine: firstLine, links: links, anchors: anchors, excerpt: StoredText(excerpt), isEmpty: isEmpty, html: html)
    }

    init(firstLine: Int, links: [MarkdownLink], anchors: Set<String>, excerpt: StoredText, isEmpty: Bool, html: BodyHTML) {
        self.firstLine = firstLine
        self.links = links
        self.anchors = anchors
        storedExcerpt = excerpt
        self.isEmpty = isEmpty
        self.html = html
    }

    /// The file position of a position inside the body.
    public func fileLocation(of position: SourcePosition, file: String) -> SourceLocation {
        SourceLocation(file: file, line: firstLine + max(position.line, 1) - 1, column: max(position.column, 1))
    }
}

/// A body as HTML. Links inside the site are root-relative (`/pogonshchik/research/x/`);
/// feeds make them absolute when they need them (see `FeedLinks`).
///
/// A body reused from the previous build stays as the bytes of its record in the source store
/// until a page or a feed reads it (see `StoredText`).
public struct BodyHTML: Sendable, Hashable {
    var stored: StoredText

    public init(page: String) {
        stored = StoredText(page)
    }

    init(_ stored: StoredText) {
        self.stored = stored
    }

    /// Whether the HTML waits in a clean build's `BodySpill`.
    var isSpilled: Bool { stored.isSpilled }

    public var page: String {
        get { stored.string }
        set { stored = StoredText(newValue) }
    }

    public static func == (lhs: BodyHTML, rhs: BodyHTML) -> Bool {
        lhs.page == rhs.page
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(page)
    }
}

/// The body of a file whose front matter has errors: the file is left out of the site, but
/// its links are still checked, so one run reports every problem of the file.
struct UnlistedBody: Sendable {
    var sourcePath: String
    var file: String
    var body: ParsedBody
}
