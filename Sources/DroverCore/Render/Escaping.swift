/// Escaping for text placed into HTML pages and XML feeds/sitemaps.
///
/// Both functions escape quotes too, so the result is safe inside attribute
/// values as well as element content; templates never need to know which.
public enum Escaping {
    /// Escapes `& < > " '` as `&amp; &lt; &gt; &quot; &#39;`.
    /// (`&#39;` rather than `&apos;`: the latter is not an HTML 4 entity.)
    public static func html(_ text: String) -> String {
        guard needsWork(text.utf8, stripsInvalidXML: false) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        appendHTML(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// `html(text)`'s bytes appended to `output`: templates escape straight into the page's
    /// buffer, in one pass over the text's bytes that copies the runs between replacements.
    static func appendHTML(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in bytes.indices {
                let replacement: [UInt8]
                switch bytes[index] {
                case UInt8(ascii: "&"): replacement = ampersandEntity
                case UInt8(ascii: "<"): replacement = lessThanEntity
                case UInt8(ascii: ">"): replacement = greaterThanEntity
                case UInt8(ascii: "\""): replacement = quoteEntity
                case UInt8(ascii: "'"): replacement = htmlApostrophe
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                output.append(contentsOf: replacement)
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }

    private static let ampersandEntity = Array("&amp;".utf8)
    private static let lessThanEntity = Array("&lt;".utf8)
    private static let greaterThanEntity = Array("&gt;".utf8)
    private static let quoteEntity = Array("&quot;".utf8)

    private static let htmlApostrophe = Array("&#39;".utf8)

    /// Escapes `& < > " '` as `&amp; &lt; &gt; &quot; &apos;` and removes
    /// characters XML 1.0 forbids (C0 controls other than tab, LF and CR;
    /// U+FFFE and U+FFFF): one stray control character pasted into a title
    /// would otherwise make a feed reader reject the whole feed.
    public static func xml(_ text: String) -> String {
        guard needsWork(text.utf8, stripsInvalidXML: true) else { return text }
        // Works on UTF-8 bytes: everything replaced or removed is either ASCII or a whole
        // three-byte sequence, so the output stays valid UTF-8.
        let input = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(input.count + input.count / 8 + 16)
        var index = 0
        while index < input.count {
            let byte = input[index]
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: ampersandEntity)
            case UInt8(ascii: "<"): output.append(contentsOf: lessThanEntity)
            case UInt8(ascii: ">"): output.append(contentsOf: greaterThanEntity)
            case UInt8(ascii: "\""): output.append(contentsOf: quoteEntity)
            case UInt8(ascii: "'"): output.append(contentsOf: xmlApostrophe)
            default:
                if isForbiddenControl(byte) { break }
                if isNonCharacter(input, at: index) {
                    index += 3
                    continue
                }
                output.append(byte)
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static let xmlApostrophe = Array("&apos;".utf8)

    private static func needsWork(_ bytes: String.UTF8View, stripsInvalidXML: Bool) -> Bool {
        var iterator = bytes.makeIterator()
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                UInt8(ascii: "\""), UInt8(ascii: "'"):
                return true
            default:
                if stripsInvalidXML {
                    if isForbiddenControl(byte) { return true }
                    // U+FFFE / U+FFFF are EF BF BE / EF BF BF.
                    if beforePrevious == 0xEF && previous == 0xBF && (byte == 0xBE || byte == 0xBF) {
                        return true
                    }
                }
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    private static func isForbiddenControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
    }

    private static func isNonCharacter(_ bytes: [UInt8], at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xEF && bytes[index + 1] == 0xBF
            && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF)
    }
}
