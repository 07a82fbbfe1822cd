import Foundation

/// How text becomes search words, identically at build time (here) and in the browser
/// (theme/static/search.js, `normalize` and `words`): both sides must cut and fold the same way,
/// or a query misses words the index holds.
public enum SearchText {
    /// Lowercase, ё folded into е (Russian writers use either), composed (NFC) form.
    public static func normalize(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        fold(text) { folded.append($0) }
        return String(folded)
    }

    /// The words of `text`, normalised: runs of letters, marks and digits (Unicode's L, M and N
    /// categories, as the browser's `/[\p{L}\p{M}\p{N}]+/u`), of at least two characters.
    /// Hyphens, apostrophes and dots split words: "fine-tuning" is "fine" and "tuning".
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var length = 0
        fold(text) { scalar in
            if isWordScalar(scalar) {
                current.append(scalar)
                length += 1
            } else if length > 0 {
                if length >= minimumWordLength { words.append(String(current)) }
                current.removeAll(keepingCapacity: true)
                length = 0
            }
        }
        if length >= minimumWordLength { words.append(String(current)) }
        return words
    }

    /// One-letter words (Russian «и», «в», «с») match nearly everything and say nothing.
    public static let minimumWordLength = 2

    /// Calls `body` with each scalar of `text` lowercased, ё as е. ASCII and Russian letters,
    /// nearly all of a collection's text, take a fast path; the rest Unicode's lowercase mapping
    /// (what the browser's `toLowerCase` applies).
    private static func fold(_ text: String, _ body: (Unicode.Scalar) -> Void) {
        var text = text
        if text.unicodeScalars.contains(where: { $0.value >= 0x300 && !(0x400...0x4FF).contains($0.value)
                && $0.properties.canonicalCombiningClass != .notReordered }) {
            text = text.precomposedStringWithCanonicalMapping
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x41...0x5A, 0x410...0x42F: body(Unicode.Scalar(value + 0x20)!)  // A–Z, А–Я
            case 0x401, 0x451: body("е")                                          // Ё, ё
            case 0x400...0x40F: body(Unicode.Scalar(value + 0x50)!)              // Ѐ…Џ
            case 0...0x7F, 0x430...0x45F: body(scalar)
            default:
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { body(lower == "ё" ? "е" : lower) }
            }
        }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0...0x7F, 0x482: return false  // ҂ is the one symbol among Cyrillic letters and marks
        case 0x400...0x4FF: return true
        default:
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
                return true
            default:
                return false
            }
        }
    }

    /// The shard a word lives in: the first two characters of its Latin transliteration, so
    /// «модели», "modeli" and "model" share a shard and a query's transliterated twin costs no
    /// extra request. (Words of other scripts keep their own first two characters.)
    public static func shardKey(_ word: String) -> String {
        // Words arrive lowercased, so the slug table's lowercase Latin is the transliteration.
        var latin = ""
        for scalar in word.unicodeScalars {
            if let letters = Transliteration.lowercaseLatin(of: scalar) {
                latin += String(decoding: letters, as: UTF8.self)
            } else {
                latin.unicodeScalars.append(scalar)
            }
            if latin.count >= 2 { break }
        }
        return String(latin.prefix(2))
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
