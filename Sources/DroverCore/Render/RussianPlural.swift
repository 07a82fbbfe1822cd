/// Russian plural agreement for counts ("1 материал", "2 материала",
/// "5 материалов"): the form depends on the last one or two digits, which no
/// simple "n == 1" rule gets right, so the rule lives in one place.
public enum RussianPlural {
    /// Picks the form that agrees with `n`: `one` for 1, 21, 101…;
    /// `few` for 2–4, 22–24…; `many` for 0, 5–20, 25–30, 111…
    /// Negative numbers agree like their absolute value.
    public static func form(_ n: Int, one: String, few: String, many: String) -> String {
        let value = n.magnitude  // `magnitude` avoids overflow for Int.min.
        let lastTwo = value % 100
        if (11...14).contains(lastTwo) { return many }
        switch value % 10 {
        case 1: return one
        case 2, 3, 4: return few
        default: return many
        }
    }

    /// The number followed by the agreeing form, separated by a plain space:
    /// "12 материалов". (Templates that need a non-breaking space can combine
    /// the number with `form` themselves.)
    public static func count(_ n: Int, one: String, few: String, many: String) -> String {
        "\(n) \(form(n, one: one, few: few, many: many))"
    }
}
