import Foundation

/// What the pipeline keeps of a Markdown body after parsing it once: enough to validate
/// links into and out of it, and to list it, without holding the document in memory.
public struct ParsedBody: Sendable {
    /// File line of the body's first line.
    public var firstLine: Int
    public var links: [MarkdownLink]
    public var anchors: Set<String>
    /// The start of the plain text (at most `excerptLimit` characters), for excerpts and descriptions.
    public var excerpt: String
    static let excerptLimit = 400
    public var isEmpty: Bool
    /// The body rendered once, at parse time, with its links already pointing at site URLs.
    public var html: BodyHTML

    public init(firstLine: Int, links: [MarkdownLink], anchors: Set<String>, excerpt: String, isEmpty: Bool, html: BodyHTML) {
        self.firstLine = firstLine
        self.links = links
        self.anchors = anchors
        self.excerpt = excerpt
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
/// A body reused from the previous build stays as the UTF-8 bytes of its record in the source
/// store (a slice of the memory-mapped file) until a page or a feed reads it: an edit build
/// renders a handful of the 10,000 bodies it reuses, and decoding them all was most of its work.
public struct BodyHTML: Sendable, Hashable {
    private enum Storage: Sendable {
        case text(String)
        case utf8(Data)
    }

    private var storage: Storage

    public init(page: String) {
        storage = .text(page)
    }

    /// HTML kept as bytes that are known to be the UTF-8 of a string: those of a source-store
    /// record whose checksum matched, i.e. the bytes a `String` wrote (see `SourceStore`).
    init(utf8 bytes: Data) {
        storage = .utf8(bytes)
    }

    public var page: String {
        get {
            switch storage {
            case .text(let text): text
            case .utf8(let bytes): bytes.withUnsafeBytes { String(decoding: $0.assumingMemoryBound(to: UInt8.self), as: UTF8.self) }
            }
        }
        set { storage = .text(newValue) }
    }

    /// Whether the HTML is still undecoded bytes (for tests).
    var isUndecoded: Bool {
        if case .utf8 = storage { true } else { false }
    }

    /// The HTML's UTF-8 bytes, without making a `String` of them when they are kept as bytes.
    func withUTF8<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        switch storage {
        case .text(var text): try text.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
        case .utf8(let bytes): try bytes.withUnsafeBytes(body)
        }
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
