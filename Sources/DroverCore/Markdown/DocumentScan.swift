import CCmark

/// One walk over a freshly parsed cmark tree that collects everything
/// `MarkdownDocument` exposes — links, headings, plain text — so none of it is
/// recomputed on access and the tree is traversed once per document.
struct DocumentScan {
    var links: [MarkdownLink] = []
    /// The cmark node of each entry in `links`, for `rewriteLinks`.
    var linkNodes: [OpaquePointer] = []
    var headings: [MarkdownHeading] = []
    /// The cmark node of each entry in `headings`, for id injection.
    var headingNodes: [OpaquePointer] = []
    var plainText: String = ""

    init(root: OpaquePointer, source: inout SourceLineMap, sourceLength: Int) {
        var text = CollapsedText(capacity: sourceLength)
        var anchors = HeadingAnchor.Registry()
        // The paragraph or heading being walked: the fallback position of its links.
        var inlineContainer: OpaquePointer?
        var heading: HeadingText?
        // Where the heading being walked starts in `text`: whether it added any.
        var headingTextStart = 0
        var imageDepth = 0

        guard let iterator = cmark_iter_new(root) else { fatalError("cmark could not allocate an iterator") }
        defer { cmark_iter_free(iterator) }

        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let entering = event == CMARK_EVENT_ENTER

            if Self.isBlock(type) {
                text.appendSpace()
            }

            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                guard let literal = cmark_node_get_literal(node) else { break }
                text.append(cString: literal)
                heading?.append(literal, toAnchor: imageDepth == 0)
            case CMARK_NODE_CODE_BLOCK:
                if let literal = cmark_node_get_literal(node) { text.append(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text.appendSpace()
                heading?.appendBreak()
            case CMARK_NODE_PARAGRAPH:
                inlineContainer = entering ? node : nil
            case CMARK_NODE_HEADING:
                if entering {
                    inlineContainer = node
                    heading = HeadingText()
                    headingTextStart = text.count
                } else if let finished = heading {
                    if text.count > headingTextStart { text.endSentence() }
                    let position = source.position(
                        line: Int(cmark_node_get_start_line(node)),
                        cmarkColumn: Int(cmark_node_get_start_column(node))
                    ) ?? SourcePosition(line: 1, column: 1)
                    headings.append(MarkdownHeading(
                        level: Int(cmark_node_get_heading_level(node)),
                        text: finished.text,
                        anchor: anchors.claim(HeadingAnchor.slug(finished.anchorSource)),
                        position: position
                    ))
                    headingNodes.append(node)
                    heading = nil
                    inlineContainer = nil
                }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let isImage = type == CMARK_NODE_IMAGE
                if isImage { imageDepth += entering ? 1 : -1 }
                guard entering else { break }
                let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let position = LinkSourcePosition.resolve(
                    link: node, isImage: isImage, container: inlineContainer, in: &source)
                links.append(MarkdownLink(destination: destination, position: position, isImage: isImage))
                linkNodes.append(node)
            default:
                break
            }
        }
        plainText = text.string
    }

    private static func isBlock(_ type: cmark_node_type) -> Bool {
        type.rawValue >= CMARK_NODE_FIRST_BLOCK.rawValue && type.rawValue <= CMARK_NODE_LAST_BLOCK.rawValue
    }
}

/// The text of the heading being walked, in two forms: what readers see, and
/// what GitHub builds the anchor from (the text of its rendered HTML, which
/// has no image alt text and nothing for line breaks).
private struct HeadingText {
    var text = ""
    var anchorSource = ""

    mutating func append(_ literal: UnsafePointer<CChar>, toAnchor: Bool) {
        let string = String(cString: literal)
        text += string
        if toAnchor { anchorSource += string }
    }

    mutating func appendBreak() {
        text += " "
    }
}
