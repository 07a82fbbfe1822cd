import CCmark

/// A Markdown document's structure as plain Swift values: headings, paragraphs, lists and
/// their items, with the inline content of each and the line every block starts on.
///
/// The build only needs a body's links, headings and text (`MarkdownDocument`); reading an
/// awesome list needs its shape, which item holds which link under which heading. Copying
/// the tree out of cmark keeps every cmark pointer inside this file, and the tree is built
/// with cmark's iterator and an explicit stack, so a list nested ten thousand deep cannot
/// overflow the call stack.
struct MarkdownOutline: Sendable {
    var blocks: [MarkdownBlock]

    init(parsing text: String) {
        var source = text
        let flags = MarkdownOptions().cmarkFlags
        blocks = source.withUTF8 { bytes -> [MarkdownBlock] in
            let parsed = bytes.withMemoryRebound(to: CChar.self) { chars in
                chars.baseAddress.map { cmark_parse_document($0, chars.count, flags) } ?? cmark_parse_document("", 0, flags)
            }
            guard let root = parsed else { fatalError("cmark could not allocate a document") }
            defer { cmark_node_free(root) }
            var lines = SourceLineMap(bytes: bytes)
            return OutlineBuilder.blocks(of: root, source: &lines)
        }
    }
}

/// A block of the outline; `line` is where it starts in the source (1-based).
indirect enum MarkdownBlock: Sendable, Equatable {
    case heading(level: Int, inlines: [MarkdownInline], line: Int)
    case paragraph(inlines: [MarkdownInline], line: Int)
    case list(items: [MarkdownListItem], line: Int)
    /// Raw HTML, as written.
    case html(String, line: Int)
    case code(info: String, literal: String, line: Int)
    case quote([MarkdownBlock], line: Int)
    case thematicBreak(line: Int)

    var line: Int {
        switch self {
        case .heading(_, _, let line), .paragraph(_, let line), .list(_, let line), .html(_, let line),
             .code(_, _, let line), .quote(_, let line), .thematicBreak(let line):
            return line
        }
    }
}

struct MarkdownListItem: Sendable, Equatable {
    var line: Int
    var blocks: [MarkdownBlock]
}

/// Inline content. Links and images carry where they start, for reports that name a line.
indirect enum MarkdownInline: Sendable, Equatable {
    case text(String)
    case code(String)
    /// Inline raw HTML, one tag at a time (`<a href="…">`, `</a>`), as cmark splits it.
    case html(String)
    case softBreak
    case lineBreak
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case link(destination: String, title: String, children: [MarkdownInline], position: SourcePosition)
    case image(destination: String, title: String, children: [MarkdownInline], position: SourcePosition)
}

extension Array where Element == MarkdownInline {
    /// What a reader sees: text and code, image descriptions, breaks as spaces; no HTML.
    var plainText: String {
        var result = ""
        for inline in self {
            switch inline {
            case .text(let text), .code(let text): result += text
            case .html: break
            case .softBreak, .lineBreak: result += " "
            case .emphasis(let children), .strong(let children), .link(_, _, let children, _), .image(_, _, let children, _):
                result += children.plainText
            }
        }
        return result
    }
}

/// Walks a cmark tree once and copies it into `MarkdownBlock` values.
private enum OutlineBuilder {
    /// A container being filled: what it is and what has been collected inside it so far.
    struct Frame {
        enum Kind {
            case document, quote, list, item, paragraph, heading(Int), emphasis, strong
            case link(String, String, SourcePosition), image(String, String, SourcePosition)
            /// Custom nodes never come from parsing; their children go to the parent.
            case transparent
        }
        var kind: Kind
        var line: Int
        var blocks: [MarkdownBlock] = []
        var inlines: [MarkdownInline] = []
        var items: [MarkdownListItem] = []
    }

    static func blocks(of root: OpaquePointer, source: inout SourceLineMap) -> [MarkdownBlock] {
        guard let iterator = cmark_iter_new(root) else { fatalError("cmark could not allocate an iterator") }
        defer { cmark_iter_free(iterator) }
        var stack: [Frame] = []
        // The paragraph or heading being walked: where its links' positions are checked.
        var inlineContainer: OpaquePointer?

        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let line = Int(cmark_node_get_start_line(node))
            func literal() -> String { cmark_node_get_literal(node).map { String(cString: $0) } ?? "" }

            if event == CMARK_EVENT_EXIT {
                guard let finished = stack.popLast() else { continue }
                if type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING { inlineContainer = nil }
                if stack.isEmpty { return finished.blocks }
                attach(finished, to: &stack[stack.count - 1])
                continue
            }
            // Leaves arrive once, as an ENTER; containers get a frame until their EXIT.
            switch type {
            case CMARK_NODE_TEXT: stack[stack.count - 1].inlines.append(.text(literal()))
            case CMARK_NODE_CODE: stack[stack.count - 1].inlines.append(.code(literal()))
            case CMARK_NODE_HTML_INLINE: stack[stack.count - 1].inlines.append(.html(literal()))
            case CMARK_NODE_SOFTBREAK: stack[stack.count - 1].inlines.append(.softBreak)
            case CMARK_NODE_LINEBREAK: stack[stack.count - 1].inlines.append(.lineBreak)
            case CMARK_NODE_HTML_BLOCK: stack[stack.count - 1].blocks.append(.html(literal(), line: line))
            case CMARK_NODE_THEMATIC_BREAK: stack[stack.count - 1].blocks.append(.thematicBreak(line: line))
            case CMARK_NODE_CODE_BLOCK:
                let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
                stack[stack.count - 1].blocks.append(.code(info: info, literal: literal(), line: line))
            case CMARK_NODE_DOCUMENT: stack.append(Frame(kind: .document, line: line))
            case CMARK_NODE_BLOCK_QUOTE: stack.append(Frame(kind: .quote, line: line))
            case CMARK_NODE_LIST: stack.append(Frame(kind: .list, line: line))
            case CMARK_NODE_ITEM: stack.append(Frame(kind: .item, line: line))
            case CMARK_NODE_PARAGRAPH:
                inlineContainer = node
                stack.append(Frame(kind: .paragraph, line: line))
            case CMARK_NODE_HEADING:
                inlineContainer = node
                stack.append(Frame(kind: .heading(Int(cmark_node_get_heading_level(node))), line: line))
            case CMARK_NODE_EMPH: stack.append(Frame(kind: .emphasis, line: line))
            case CMARK_NODE_STRONG: stack.append(Frame(kind: .strong, line: line))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let isImage = type == CMARK_NODE_IMAGE
                let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let title = cmark_node_get_title(node).map { String(cString: $0) } ?? ""
                let position = LinkSourcePosition.resolve(link: node, isImage: isImage, container: inlineContainer, in: &source)
                stack.append(Frame(kind: isImage ? .image(destination, title, position) : .link(destination, title, position), line: line))
            default:
                stack.append(Frame(kind: .transparent, line: line))
            }
        }
        return stack.first?.blocks ?? []
    }

    /// Adds a finished container to the one around it.
    private static func attach(_ frame: Frame, to parent: inout Frame) {
        switch frame.kind {
        case .document, .transparent:
            parent.blocks += frame.blocks
            parent.inlines += frame.inlines
            parent.items += frame.items
        case .quote: parent.blocks.append(.quote(frame.blocks, line: frame.line))
        case .list: parent.blocks.append(.list(items: frame.items, line: frame.line))
        case .item: parent.items.append(MarkdownListItem(line: frame.line, blocks: frame.blocks))
        case .paragraph: parent.blocks.append(.paragraph(inlines: frame.inlines, line: frame.line))
        case .heading(let level): parent.blocks.append(.heading(level: level, inlines: frame.inlines, line: frame.line))
        case .emphasis: parent.inlines.append(.emphasis(frame.inlines))
        case .strong: parent.inlines.append(.strong(frame.inlines))
        case .link(let destination, let title, let position):
            parent.inlines.append(.link(destination: destination, title: title, children: frame.inlines, position: position))
        case .image(let destination, let title, let position):
            parent.inlines.append(.image(destination: destination, title: title, children: frame.inlines, position: position))
        }
    }
}
