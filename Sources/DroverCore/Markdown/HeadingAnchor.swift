/// GitHub-compatible heading anchors, so that a `#anchor` link written for
/// GitHub works on the generated site too.
///
/// GitHub lowercases the heading text, deletes everything that is not a word
/// character (`\p{Word}`: letters, marks, decimal digits, connector punctuation
/// such as `_`), a hyphen or a space, and turns each space into a hyphen —
/// without collapsing runs, so "a  b" gives "a--b". Letters of every script
/// stay: "Как начать?" gives "как-начать".
public enum HeadingAnchor {
    /// The anchor of one heading text, before de-duplication.
    public static func slug(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            // Fast paths for ASCII and basic Cyrillic, which are nearly all of
            // our headings; Unicode property lookups for everything else.
            switch scalar.value {
            case 0x20:
                result.append("-")
            case 0x2D, 0x5F, 0x30...0x39, 0x61...0x7A: // - _ 0-9 a-z
                result.append(scalar)
            case 0x41...0x5A: // A-Z
                result.append(Unicode.Scalar(scalar.value + 0x20)!)
            case 0x00...0x7F:
                break
            case 0x0410...0x042F: // А-Я
                result.append(Unicode.Scalar(scalar.value + 0x20)!)
            case 0x0400...0x040F: // Ѐ-Џ (Ё, Ў, Ђ…)
                result.append(Unicode.Scalar(scalar.value + 0x50)!)
            case 0x0430...0x045F: // а-я, ѐ-џ
                result.append(scalar)
            default:
                for lower in scalar.properties.lowercaseMapping.unicodeScalars where isWordCharacter(lower) {
                    result.append(lower)
                }
            }
        }
        return String(result)
    }

    /// The anchors already used in one document: `claim(slug(text))` makes a slug
    /// unique the way GitHub (github-slugger) does it: "x", "x-1", "x-2"… in
    /// document order, skipping suffixed names an earlier heading already took.
    public struct Registry: Sendable {
        /// For each base slug, the last suffix handed out for it.
        private var occurrences: [Key: Int] = [:]

        public init() {}

        /// Returns `base` if unused, else the first free `base-N`, and marks
        /// the result as used.
        public mutating func claim(_ base: String) -> String {
            var result = base
            while occurrences[Key(result)] != nil {
                let next = occurrences[Key(base), default: 0] + 1
                occurrences[Key(base)] = next
                result = "\(base)-\(next)"
            }
            occurrences[Key(result)] = 0
            return result
        }

        /// An anchor compared by its UTF-8 bytes, as GitHub's JavaScript
        /// compares code units, rather than by String's canonical equivalence
        /// (which would also cost a Unicode normalisation per lookup).
        private struct Key: Hashable, Sendable {
            var anchor: String
            init(_ anchor: String) { self.anchor = anchor }

            static func == (lhs: Key, rhs: Key) -> Bool {
                lhs.anchor.utf8.elementsEqual(rhs.anchor.utf8)
            }

            func hash(into hasher: inout Hasher) {
                var anchor = anchor
                anchor.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            }
        }
    }

    /// `\p{Word}` as Ruby's and JavaScript's regex engines define it for GitHub.
    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber,
             .connectorPunctuation:
            return true
        default:
            return false
        }
    }
}
