/// Reads template text character by character (grapheme clusters, as swift-mustache does, so
/// that "\r\n" is one line end and columns count what an editor shows).
struct TemplateScanner {
    let text: String
    var position: String.Index

    init(_ text: String) {
        self.text = text
        position = text.startIndex
    }

    var reachedEnd: Bool { position == text.endIndex }

    /// The character at the position; "\0" at the end.
    var current: Character { reachedEnd ? "\0" : text[position] }

    mutating func advance() {
        position = text.index(after: position)
    }

    /// The characters from the position while `matches` holds, consumed.
    mutating func read(while matches: (Character) -> Bool) -> String {
        let start = position
        while !reachedEnd, matches(text[position]) { advance() }
        return String(text[start..<position])
    }

    /// Whether `characters` come next; consumed if they do.
    mutating func read(_ characters: [Character]) -> Bool {
        var ahead = position
        for character in characters {
            guard ahead < text.endIndex, text[ahead] == character else { return false }
            ahead = text.index(after: ahead)
        }
        position = ahead
        return true
    }

    /// Moves past the next occurrence of `delimiter` (a comment's end). Like swift-mustache, a
    /// partial match restarts at the next character, not inside the match.
    mutating func skip(past delimiter: [Character], orThrow problem: TemplateParseError.Problem) throws(TemplateParseError.Problem) {
        let start = position
        var matched = 0
        while !reachedEnd {
            if text[position] == delimiter[matched] {
                matched += 1
                if matched == delimiter.count {
                    advance()
                    return
                }
            } else {
                matched = 0
            }
            advance()
        }
        position = start
        throw problem
    }

    /// `problem` at the position.
    func error(_ problem: TemplateParseError.Problem) -> TemplateParseError {
        let (line, column) = location
        return TemplateParseError(line: line, column: column, problem: problem)
    }

    /// The position's line and column, from 1, counted as swift-mustache counts them.
    var location: (line: Int, column: Int) {
        var column = 1
        var index = position
        while index > text.startIndex {
            index = text.index(before: index)
            if text[index] == "\n" { break }
            column += 1
        }
        let line = text[..<position].reduce(1) { $1.isNewline ? $0 + 1 : $0 }
        return (line, column)
    }
}
