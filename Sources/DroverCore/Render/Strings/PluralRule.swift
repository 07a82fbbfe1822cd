/// A CLDR plural category: which form of a counted noun a number takes.
public enum PluralCategory: String, CaseIterable, Sendable, Comparable {
    case zero, one, two, few, many, other

    public static func < (lhs: PluralCategory, rhs: PluralCategory) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How a language picks the form of a counted noun for a whole number («1 материал, 2 материала,
/// 5 материалов»; "1 resource, 2 resources"). The rules are CLDR's for integers; no simple
/// "n == 1" test gets Russian right, so each rule lives here once, with its tests.
public enum PluralRule: String, CaseIterable, Sendable {
    /// Russian, Ukrainian, Belarusian: one (1, 21, 101…), few (2–4, 22–24…), many (0, 5–20, 25–30, 111…).
    case oneFewMany = "one-few-many"
    /// English, German, Dutch, Italian, Spanish…: one (1), other (everything else).
    case oneOther = "one-other"
    /// French and Brazilian Portuguese: one (0 and 1), other.
    case zeroOneAsOne = "one-includes-zero"
    /// Chinese, Japanese, Korean…: nouns do not change with the number.
    case otherOnly = "other-only"

    /// The categories a translation table must give a form for.
    public var categories: [PluralCategory] {
        switch self {
        case .oneFewMany: [.one, .few, .many]
        case .oneOther, .zeroOneAsOne: [.one, .other]
        case .otherOnly: [.other]
        }
    }

    /// The rule of a language tag's primary language ("en-GB" → English's), or nil when Drover
    /// knows none (the translation table then names one with `plural_rule`).
    public init?(language: String) {
        let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? ""
        switch primary {
        case "ru", "uk", "be": self = .oneFewMany
        case "en", "de", "nl", "sv", "da", "nb", "nn", "no", "it", "es", "fi", "et", "el", "bg", "hu", "ca", "eo": self = .oneOther
        case "fr": self = .zeroOneAsOne
        case "zh", "ja", "ko", "vi", "th", "id", "ms": self = .otherOnly
        default: return nil
        }
    }

    /// The category of `n`. Negative numbers agree like their absolute value.
    public func category(_ n: Int) -> PluralCategory {
        let value = n.magnitude  // `magnitude` avoids overflow for Int.min.
        switch self {
        case .oneFewMany:
            let lastTwo = value % 100
            if (11...14).contains(lastTwo) { return .many }
            switch value % 10 {
            case 1: return .one
            case 2, 3, 4: return .few
            default: return .many
            }
        case .oneOther:
            return value == 1 ? .one : .other
        case .zeroOneAsOne:
            return value <= 1 ? .one : .other
        case .otherOnly:
            return .other
        }
    }
}
