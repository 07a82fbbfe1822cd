/// Reads the links and ids out of a built page.
///
/// The pages are our own output, but bodies may carry raw HTML (`unsafe_html: true`), so
/// this is a tolerant tokenizer in the spirit of HTML's: comments and `<script>`/`<style>`
/// contents are skipped, attribute values may be quoted either way or not at all, and
/// character references in values are decoded. It does not build a tree: a link checker
/// needs only where each `href`/`src` is and which ids exist.
///
/// A large site has hundreds of megabytes of HTML and half a million links, nearly all
/// fine, so the scan records byte offsets and leaves lines and columns to `TextPosition`,
/// asked only for the links that fail.
struct HTMLLinkScanner {
    struct Link: Equatable {
        /// The attribute's value with character references decoded.
        var target: String
        /// Where the value starts in the page's bytes (at its opening quote, if any).
        var offset: Int
    }

    private(set) var links: [Link] = []
    private(set) var ids: Set<String> = []

    init(html: String) {
        self.init(bytes: Array(html.utf8))
    }

    init(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            var scan = Scan(bytes: buffer)
            scan.run()
            links = scan.links
            ids = scan.ids
        }
    }

    /// The tokenizer proper, over the page's bytes.
    private struct Scan {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        var links: [Link] = []
        var ids: Set<String> = []

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// The byte at `at`, or 0 past the end, so lookahead never needs a bounds check.
        func byte(_ at: Int) -> UInt8 {
            at < bytes.count ? bytes[at] : 0
        }

        func starts(with text: StaticString, at offset: Int) -> Bool {
            let count = text.utf8CodeUnitCount
            guard offset + count <= bytes.count else { return false }
            let pattern = UnsafeBufferPointer(start: text.utf8Start, count: count)
            for k in 0..<count where HTMLLinkScanner.lower(bytes[offset + k]) != pattern[k] { return false }
            return true
        }

        func find(_ text: StaticString, from offset: Int) -> Int {
            var k = offset
            while k < bytes.count, !starts(with: text, at: k) { k += 1 }
            return k
        }

        mutating func run() {
            while index < bytes.count {
                // Text between tags: straight to the next `<`.
                guard let next = bytes[index...].firstIndex(of: UInt8(ascii: "<")) else { return }
                index = next
                if starts(with: "<!--", at: index) {
                    index = min(bytes.count, find("-->", from: index + 4) + 3)
                } else if HTMLLinkScanner.isLetter(byte(index + 1)) {
                    startTag()
                } else {
                    index += 1
                }
            }
        }

        /// `<name attr=value …>`, then, for `<script>` and `<style>`, their raw text.
        mutating func startTag() {
            index += 1
            let nameStart = index
            while HTMLLinkScanner.isNameByte(byte(index)) { index += 1 }
            let name = bytes[nameStart..<index]
            let isAnchor = Self.equals(name, "a")
            while index < bytes.count && bytes[index] != UInt8(ascii: ">") {
                if HTMLLinkScanner.isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") {
                    index += 1
                    continue
                }
                attribute(isAnchor: isAnchor)
            }
            index = min(bytes.count, index + 1)
            if Self.equals(name, "script") {
                index = find("</script", from: index)
            } else if Self.equals(name, "style") {
                index = find("</style", from: index)
            }
        }

        mutating func attribute(isAnchor: Bool) {
            let nameStart = index
            while index < bytes.count, !HTMLLinkScanner.isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="),
                  bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") {
                index += 1
            }
            let name = bytes[nameStart..<index]
            while HTMLLinkScanner.isSpace(byte(index)) { index += 1 }
            guard byte(index) == UInt8(ascii: "=") else {
                if index == nameStart { index += 1 }  // a stray character: never loop in place
                return
            }
            index += 1
            while HTMLLinkScanner.isSpace(byte(index)) { index += 1 }
            let valueOffset = index
            let value: Range<Int>
            let quote = byte(index)
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let end = bytes[(index + 1)...].firstIndex(of: quote) ?? bytes.count
                value = (index + 1)..<end
                index = min(bytes.count, end + 1)
            } else {
                while index < bytes.count, !HTMLLinkScanner.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                value = valueOffset..<index
            }
            if Self.equals(name, "href") || Self.equals(name, "src") {
                links.append(Link(target: text(value), offset: valueOffset))
            } else if Self.equals(name, "id") || (isAnchor && Self.equals(name, "name")) {
                ids.insert(text(value))
            }
        }

        func text(_ range: Range<Int>) -> String {
            HTMLLinkScanner.decodeReferences(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
        }

        /// ASCII case-insensitive comparison with a lowercase word.
        static func equals(_ name: Slice<UnsafeBufferPointer<UInt8>>, _ word: StaticString) -> Bool {
            guard name.count == word.utf8CodeUnitCount else { return false }
            let pattern = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            return zip(name, pattern).allSatisfy { HTMLLinkScanner.lower($0) == $1 }
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
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
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
