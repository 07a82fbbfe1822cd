/// Reads the links and ids out of a built page.
///
/// The pages are our own output, but bodies may carry raw HTML (`unsafe_html: true`), so
/// this is a tolerant tokenizer in the spirit of HTML's: comments and `<script>`/`<style>`
/// contents are skipped, attribute values may be quoted either way or not at all, and
/// character references in values are decoded. It does not build a tree: a link checker
/// needs only where each `href`/`src` is and which ids exist.
struct HTMLLinkScanner {
    struct Link: Equatable {
        /// The attribute's value with character references decoded.
        var target: String
        var line: Int
        var column: Int
    }

    private(set) var links: [Link] = []
    private(set) var ids: Set<String> = []

    static let linkAttributes: Set<String> = ["href", "src"]
    private static let rawTextElements: Set<String> = ["script", "style"]

    init(html: String) {
        var bytes = Array(html.utf8)
        bytes.append(0)  // a sentinel: every lookahead below may read one byte past the end
        let end = bytes.count - 1
        var position = Position()
        var index = 0

        func advance(to target: Int) {
            while index < target {
                position.step(bytes[index])
                index += 1
            }
        }
        func starts(with text: String, at offset: Int) -> Bool {
            let pattern = Array(text.utf8)
            guard offset + pattern.count <= end else { return false }
            for (k, byte) in pattern.enumerated() where Self.lower(bytes[offset + k]) != byte { return false }
            return true
        }
        func find(_ text: String, from offset: Int) -> Int {
            var k = offset
            while k < end, !starts(with: text, at: k) { k += 1 }
            return k
        }

        while index < end {
            guard bytes[index] == UInt8(ascii: "<") else {
                advance(to: index + 1)
                continue
            }
            if starts(with: "<!--", at: index) {
                advance(to: min(end, find("-->", from: index + 4) + 3))
                continue
            }
            guard Self.isLetter(bytes[index + 1]) else {
                advance(to: index + 1)
                continue
            }
            // A start tag: its name, then attributes up to `>`.
            advance(to: index + 1)
            var name: [UInt8] = []
            while Self.isNameByte(bytes[index]) {
                name.append(Self.lower(bytes[index]))
                advance(to: index + 1)
            }
            let tagName = String(decoding: name, as: UTF8.self)
            while index < end && bytes[index] != UInt8(ascii: ">") {
                if Self.isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") {
                    advance(to: index + 1)
                    continue
                }
                var attribute: [UInt8] = []
                while index < end, !Self.isSpace(bytes[index]), !"=>/".utf8.contains(bytes[index]) {
                    attribute.append(Self.lower(bytes[index]))
                    advance(to: index + 1)
                }
                while Self.isSpace(bytes[index]) { advance(to: index + 1) }
                guard bytes[index] == UInt8(ascii: "=") else { continue }
                advance(to: index + 1)
                while Self.isSpace(bytes[index]) { advance(to: index + 1) }
                let valueStart = position
                var value: [UInt8] = []
                if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    advance(to: index + 1)
                    while index < end && bytes[index] != quote {
                        value.append(bytes[index])
                        advance(to: index + 1)
                    }
                    advance(to: min(end, index + 1))
                } else {
                    while index < end, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
                        value.append(bytes[index])
                        advance(to: index + 1)
                    }
                }
                let attributeName = String(decoding: attribute, as: UTF8.self)
                let text = Self.decodeReferences(String(decoding: value, as: UTF8.self))
                if Self.linkAttributes.contains(attributeName) {
                    links.append(Link(target: text, line: valueStart.line, column: valueStart.column))
                } else if attributeName == "id" || (attributeName == "name" && tagName == "a") {
                    ids.insert(text)
                }
            }
            advance(to: min(end, index + 1))
            if Self.rawTextElements.contains(tagName) {
                advance(to: find("</" + tagName, from: index))
            }
        }
    }

    /// Line and column (in characters, 1-based) of the scan, kept as bytes go by.
    private struct Position {
        var line = 1
        var column = 1

        mutating func step(_ byte: UInt8) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1  // continuation bytes of a UTF-8 character do not start a new column
            }
        }
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        (byte >= 65 && byte <= 90) ? byte + 32 : byte
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 97 && (byte | 0x20) <= 122
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: "-")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static let namedReferences: [Substring: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]

    /// `&amp;`, `&#39;`, `&#x2F;` and the few named references attribute values use;
    /// anything else is left as written, as browsers do with unknown references.
    static func decodeReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semicolon = after.prefix(10).firstIndex(of: ";") else {
                result += "&"
                rest = after
                continue
            }
            let name = after[..<semicolon]
            var decoded: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else if name.hasPrefix("#") {
                decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else {
                decoded = namedReferences[name]
            }
            if let decoded {
                result += decoded
                rest = after[after.index(after: semicolon)...]
            } else {
                result += "&"
                rest = after
            }
        }
        return result + rest
    }
}
