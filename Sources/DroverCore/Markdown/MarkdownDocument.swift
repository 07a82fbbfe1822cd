import CCmark

/// A parsed Markdown document: the only owner of its cmark tree.
///
/// It is non-copyable so that exactly one value owns the C tree and `deinit`
/// frees it exactly once; no cmark pointer ever leaves this type. Links,
/// headings and plain text are collected in one walk at parse time, so reading
/// them is free. Rendering only reads the tree (cmark's renderer does not
/// modify it) and `rewriteLinks` is `mutating`, so Swift's exclusivity rules
/// already keep writers apart; that is why the type can be `Sendable` and be
/// moved to, or parsed on, any thread. Separate documents share nothing
/// (cmark keeps no global parser state), so they can be used in parallel.
///
/// Pass it as `borrowing` (to read) or `inout` (to rewrite links).
public struct MarkdownDocument: ~Copyable {
    private let root: OpaquePointer
    public let options: MarkdownOptions
    /// All links and images, in document order. After `rewriteLinks` they
    /// carry the new destinations.
    public private(set) var links: [MarkdownLink]
    /// All headings, in document order, with de-duplicated anchors.
    public let headings: [MarkdownHeading]
    /// The text content with whitespace collapsed (blocks are separated by a
    /// space); raw HTML is left out, code is kept. For excerpts and feeds.
    public let plainText: String
    /// cmark's node of each entry in `links`, same indices.
    private let linkNodes: [OpaquePointer]

    public init(parsing text: String, options: MarkdownOptions = .init()) {
        self.options = options
        var source = text
        let flags = options.cmarkFlags
        let (root, scan) = source.withUTF8 { bytes -> (OpaquePointer, DocumentScan) in
            // An empty String may have no storage at all; cmark wants a pointer.
            let parsed = bytes.withMemoryRebound(to: CChar.self) { chars in
                if let start = chars.baseAddress {
                    return cmark_parse_document(start, chars.count, flags)
                }
                return cmark_parse_document("", 0, flags)
            }
            guard let parsed else { fatalError("cmark could not allocate a document") }
            var lines = SourceLineMap(bytes: bytes)
            return (parsed, DocumentScan(root: parsed, source: &lines, sourceLength: bytes.count))
        }
        if options.headingAnchors {
            for (node, heading) in zip(scan.headingNodes, scan.headings) {
                HeadingElements.replace(heading: node, level: heading.level, anchor: heading.anchor)
            }
        }
        self.root = root
        self.links = scan.links
        self.linkNodes = scan.linkNodes
        self.headings = scan.headings
        self.plainText = scan.plainText
    }

    deinit {
        cmark_node_free(root)
    }

    /// Replaces link and image destinations: `transform` gets each link, in
    /// document order, and returns its new destination, or nil to keep it.
    /// Safe mode still applies when rendering, so a rewrite cannot smuggle in
    /// a `javascript:` URL.
    public mutating func rewriteLinks(_ transform: (MarkdownLink) throws -> String?) rethrows {
        for index in links.indices {
            guard let destination = try transform(links[index]) else { continue }
            // cmark copies the string.
            cmark_node_set_url(linkNodes[index], destination)
            links[index].destination = destination
        }
    }

    /// The document as HTML. Without `allowRawHTML`, raw HTML is replaced by
    /// `<!-- raw HTML omitted -->` and unsafe link schemes by empty URLs; with
    /// `headingAnchors`, headings are rendered `<h2 id="anchor">…</h2>`.
    public func renderHTML() -> String {
        guard let html = cmark_render_html(root, options.cmarkFlags) else { return "" }
        defer { cmark_get_default_mem_allocator().pointee.free(html) }
        return String(cString: html)
    }
}
