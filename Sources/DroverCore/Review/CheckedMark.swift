/// `drover review --checked`: records that a person looked at an entry today by setting its
/// `updated:` date, and changes no other byte of the file (not its comments, its key order, its
/// line endings), so the commit shows exactly one line.
public enum CheckedMark {
    public enum Problem: Error, Equatable, Sendable {
        /// The file does not start with a front matter (`---`) or never closes it.
        case noFrontMatter
        /// `updated:` is written more than once, and which one counts is not ours to guess.
        case repeatedUpdated(lines: [Int])

        public var message: String {
            switch self {
            case .noFrontMatter: "has no front matter between --- lines, so it is not an entry"
            case .repeatedUpdated(let lines):
                "has 'updated:' on lines \(lines.map(String.init).joined(separator: " and ")); keep one and run again"
            }
        }
    }

    /// `bytes` with `updated: <today>`: the existing `updated:` line replaced, else a line added
    /// after `added:`, else one before the closing fence. Each new line ends as the file's
    /// lines do (`\r\n` in a file written on Windows).
    public static func apply(to bytes: [UInt8], today: ISODate) -> Result<[UInt8], Problem> {
        let lines = Self.lines(of: bytes)
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let firstStart = bytes.starts(with: bom) ? 3 : 0
        guard let first = lines.first, isFence(bytes[firstStart..<first.contentEnd], closing: false) else { return .failure(.noFrontMatter) }
        guard let closing = lines.indices.dropFirst().first(where: { isFence(bytes[lines[$0].start..<lines[$0].contentEnd], closing: true) }) else {
            return .failure(.noFrontMatter)
        }
        let yamlLines = Array(lines.indices[1..<closing])
        let updated = yamlLines.filter { startsWithKey("updated", bytes[lines[$0].start..<lines[$0].contentEnd]) }
        guard updated.count <= 1 else { return .failure(.repeatedUpdated(lines: updated.map { $0 + 1 })) }
        let newline: [UInt8] = first.lineEnd - first.contentEnd == 2 ? [0x0D, 0x0A] : [0x0A]
        let field = Array("updated: \(today)".utf8)
        var out = bytes
        if let line = updated.first {
            out.replaceSubrange(lines[line].start..<lines[line].contentEnd, with: field)
        } else if let added = yamlLines.last(where: { startsWithKey("added", bytes[lines[$0].start..<lines[$0].contentEnd]) }) {
            let line = lines[added]
            // The last line of a file may have no newline; this one is followed by the fence.
            out.insert(contentsOf: field + newline, at: line.lineEnd)
        } else {
            out.insert(contentsOf: field + newline, at: lines[closing].start)
        }
        return .success(out)
    }

    private struct Line {
        var start: Int
        /// Where the line's text ends, before `\r\n` or `\n`.
        var contentEnd: Int
        /// After its newline.
        var lineEnd: Int
    }

    private static func lines(of bytes: [UInt8]) -> [Line] {
        var lines: [Line] = []
        var start = 0
        while start < bytes.count {
            let newline = bytes[start...].firstIndex(of: 0x0A)
            let end = newline.map { $0 + 1 } ?? bytes.count
            var contentEnd = newline ?? bytes.count
            if contentEnd > start, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
            lines.append(Line(start: start, contentEnd: contentEnd, lineEnd: end))
            start = end
        }
        return lines
    }

    /// `---` with trailing blanks, as `FrontMatter` reads a fence (`...` closes YAML too).
    private static func isFence(_ line: ArraySlice<UInt8>, closing: Bool) -> Bool {
        var trimmed = Array(line)
        while let last = trimmed.last, last == 0x20 || last == 0x09 { trimmed.removeLast() }
        return trimmed == Array("---".utf8) || (closing && trimmed == Array("...".utf8))
    }

    /// A top-level `key:` (not indented, so a nested mapping's key of the same name is not it).
    private static func startsWithKey(_ key: String, _ line: ArraySlice<UInt8>) -> Bool {
        let prefix = Array(key.utf8)
        guard line.starts(with: prefix) else { return false }
        var rest = line.dropFirst(prefix.count)
        while let byte = rest.first, byte == 0x20 || byte == 0x09 { rest = rest.dropFirst() }
        return rest.first == UInt8(ascii: ":")
    }
}
