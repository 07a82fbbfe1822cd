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
        IndexWord.words(in: joinedWords(text)).map(\.text)
    }

    /// The same words as UTF-8, each followed by a space but the last, cut in one pass over the
    /// text's UTF-8 into one buffer: the index keeps words this way, and a 10,000-entry build cuts
    /// hundreds of thousands of them, which one `String` each would make a large part of parsing.
    static func joinedWords(_ text: String) -> [UInt8] {
        var text = needsComposition(text) ? text.precomposedStringWithCanonicalMapping : text
        text.makeContiguousUTF8()
        var cutter = WordCutter(capacity: text.utf8.count)
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    switch byte {
                    case 0x41...0x5A: cutter.append(byte + 0x20)                          // A–Z
                    case 0x30...0x39, 0x61...0x7A: cutter.append(byte)
                    default: cutter.endWord()
                    }
                    index += 1
                    continue
                }
                // U+0400…U+047F are two bytes led by D0 or D1: Russian folds here, without decoding.
                if byte == 0xD0 || byte == 0xD1, index + 1 < bytes.count {
                    let value = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    if let folded = foldedCyrillic(value) {
                        cutter.append(0xC0 | UInt8(folded >> 6), 0x80 | UInt8(folded & 0x3F))
                        index += 2
                        continue
                    }
                }
                // Anything else: the scalar decoded, folded by Unicode's mapping, each result classified.
                let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length where index + offset < bytes.count {
                    value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
                }
                index += length
                guard let scalar = Unicode.Scalar(value) else { cutter.endWord(); continue }
                fold(scalar) { folded in
                    if isWordScalar(folded) { cutter.append(folded) } else { cutter.endWord() }
                }
            }
        }
        return cutter.finish()
    }

    /// Lowercase Russian (and the other letters of U+0400…U+045F) with ё as е; nil for the rest
    /// of the two-byte Cyrillic range, which Unicode's mapping folds.
    private static func foldedCyrillic(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x410...0x42F: value + 0x20      // А–Я
        case 0x401, 0x451: 0x435              // Ё, ё → е
        case 0x400...0x40F: value + 0x50      // Ѐ…Џ
        case 0x430...0x45F: value
        default: nil
        }
    }

    /// Whether the text has a combining mark outside Cyrillic, so it must be composed (NFC)
    /// before folding. Scalars below U+0300 have UTF-8 lead bytes below CC, and Cyrillic's
    /// (U+0400…U+04FF) are D0…D3: a text without other lead bytes, nearly all of them, is
    /// not even decoded.
    private static func needsComposition(_ text: String) -> Bool {
        guard text.utf8.contains(where: { $0 >= 0xCC && !(0xD0...0xD3).contains($0) }) else { return false }
        return text.unicodeScalars.contains(where: { $0.value >= 0x300 && !(0x400...0x4FF).contains($0.value)
            && $0.properties.canonicalCombiningClass != .notReordered })
    }

    /// Words collected into one UTF-8 buffer, each followed by a space; a run shorter than
    /// `minimumWordLength` is taken back out when it ends.
    private struct WordCutter {
        private var bytes: [UInt8] = []
        private var wordStart = 0
        private var length = 0

        init(capacity: Int) {
            bytes.reserveCapacity(capacity + 1)
        }

        mutating func append(_ byte: UInt8) {
            bytes.append(byte)
            length += 1
        }

        mutating func append(_ lead: UInt8, _ trail: UInt8) {
            bytes.append(lead)
            bytes.append(trail)
            length += 1
        }

        mutating func append(_ scalar: Unicode.Scalar) {
            bytes.append(contentsOf: scalar.utf8)
            length += 1
        }

        mutating func endWord() {
            guard length > 0 else { return }
            if length >= minimumWordLength {
                bytes.append(0x20)
            } else {
                bytes.removeSubrange(wordStart...)
            }
            wordStart = bytes.count
            length = 0
        }

        mutating func finish() -> [UInt8] {
            endWord()
            if bytes.last == 0x20 { bytes.removeLast() }
            return bytes
        }
    }

    /// One-letter words (Russian «и», «в», «с») match nearly everything and say nothing.
    public static let minimumWordLength = 2

    /// Calls `body` with each scalar of `text` lowercased, ё as е. ASCII and Russian letters,
    /// nearly all of a collection's text, take a fast path; the rest Unicode's lowercase mapping
    /// (what the browser's `toLowerCase` applies).
    private static func fold(_ text: String, _ body: (Unicode.Scalar) -> Void) {
        let text = needsComposition(text) ? text.precomposedStringWithCanonicalMapping : text
        for scalar in text.unicodeScalars { fold(scalar, body) }
    }

    private static func fold(_ scalar: Unicode.Scalar, _ body: (Unicode.Scalar) -> Void) {
        let value = scalar.value
        switch value {
        case 0x41...0x5A: body(Unicode.Scalar(value + 0x20)!)                  // A–Z
        case 0x400...0x45F: body(Unicode.Scalar(foldedCyrillic(value)!)!)
        case 0...0x7F: body(scalar)
        default:
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { body(lower == "ё" ? "е" : lower) }
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
