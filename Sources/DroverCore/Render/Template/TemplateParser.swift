/// Parses Mustache text into `TemplateNode`s, exactly as swift-mustache 2.1.1 tokenises it
/// (Template+Parser.swift there, Apache-2.0): the same standalone-line rules, the same
/// whitespace kept before tags, the same delimiters. Pages must stay byte-identical to what the
/// theme rendered with swift-mustache, so this follows its control flow step by step rather
/// than the spec's prose; the differential test holds the two together.
///
/// What swift-mustache has and the theme does not use is refused with an error naming the
/// place: transforms (`{{uppercased(x)}}`), template inheritance (`{{< }}`, `{{$ }}`), dynamic
/// partials (`{{>*name}}`). A partial the theme lacks is refused by `TemplateLibrary`.
struct TemplateParser {
    /// A template's nodes, and where it includes each partial (checked once the theme is loaded).
    struct Parsed: Sendable {
        var nodes: [TemplateNode]
        var partials: [PartialReference]
    }

    struct PartialReference: Sendable {
        var name: String
        var line: Int
        var column: Int
    }

    private var scanner: TemplateScanner
    private var partials: [PartialReference] = []

    /// The template's nodes, or the first error with its line and column.
    static func parse(_ text: String) throws(TemplateParseError) -> Parsed {
        var parser = TemplateParser(scanner: TemplateScanner(text))
        do {
            let nodes = try parser.parse(State())
            return Parsed(nodes: nodes, partials: parser.partials)
        } catch let problem as TemplateParseError.Problem {
            throw parser.scanner.error(problem)
        } catch {
            throw parser.scanner.error(.unfinishedTag)
        }
    }

    private struct State {
        var sectionName: String?
        /// At the start of a line: the whitespace before a tag may belong to a standalone line.
        var newLine = true
        var startDelimiter: [Character] = ["{", "{"]
        var endDelimiter: [Character] = ["}", "}"]
    }

    private mutating func parse(_ initial: State) throws -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var state = initial
        var whiteSpaceBefore = ""
        func flushWhiteSpace() {
            if !whiteSpaceBefore.isEmpty {
                nodes.append(.text(Array(whiteSpaceBefore.utf8)))
                whiteSpaceBefore = ""
            }
        }
        while !scanner.reachedEnd {
            if state.newLine {
                whiteSpaceBefore = scanner.read { $0 == " " || $0 == "\t" }
            }
            let text = try readUntilDelimiterOrNewline(state)
            if scanner.current.isNewline {
                nodes.append(.text(Array((whiteSpaceBefore + text + String(scanner.current)).utf8)))
                state.newLine = true
                scanner.advance()
                continue
            }
            // A tag: the text before it is a node of its own.
            if !text.isEmpty {
                nodes.append(.text(Array((whiteSpaceBefore + text).utf8)))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if scanner.reachedEnd { break }
            var setNewLine = false
            switch scanner.current {
            case "#", "^":
                let inverted = scanner.current == "^"
                scanner.advance()
                let name = try readName(state)
                if isStandalone(state) {
                    setNewLine = true
                } else {
                    flushWhiteSpace()
                }
                var inner = state
                inner.sectionName = name
                if !setNewLine { inner.newLine = false }
                let body = try parse(inner)
                nodes.append(inverted ? .invertedSection(TemplateName(name), body) : .section(TemplateName(name), body))
            case "/":
                scanner.advance()
                let position = scanner.position
                let name = try readName(state)
                guard name == state.sectionName else {
                    scanner.position = position
                    throw state.sectionName.map { TemplateParseError.Problem.mismatchedClose(expected: $0, found: name) }
                        ?? .unopenedClose(name)
                }
                if !isStandalone(state) { flushWhiteSpace() }
                return nodes
            case "!":
                scanner.advance()
                try scanner.skip(past: state.endDelimiter, orThrow: .unfinishedComment)
                setNewLine = isStandalone(state)
            case "{", "&":
                flushWhiteSpace()
                let triple = scanner.current == "{"
                scanner.advance()
                let name = try readName(state)
                if triple {
                    guard scanner.current == "}" else { throw TemplateParseError.Problem.unfinishedTag }
                    scanner.advance()
                }
                nodes.append(.variable(TemplateName(name), escaped: false))
            case ">":
                let place = scanner.location
                scanner.advance()
                _ = scanner.read { $0.isWhitespace }
                if scanner.current == "*" { throw TemplateParseError.Problem.unsupported("dynamic partials ({{>*name}})") }
                let name = try readPartialName(state)
                // Where the tag opens, before its start delimiter.
                partials.append(PartialReference(name: name, line: place.line, column: place.column - state.startDelimiter.count))
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(Array(whiteSpaceBefore.utf8))) }
                if isStandalone(state) {
                    setNewLine = true
                    nodes.append(.partial(name, indentation: Array(whiteSpaceBefore.utf8)))
                } else {
                    nodes.append(.partial(name, indentation: nil))
                }
                whiteSpaceBefore = ""
            case "<", "$":
                throw TemplateParseError.Problem.unsupported("template inheritance ({{<name}} and {{$name}})")
            case "=":
                scanner.advance()
                state = try readDelimiters(state)
                setNewLine = isStandalone(state)
            case "%":
                scanner.advance()
                nodes.append(try readPragma(state))
                setNewLine = isStandalone(state)
            default:
                flushWhiteSpace()
                nodes.append(.variable(TemplateName(try readName(state)), escaped: true))
            }
            state.newLine = setNewLine
        }
        if let open = state.sectionName { throw TemplateParseError.Problem.unclosedSection(open) }
        return nodes
    }

    /// Text up to the next start delimiter (consumed) or line end (not consumed).
    private mutating func readUntilDelimiterOrNewline(_ state: State) throws -> String {
        let first = state.startDelimiter[0]
        var text = ""
        while !scanner.reachedEnd {
            text += scanner.read { $0 != "\n" && $0 != "\r\n" && $0 != first }
            if scanner.current.isNewline { break }
            if scanner.current == first {
                if scanner.read(state.startDelimiter) { break }
                text.append(first)
                scanner.advance()
            }
        }
        return text
    }

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameCharacters = nameCharacters.union("/")

    private mutating func readName(_ state: State) throws -> String {
        _ = scanner.read { $0.isWhitespace }
        let name = scanner.read { Self.nameCharacters.contains($0) }
        _ = scanner.read { $0.isWhitespace }
        guard scanner.read(state.endDelimiter) else { throw TemplateParseError.Problem.unfinishedTag }
        if name.contains("(") || name.contains(")") { throw TemplateParseError.Problem.unsupported("transforms like name(value)") }
        return name
    }

    private mutating func readPartialName(_ state: State) throws -> String {
        _ = scanner.read { $0.isWhitespace }
        let name = scanner.read { Self.partialNameCharacters.contains($0) }
        _ = scanner.read { $0.isWhitespace }
        guard scanner.read(state.endDelimiter) else { throw TemplateParseError.Problem.unfinishedTag }
        return name
    }

    /// `{{=<% %>=}}`.
    private mutating func readDelimiters(_ state: State) throws -> State {
        _ = scanner.read { $0.isWhitespace }
        let start = scanner.read { !$0.isWhitespace }
        guard !scanner.reachedEnd else { throw TemplateParseError.Problem.invalidDelimiters }
        _ = scanner.read { $0.isWhitespace }
        let end = scanner.read { $0 != "=" && !$0.isWhitespace }
        guard !scanner.reachedEnd else { throw TemplateParseError.Problem.invalidDelimiters }
        _ = scanner.read { $0.isWhitespace }
        guard scanner.current == "=" else { throw TemplateParseError.Problem.invalidDelimiters }
        scanner.advance()
        guard scanner.read(state.endDelimiter), !start.isEmpty, !end.isEmpty else { throw TemplateParseError.Problem.invalidDelimiters }
        var next = state
        next.startDelimiter = Array(start)
        next.endDelimiter = Array(end)
        return next
    }

    /// `{{% CONTENT_TYPE: HTML}}` (or TEXT, or DROVER_HTML, which themes written for the
    /// swift-mustache engine carried): escaping on or off for the rest of the node list.
    private mutating func readPragma(_ state: State) throws -> TemplateNode {
        let word = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
        _ = scanner.read { $0.isWhitespace }
        let variable = scanner.read { word.contains($0) }
        _ = scanner.read { $0.isWhitespace }
        guard scanner.current == ":" else { throw TemplateParseError.Problem.invalidPragma }
        scanner.advance()
        _ = scanner.read { $0.isWhitespace }
        let value = scanner.read { word.contains($0) }
        _ = scanner.read { $0.isWhitespace }
        guard scanner.read(state.endDelimiter), !variable.isEmpty, !value.isEmpty else { throw TemplateParseError.Problem.invalidPragma }
        guard variable == "CONTENT_TYPE" else { throw TemplateParseError.Problem.unknownPragma(variable) }
        switch value {
        case "HTML", "DROVER_HTML": return .escaping(true)
        case "TEXT": return .escaping(false)
        default: throw TemplateParseError.Problem.unknownPragma("CONTENT_TYPE: " + value)
        }
    }

    /// A tag alone on its line: only whitespace before it (`state.newLine`) and after it up to
    /// the line end, which is then consumed.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if scanner.reachedEnd { return true }
        var ahead = scanner
        _ = ahead.read { $0 == " " || $0 == "\t" }
        guard ahead.current.isNewline else { return false }
        ahead.advance()
        scanner.position = ahead.position
        return true
    }
}
