import Foundation

/// How text becomes search words, identically at build time (here) and in the browser
/// (theme/static/search.js, `normalize` and `words`): both sides must cut and fold the same way,
/// or a query misses words the index holds.
public enum SearchText {
    /// Lowercase, ё folded into е (Russian writers use either), composed (NFC) form.
    public static func normalize(_ text: String) -> String {
        var text = text
        if text.unicodeScalars.contains(where: { $0.properties.canonicalCombiningClass != .notReordered }) {
            text = text.precomposedStringWithCanonicalMapping
        }
        return text.lowercased().replacingOccurrences(of: "ё", with: "е")
    }

    /// The words of `text`, normalised: runs of letters, marks and digits (Unicode's L, M and N
    /// categories, as the browser's `/[\p{L}\p{M}\p{N}]+/u`), of at least two characters.
    /// Hyphens, apostrophes and dots split words: "fine-tuning" is "fine" and "tuning".
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if current.count >= minimumWordLength { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in normalize(text).unicodeScalars {
            if isWordScalar(scalar) { current.append(scalar) } else if !current.isEmpty { flush() }
        }
        if !current.isEmpty { flush() }
        return words
    }

    /// One-letter words (Russian «и», «в», «с») match nearly everything and say nothing.
    public static let minimumWordLength = 2

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// The shard a word lives in: the first two characters of its Latin transliteration, so
    /// «модели», "modeli" and "model" share a shard and a query's transliterated twin costs no
    /// extra request. (Words of other scripts keep their own first two characters.)
    public static func shardKey(_ word: String) -> String {
        String(Transliteration.latin(word).prefix(2))
    }

    /// The shard's file name: the key where it is plain ASCII, each other character as `_hex_`.
    public static func shardFileName(_ key: String) -> String {
        var name = ""
        for scalar in key.unicodeScalars {
            if (0x30...0x39).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) {
                name.unicodeScalars.append(scalar)
            } else {
                name += "_" + String(scalar.value, radix: 16) + "_"
            }
        }
        return name
    }
}

/// Stems words with Snowball: Russian for words with Cyrillic letters, English (Porter2) for
/// Latin ones; other words are their own stem. Caches stems, since a collection repeats its
/// words many times. Not `Sendable`, like the stemmers it owns: one per task.
final class WordStemmer {
    private let russian: SnowballStemmer?
    private let english: SnowballStemmer?
    private var cache: [String: String] = [:]

    init() {
        russian = SnowballStemmer(.russian)
        english = SnowballStemmer(.english)
    }

    /// The stem of a word already normalised by `SearchText`.
    func stem(_ word: String) -> String {
        if let known = cache[word] { return known }
        let stem: String
        if word.unicodeScalars.contains(where: { (0x0400...0x04FF).contains($0.value) }) {
            stem = russian?.stem(word) ?? word
        } else if word.unicodeScalars.contains(where: { (0x61...0x7A).contains($0.value) }) {
            stem = english?.stem(word) ?? word
        } else {
            stem = word
        }
        cache[word] = stem
        return stem
    }
}
