/// Turns cmark's (line, byte column) pairs into `SourcePosition`s with
/// scalar columns, reading the source bytes cmark parsed.
///
/// cmark numbers lines the way it splits them (`\n`, `\r\n` and a lone `\r`
/// each end a line), skips a UTF-8 byte order mark before line 1, and counts a
/// NUL byte as the three bytes of the U+FFFD it replaces it with; the map
/// mirrors all three so columns stay right on such input.
///
/// It borrows the bytes: it lives only inside the `withUTF8` call of
/// `MarkdownDocument.init` and never escapes it.
struct SourceLineMap {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The bytes of each line without its line ending; index 0 is line 1.
    /// Built on the first lookup, so documents without links or headings never
    /// pay for it.
    private var lines: [Range<Int>] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The position of a cmark (line, byte column), or nil when cmark gave no
    /// position (0) or one outside the text.
    mutating func position(line: Int, cmarkColumn: Int) -> SourcePosition? {
        guard let offset = byteOffset(line: line, cmarkColumn: cmarkColumn) else { return nil }
        return SourcePosition(line: line, column: scalarColumn(line: line, byteOffset: offset))
    }

    /// The offset in the text of a cmark (line, byte column), clamped to the
    /// line's end. Nil when the line does not exist or the column is 0.
    mutating func byteOffset(line: Int, cmarkColumn: Int) -> Int? {
        guard cmarkColumn > 0, let range = lineRange(line) else { return nil }
        var offset = range.lowerBound
        var cmarkBytes = 1
        while cmarkBytes < cmarkColumn && offset < range.upperBound {
            cmarkBytes += bytes[offset] == 0 ? 3 : 1
            offset += 1
        }
        return offset
    }

    /// The byte at `offset`, if inside the text.
    func byte(at offset: Int) -> UInt8? {
        offset >= 0 && offset < bytes.count ? bytes[offset] : nil
    }

    /// 1-based column of the scalar starting at `byteOffset` on `line`: the
    /// number of scalars before it on the line, plus one.
    mutating func scalarColumn(line: Int, byteOffset: Int) -> Int {
        guard let range = lineRange(line) else { return 1 }
        var column = 1
        var offset = range.lowerBound
        while offset < byteOffset && offset < range.upperBound {
            // Count lead bytes only: UTF-8 continuation bytes are 10xxxxxx.
            if bytes[offset] & 0xC0 != 0x80 { column += 1 }
            offset += 1
        }
        return column
    }

    /// The bytes of a line without its line ending.
    mutating func lineRange(_ line: Int) -> Range<Int>? {
        if lines.isEmpty { lines = Self.lines(of: bytes) }
        guard line >= 1 && line <= lines.count else { return nil }
        return lines[line - 1]
    }

    private static func lines(of bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        lines.reserveCapacity(bytes.count / 32 + 1)
        let hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        var start = hasByteOrderMark ? 3 : 0
        var offset = start
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: "\n"):
                lines.append(start..<offset)
                start = offset + 1
            case UInt8(ascii: "\r"):
                lines.append(start..<offset)
                if offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "\n") { offset += 1 }
                start = offset + 1
            default:
                break
            }
            offset += 1
        }
        // The last line, even when empty: cmark numbers it too.
        lines.append(start..<bytes.count)
        return lines
    }
}
