/// The line and column of a byte offset in UTF-8 text, for places found by searching bytes
/// (a link in a built page, a raw-HTML link in a Markdown file).
enum TextPosition {
    /// 1-based line and column; the column counts characters (Unicode scalars), not bytes.
    static func of(byteOffset offset: Int, in bytes: some Sequence<UInt8>) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1  // continuation bytes of a UTF-8 character do not start a column
            }
        }
        return (line, column)
    }
}
