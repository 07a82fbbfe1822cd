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

    /// Scans bytes, not Characters: in Swift "\r\n" is one Character, and files written on
    /// Windows must split exactly like the others.
    public static func split(_ text: String) -> Result<FrontMatter, Problem> {
        let utf8 = text.utf8
        var start = utf8.startIndex
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { start = utf8.index(start, offsetBy: 3) }

        var lineStart = start
        var line = 1
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let newline = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n"))
            let lineEnd = newline ?? utf8.endIndex
            let next = newline.map { utf8.index(after: $0) } ?? utf8.endIndex
            let isFence = Self.isFence(utf8[lineStart..<lineEnd], closing: yamlStart != nil)
            if yamlStart == nil {
                guard isFence else { return .failure(.missing) }
                yamlStart = next
            } else if isFence {
                return .success(FrontMatter(yaml: text[yamlStart!..<lineStart], body: text[next...], bodyFirstLine: line + 1))
            }
            line += 1
            lineStart = next
        }
        return .failure(yamlStart == nil ? .missing : .unterminated)
    }

    /// `---` (or `...` when closing), ignoring trailing spaces, tabs and a carriage return.
    private static func isFence(_ line: Substring.UTF8View.SubSequence, closing: Bool) -> Bool {
        var bytes = Array(line)
        while let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0D { bytes.removeLast() }
        return bytes == Array("---".utf8) || (closing && bytes == Array("...".utf8))
    }
}
