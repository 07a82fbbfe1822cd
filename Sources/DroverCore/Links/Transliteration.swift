/// Readable Cyrillic → Latin transliteration for slugs and file names.
///
/// The table follows the spirit of the Russian passport scheme (ICAO 9303 as
/// adopted in 2013 — й → i, ю → iu, я → ia, ц → ts), because that is what
/// Russian readers already see in URLs, and it needs only ASCII letters. Hard
/// and soft signs are dropped: they carry no sound of their own and a visible
/// apostrophe would only turn into a `-` in slugs.
///
/// We write the table ourselves instead of using ICU transforms: ICU output
/// differs between platforms and versions, and slugs must be byte-for-byte
/// stable, otherwise published links break when the build machine changes.
public enum Transliteration {
    /// Transliterates Russian (plus Ukrainian і ї є ґ and Belarusian ў).
    ///
    /// Case is kept: a capital letter becomes a capitalised Latin group
    /// ("Щука" → "Shchuka"), or an all-caps group inside an all-caps word
    /// ("ЩУКА" → "SHCHUKA"). Everything that is not Cyrillic passes through
    /// unchanged, except combining accents that follow a Cyrillic letter
    /// (a decomposed "й" or "ё"): they belong to the letter already handled.
    public static func latin(_ text: String) -> String {
        // Most strings in a collection of ML resources have ASCII parts
        // ("GPT-4o", URLs); skip all work when there is no Cyrillic at all.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }

        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        result.reserveCapacity(scalars.count + scalars.count / 4)
        var previousWasCyrillic = false

        for index in scalars.indices {
            let scalar = scalars[index]
            if let latin = lowercase[scalar] {
                result.append(contentsOf: latin.unicodeScalars)
                previousWasCyrillic = true
            } else if let latin = titlecase[scalar] {
                let upper = latin.count > 1 && isInsideCapitalWord(scalars, at: index)
                result.append(contentsOf: (upper ? latin.uppercased() : latin).unicodeScalars)
                previousWasCyrillic = true
            } else if previousWasCyrillic && isCombiningMark(scalar) {
                continue
            } else {
                result.append(scalar)
                previousWasCyrillic = false
            }
        }
        return String(result)
    }

    /// The single source of truth; capital letters are derived from it.
    private static let pairs: [(Unicode.Scalar, String)] = [
        ("а", "a"), ("б", "b"), ("в", "v"), ("г", "g"), ("д", "d"),
        ("е", "e"), ("ё", "e"), ("ж", "zh"), ("з", "z"), ("и", "i"),
        ("й", "i"), ("к", "k"), ("л", "l"), ("м", "m"), ("н", "n"),
        ("о", "o"), ("п", "p"), ("р", "r"), ("с", "s"), ("т", "t"),
        ("у", "u"), ("ф", "f"), ("х", "kh"), ("ц", "ts"), ("ч", "ch"),
        ("ш", "sh"), ("щ", "shch"), ("ъ", ""), ("ы", "y"), ("ь", ""),
        ("э", "e"), ("ю", "iu"), ("я", "ia"),
        // Ukrainian and Belarusian letters that Russian lacks.
        ("і", "i"), ("ї", "i"), ("є", "ie"), ("ґ", "g"), ("ў", "u"),
    ]

    private static let lowercase: [Unicode.Scalar: String] = Dictionary(
        uniqueKeysWithValues: pairs)

    private static let titlecase: [Unicode.Scalar: String] = Dictionary(
        uniqueKeysWithValues: pairs.map { lower, latin in
            // Every letter in the table has a one-scalar capital form.
            let upper = Character(lower).uppercased().unicodeScalars.first!
            return (upper, latin.prefix(1).uppercased() + latin.dropFirst())
        })

    /// "ЩУКА" should read "SHCHUKA", not "ShchUKA": a capital letter counts
    /// as part of an all-caps word when its neighbouring letter is a capital
    /// too (the next one, or the previous one at the end of a word).
    private static func isInsideCapitalWord(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let next = index + 1
        if next < scalars.count, scalars[next].properties.isAlphabetic {
            return scalars[next].properties.isUppercase
        }
        let previous = index - 1
        return previous >= 0 && scalars[previous].properties.isUppercase
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .nonspacingMark
    }
}
