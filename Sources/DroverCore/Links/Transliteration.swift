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

        // Output is built as UTF-8 bytes: every table entry is ASCII, and
        // this runs for every title and tag of 50,000 entries.
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var previous: Unicode.Scalar?
        var previousWasCyrillic = false

        while index != scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if let entry = entry(for: scalar) {
                if entry.isUppercase && entry.latin.count > 1 {
                    let following = next == scalars.endIndex ? nil : scalars[next]
                    if isInsideCapitalWord(next: following, previous: previous) {
                        output.append(contentsOf: entry.latin.map { $0 & ~0x20 })  // ASCII uppercase
                    } else {
                        output.append(entry.latin[0] & ~0x20)
                        output.append(contentsOf: entry.latin.dropFirst())
                    }
                } else if entry.isUppercase && !entry.latin.isEmpty {
                    output.append(entry.latin[0] & ~0x20)
                } else {
                    output.append(contentsOf: entry.latin)
                }
                previousWasCyrillic = true
            } else if previousWasCyrillic && isCombiningMark(scalar) {
                // Belongs to the letter already handled.
            } else {
                output.append(contentsOf: UTF8.encode(scalar)!)
                previousWasCyrillic = false
            }
            previous = scalar
            index = next
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The lowercase Latin for one Cyrillic letter, or nil if `scalar` is not
    /// in the table. Slug uses this directly: it lowercases anyway, so it
    /// needs neither case nor context.
    static func lowercaseLatin(of scalar: Unicode.Scalar) -> [UInt8]? {
        entry(for: scalar)?.latin
    }

    private struct Entry: Sendable {
        var latin: [UInt8]  // lowercase ASCII
        var isUppercase: Bool
    }

    /// The table covers U+0400…U+049F (ґ and Ґ are U+0491/U+0490); a flat
    /// array indexed by scalar value is several times faster than hashing.
    private static let firstScalar: UInt32 = 0x0400
    private static let entries: [Entry?] = {
        var table = [Entry?](repeating: nil, count: 0xA0)
        for (lower, latin) in pairs {
            // Every letter in the table has a one-scalar capital form.
            let upper = Character(lower).uppercased().unicodeScalars.first!
            table[Int(lower.value - firstScalar)] = Entry(latin: Array(latin.utf8), isUppercase: false)
            table[Int(upper.value - firstScalar)] = Entry(latin: Array(latin.utf8), isUppercase: true)
        }
        return table
    }()

    private static func entry(for scalar: Unicode.Scalar) -> Entry? {
        let offset = scalar.value &- firstScalar
        return offset < 0xA0 ? entries[Int(offset)] : nil
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

    /// "ЩУКА" should read "SHCHUKA", not "ShchUKA": a capital letter counts
    /// as part of an all-caps word when its neighbouring letter is a capital
    /// too (the next one, or the previous one at the end of a word).
    private static func isInsideCapitalWord(next: Unicode.Scalar?, previous: Unicode.Scalar?) -> Bool {
        if let next, next.properties.isAlphabetic {
            return next.properties.isUppercase
        }
        return previous?.properties.isUppercase ?? false
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .nonspacingMark
    }
}
