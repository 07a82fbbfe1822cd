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
        var latin = Transliteration.latin(text)
        if !latin.utf8.allSatisfy({ $0 < 0x80 }) {
            // Canonical decomposition splits "é" into "e" + a combining accent,
            // which we then skip — folding accents without an ICU transform.
            latin = latin.decomposedStringWithCanonicalMapping
        }

        var bytes: [UInt8] = []
        bytes.reserveCapacity(latin.utf8.count)
        var pendingSeparator = false

        func append(_ ascii: UInt8) {
            if pendingSeparator && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
            pendingSeparator = false
            bytes.append(ascii)
        }

        for scalar in latin.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x30...0x39, 0x61...0x7A:  // 0-9, a-z
                append(UInt8(value))
            case 0x41...0x5A:  // A-Z
                append(UInt8(value) + 0x20)
            default:
                if scalar.properties.generalCategory == .nonspacingMark {
                    // An accent stays inside its word: "café" → "cafe", not "cafe-".
                    continue
                }
                if let folded = latinLetters[scalar] {
                    for byte in folded.utf8 { append(byte) }
                } else {
                    pendingSeparator = true
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
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

    /// Latin letters that have no canonical decomposition into base + accent.
    private static let latinLetters: [Unicode.Scalar: String] = [
        "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
        "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d",
        "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i", "ħ": "h", "Ħ": "h",
    ]
}
