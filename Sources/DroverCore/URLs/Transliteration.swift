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
enum Transliteration {
    /// The lowercase Latin for one Cyrillic letter (either case), or nil if
    /// `scalar` is not in the table. Slugs are lowercase, so they need neither
    /// case nor context.
    static func lowercaseLatin(of scalar: Unicode.Scalar) -> [UInt8]? {
        entry(for: scalar)?.latin
    }

    private struct Entry: Sendable {
        var latin: [UInt8]  // lowercase ASCII
    }

    /// The table covers U+0400…U+049F (ґ and Ґ are U+0491/U+0490); a flat
    /// array indexed by scalar value is several times faster than hashing.
    private static let firstScalar: UInt32 = 0x0400
    private static let entries: [Entry?] = {
        var table = [Entry?](repeating: nil, count: 0xA0)
        for (lower, latin) in pairs {
            // Every letter in the table has a one-scalar capital form.
            let upper = Character(lower).uppercased().unicodeScalars.first!
            table[Int(lower.value - firstScalar)] = Entry(latin: Array(latin.utf8))
            table[Int(upper.value - firstScalar)] = Entry(latin: Array(latin.utf8))
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
}
