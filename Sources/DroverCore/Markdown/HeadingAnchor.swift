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
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case " ":
                result.append("-")
            case "-", "_":
                result.append(scalar)
            default:
                if isWordCharacter(scalar) { result.append(scalar) }
            }
        }
        return String(result)
    }

    /// The slug of `text`, made unique against `claimed` the way GitHub
    /// (github-slugger) does it: "x", "x-1", "x-2"… in document order, skipping
    /// suffixed names an earlier heading already took.
    public static func unique(_ text: String, claimed: inout Registry) -> String {
        claimed.claim(slug(text))
    }

    /// The anchors already used in one document.
    public struct Registry: Sendable {
        /// For each base slug, the last suffix handed out for it.
        private var occurrences: [String: Int] = [:]

        public init() {}

        /// Returns `base` if unused, else the first free `base-N`, and marks
        /// the result as used.
        public mutating func claim(_ base: String) -> String {
            var result = base
            while occurrences[result] != nil {
                let next = occurrences[base, default: 0] + 1
                occurrences[base] = next
                result = "\(base)-\(next)"
            }
            occurrences[result] = 0
            return result
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
