/// The nouns Drover's own messages count ("1 page rendered", "3 pages rendered"), with their
/// forms chosen by the string tables' plural rules (`PluralRule`) rather than by `n == 1`
/// tests spread through the commands. The command line speaks English.
public enum CountedNoun: Sendable {
    case entry, page, tag, file, block, error, warning

    /// The command line's plural rule: English's.
    static let rule = PluralRule.oneOther

    private var forms: [PluralCategory: String] {
        switch self {
        case .entry: [.one: "entry", .other: "entries"]
        case .page: [.one: "page", .other: "pages"]
        case .tag: [.one: "tag", .other: "tags"]
        case .file: [.one: "file", .other: "files"]
        case .block: [.one: "block", .other: "blocks"]
        case .error: [.one: "error", .other: "errors"]
        case .warning: [.one: "warning", .other: "warnings"]
        }
    }

    /// `n` and the noun's form for it: "1 page", "2 pages", "0 pages".
    public func count(_ n: Int) -> String {
        "\(n) \(forms[Self.rule.category(n)] ?? forms[.other]!)"
    }
}
