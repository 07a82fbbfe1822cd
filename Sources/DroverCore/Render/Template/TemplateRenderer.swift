/// Walks parsed templates against typed values and appends the page's bytes to one buffer.
///
/// The rules are swift-mustache 2.1.1's (Template+Render.swift there), which the theme was
/// written against:
/// - a name is looked up from the innermost value outwards; the first value that has its first
///   part answers, and the remaining parts are looked up in that answer only;
/// - a section renders once per item of a list, not at all for `false`, an absent value or an
///   empty list, once (without pushing anything) for `true`, and once with the value pushed for
///   anything else, "" and 0 included;
/// - a partial tag alone on its line indents the partial's output: before each node whose output
///   is not empty, when the output of the same node list so far ends with a line end.
struct TemplateRenderer {
    /// One value of the context stack.
    private enum Frame {
        case value(TemplateValue)
        /// An item of a list a section iterates, read in place.
        case item(any TemplateList, Int)
    }

    let library: TemplateLibrary
    private(set) var output: [UInt8] = []
    private var stack: [Frame] = []

    init(library: TemplateLibrary, capacity: Int = 0) {
        self.library = library
        output.reserveCapacity(capacity)
    }

    /// Renders `nodes` with `root` as the only value of the stack.
    mutating func render(_ nodes: [TemplateNode], root: some TemplateParent) {
        stack = [.value(.context(root))]
        render(nodes, indentation: nil, escapes: true)
        stack = []
    }

    private mutating func render(_ nodes: [TemplateNode], indentation: [UInt8]?, escapes: Bool) {
        var escapes = escapes
        guard let indentation, !indentation.isEmpty else {
            for node in nodes { render(node, indentation: indentation, escapes: &escapes) }
            return
        }
        let start = output.count
        for node in nodes {
            let before = output.count
            render(node, indentation: indentation, escapes: &escapes)
            if output.count > before, endsLine(at: before, after: start) {
                output.insert(contentsOf: indentation, at: before)
            }
        }
    }

    /// Whether the output in `start..<end` ends with "\n" as a character of its own ("\r\n" is one
    /// character, which swift-mustache does not take for "\n").
    private func endsLine(at end: Int, after start: Int) -> Bool {
        end > start && output[end - 1] == UInt8(ascii: "\n") && !(end - 1 > start && output[end - 2] == UInt8(ascii: "\r"))
    }

    private mutating func render(_ node: TemplateNode, indentation: [UInt8]?, escapes: inout Bool) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .variable(let name, let escaped):
            if let value = lookup(name) { append(value, escaped: escaped && escapes) }
        case .section(let name, let body):
            renderSection(lookup(name), body, indentation: indentation, escapes: escapes)
        case .invertedSection(let name, let body):
            renderInvertedSection(lookup(name), body, indentation: indentation, escapes: escapes)
        case .partial(let name, let indented):
            guard let partial = library.templates[name] else { return }
            let combined = indented.map { (indentation ?? []) + $0 } ?? indentation
            // A partial starts escaped whatever the includer set, as in swift-mustache.
            render(partial, indentation: combined, escapes: true)
        case .escaping(let on):
            escapes = on
        }
    }

    private mutating func renderSection(_ value: TemplateValue?, _ body: [TemplateNode], indentation: [UInt8]?, escapes: Bool) {
        switch value {
        case nil, .flag(false):
            return
        case .flag(true):
            render(body, indentation: indentation, escapes: escapes)
        case .list(let list):
            for index in 0..<list.count {
                stack.append(.item(list, index))
                render(body, indentation: indentation, escapes: escapes)
                stack.removeLast()
            }
        case .texts(let texts):
            for text in texts {
                stack.append(.value(.text(text)))
                render(body, indentation: indentation, escapes: escapes)
                stack.removeLast()
            }
        case .text, .number, .context:
            stack.append(.value(value!))
            render(body, indentation: indentation, escapes: escapes)
            stack.removeLast()
        }
    }

    private mutating func renderInvertedSection(_ value: TemplateValue?, _ body: [TemplateNode], indentation: [UInt8]?,
                                                escapes: Bool) {
        switch value {
        case nil, .flag(false):
            render(body, indentation: indentation, escapes: escapes)
        case .list(let list) where list.count == 0:
            stack.append(.value(value!))
            render(body, indentation: indentation, escapes: escapes)
            stack.removeLast()
        case .texts(let texts) where texts.isEmpty:
            stack.append(.value(value!))
            render(body, indentation: indentation, escapes: escapes)
            stack.removeLast()
        case .flag(true), .list, .texts, .text, .number, .context:
            return
        }
    }

    // MARK: Lookup

    private func lookup(_ name: TemplateName) -> TemplateValue? {
        guard let first = name.components.first else { return value(of: stack[stack.count - 1]) }
        var found: TemplateValue?
        if name.anchored {
            found = child(first, of: stack[stack.count - 1])
        } else {
            for frame in stack.reversed() {
                found = child(first, of: frame)
                if found != nil { break }
            }
        }
        for component in name.components.dropFirst() {
            guard case .context(let parent) = found else { return nil }
            found = parent.child(named: component)
        }
        return found
    }

    private func child(_ name: String, of frame: Frame) -> TemplateValue? {
        switch frame {
        case .item(let list, let index): list.child(named: name, at: index)
        case .value(.context(let parent)): parent.child(named: name)
        // Texts, numbers and lists have no keys.
        case .value: nil
        }
    }

    private func value(of frame: Frame) -> TemplateValue {
        switch frame {
        case .item(let list, let index): list.value(at: index)
        case .value(let value): value
        }
    }

    // MARK: Output

    private mutating func append(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .text(let text):
            if escaped { Escaping.appendHTML(text, to: &output) } else { output.append(contentsOf: text.utf8) }
        case .number(let number):
            output.append(contentsOf: String(number).utf8)
        case .flag(let flag):
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        // Nobody prints a context or a list; swift-mustache wrote Swift's description of it.
        case .context(let parent):
            appendDescription(of: parent, escaped: escaped)
        case .list(let list):
            appendDescription(of: list, escaped: escaped)
        case .texts(let texts):
            appendDescription(of: texts, escaped: escaped)
        }
    }

    private mutating func appendDescription(of value: Any, escaped: Bool) {
        append(.text(String(describing: value)), escaped: escaped)
    }
}
