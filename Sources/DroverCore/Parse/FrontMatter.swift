/// Splits a Markdown file into its YAML front matter and its body.
///
/// The front matter sits between a first line `---` and the next line that is `---`
/// (or YAML's own document end, `...`). Line numbers are kept so that a YAML error on
/// the front matter's line 2 is reported on the file's line 3.
public struct FrontMatter: Sendable {
    public enum Problem: Error, Equatable, Sendable {
        case missing        // the file does not start with ---
        case unterminated   // no closing ---
    }

    /// The YAML between the fences.
    public var yaml: Substring
    /// The Markdown after the closing fence.
    public var body: Substring
    /// File line of the YAML's first line (2, since the opening fence is line 1).
    public let yamlFirstLine = 2
    /// File line of the body's first line.
    public var bodyFirstLine: Int

    public static func split(_ text: String) -> Result<FrontMatter, Problem> {
        var rest = text[...]
        if rest.hasPrefix("\u{FEFF}") { rest = rest.dropFirst() }
        guard let firstBreak = rest.firstIndex(of: "\n"),
              rest[rest.startIndex..<firstBreak].trimmingTrailingWhitespace() == "---"
        else {
            return rest.trimmingTrailingWhitespace() == "---" ? .failure(.unterminated) : .failure(.missing)
        }
        let yamlStart = rest.index(after: firstBreak)
        var lineStart = yamlStart
        var line = 2
        while lineStart < rest.endIndex {
            let lineEnd = rest[lineStart...].firstIndex(of: "\n") ?? rest.endIndex
            let content = rest[lineStart..<lineEnd].trimmingTrailingWhitespace()
            if content == "---" || content == "..." {
                let bodyStart = lineEnd < rest.endIndex ? rest.index(after: lineEnd) : lineEnd
                return .success(FrontMatter(yaml: rest[yamlStart..<lineStart], body: rest[bodyStart...], bodyFirstLine: line + 1))
            }
            line += 1
            lineStart = lineEnd < rest.endIndex ? rest.index(after: lineEnd) : lineEnd
        }
        return .failure(.unterminated)
    }
}

extension Substring {
    /// Fences may carry trailing spaces or a Windows line ending.
    func trimmingTrailingWhitespace() -> Substring {
        var end = endIndex
        while end > startIndex {
            let previous = index(before: end)
            guard self[previous] == " " || self[previous] == "\t" || self[previous] == "\r" else { break }
            end = previous
        }
        return self[startIndex..<end]
    }
}
