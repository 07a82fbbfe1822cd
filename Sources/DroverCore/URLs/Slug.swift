import Foundation

/// URL- and file-system-safe identifiers made from titles and tags.
///
/// Slugs end up in folder names, file names and published URLs, so they are
/// restricted to `[a-z0-9-]`: no case-sensitivity surprises between macOS and
/// Linux file systems, and nothing that needs percent-encoding in a link.
public enum Slug {
    /// Makes a slug: transliterates Cyrillic, folds Latin accents (é → e),
    /// lowercases, turns every run of other characters into one `-`, and trims
    /// `-` at both ends.
    ///
    /// Returns "" when the text has no Latin/Cyrillic letters or ASCII digits
    /// (punctuation only, or e.g. Chinese or Greek); the caller reports that,
    /// because only it knows which entry and field the text came from.
    public static func make(_ text: String) -> String {
        var builder = Builder(capacity: text.utf8.count)
        for scalar in text.unicodeScalars {
            builder.add(scalar)
        }
        return builder.result
    }

    /// The format's rule for folder/file names and pinned slugs: non-empty and
    /// only `[a-z0-9-]`. It deliberately does not demand the canonical shape
    /// `make` produces (no leading/double `-`): a pinned slug keeps an existing
    /// URL alive, and such URLs may predate the generator.
    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && slug.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
        }
    }

    /// Accumulates slug bytes one scalar at a time, so a title is read once
    /// without building intermediate strings (this runs for 50,000 entries).
    private struct Builder {
        private var bytes: [UInt8] = []
        private var pendingSeparator = false

        init(capacity: Int) {
            bytes.reserveCapacity(capacity)
        }

        var result: String { String(decoding: bytes, as: UTF8.self) }

        mutating func add(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            switch value {
            case 0x30...0x39, 0x61...0x7A:  // 0-9, a-z
                append(UInt8(value))
            case 0x41...0x5A:  // A-Z
                append(UInt8(value) + 0x20)
            case 0..<0x80:
                pendingSeparator = true
            case 0xC0..<0x180:  // Latin-1 Supplement and Latin Extended-A
                let folded = Slug.latinFolds[Int(value - 0xC0)]
                if folded.isEmpty {
                    pendingSeparator = true  // × and ÷
                } else {
                    append(folded)
                }
            default:
                if let latin = Transliteration.lowercaseLatin(of: scalar) {
                    // ъ and ь give no letters and no separator: "объём" → "obem".
                    append(latin)
                } else {
                    addOther(scalar)
                }
            }
        }

        /// Everything beyond ASCII, Latin-1/Extended-A and the Cyrillic table.
        private mutating func addOther(_ scalar: Unicode.Scalar) {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark {
                // An accent stays inside its word: "cafe\u{301}" → "cafe", not "cafe-".
                return
            }
            guard properties.isAlphabetic else {
                // Dashes, quotes «», №, emoji: the common case in Russian titles,
                // so it must not reach the (slow) decomposition below.
                pendingSeparator = true
                return
            }
            // Rarer accented letters (Vietnamese "ệ", Macedonian "ѓ") fold
            // through canonical decomposition into a base letter plus marks;
            // letters without one (Greek, CJK) become separators.
            let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            guard parts.count > 1 else {
                pendingSeparator = true
                return
            }
            for part in parts { add(part) }
        }

        private mutating func append(_ ascii: UInt8) {
            if pendingSeparator && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
            pendingSeparator = false
            bytes.append(ascii)
        }

        private mutating func append(_ ascii: [UInt8]) {
            if ascii.isEmpty { return }
            if pendingSeparator && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
            pendingSeparator = false
            bytes.append(contentsOf: ascii)
        }

    }

    /// Lowercase ASCII for U+00C0…U+017F: the base letter of accented letters,
    /// and spelled-out forms for letters without one (ß → ss, ø → o, ł → l).
    /// "" marks the two non-letters in the range (× and ÷).
    fileprivate static let latinFolds: [[UInt8]] = latinFoldNames.map { Array($0.utf8) }

    private static let latinFoldNames: [String] = [
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // U+00C0
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",  // U+00D0
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // U+00E0
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",  // U+00F0
        "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",  // U+0100
        "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",  // U+0110
        "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",  // U+0120
        "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",  // U+0130
        "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "ng", "ng", "o", "o", "o", "o",  // U+0140
        "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",  // U+0150
        "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",  // U+0160
        "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",  // U+0170
    ]
}
