/// The interface strings of one build, in the site's language: the theme's translation table
/// with the site's overrides on top, already checked to have every string the templates and the
/// engine read (see `InterfaceStringsLoader`).
///
/// Templates read its texts as `{{t.KEY}}` (theme/README.md lists them); the engine composes
/// page titles, counts, dates and labels from the rest. It is part of every page's context, so
/// a changed string renders again exactly the pages that show it.
public struct InterfaceStrings: TemplateParent {
    /// The site's language, as site.yml gives it.
    public let language: String
    let pluralRule: PluralRule
    private let values: [String: StringValue]
    /// Of every key and value, computed once: every page's context holds the table.
    let fingerprint: UInt64

    init(language: String, pluralRule: PluralRule, values: [String: StringValue]) {
        self.language = language
        self.pluralRule = pluralRule
        self.values = values
        var hasher = StableHasher()
        hasher.combine(language)
        hasher.combine(pluralRule.rawValue)
        for key in values.keys.sorted() {
            hasher.combine(key)
            switch values[key]! {
            case .text(let text):
                hasher.combine(UInt8(1))
                hasher.combine(text)
            case .plural(let forms):
                hasher.combine(UInt8(2))
                for category in forms.keys.sorted() {
                    hasher.combine(category.rawValue)
                    hasher.combine(forms[category]!)
                }
            case .list(let list):
                hasher.combine(UInt8(3))
                hasher.combine(Int64(list.count))
                for item in list { hasher.combine(item) }
            }
        }
        fingerprint = hasher.value
    }

    /// The keys a template can read (the texts), sorted.
    var textKeys: [String] {
        values.compactMap { key, value in if case .text = value { key } else { nil } }.sorted()
    }

    /// Its fingerprint: the whole table, overrides included.
    func fold(into hasher: inout StableHasher) {
        hasher.combine(fingerprint)
    }

    func child(named name: String) -> TemplateValue? {
        if case .text(let text) = values[name] { .text(text) } else { nil }
    }

    // MARK: What the engine composes

    /// The text of `key`; the loader guarantees it exists, so the key itself is only a last resort.
    func text(_ key: EngineString) -> String {
        if case .text(let text) = values[key.key] { text } else { key.key }
    }

    func format(_ key: EngineString, _ values: [String: String]) -> String {
        Placeholders.fill(text(key), values)
    }

    /// «12 материалов», "12 resources": the form of the language's plural rule for `n`.
    func count(_ n: Int, _ key: EngineString = .countEntries) -> String {
        guard case .plural(let forms) = values[key.key] else { return "\(n)" }
        let form = forms[pluralRule.category(n)] ?? forms[.other] ?? ""
        return Placeholders.fill(form, ["count": String(n)])
    }

    /// «1 мая 2024», "May 1, 2024": the table's order and month names, the day unpadded.
    func date(_ date: ISODate) -> String {
        guard case .list(let months) = values[EngineString.months.key], months.count == 12 else { return date.description }
        return format(.date, ["day": String(date.day), "month": months[date.month - 1], "year": String(date.year)])
    }

    /// How the interface names an entry's language ("en-GB" by "en"), and the language the
    /// name is written in when it is the language's own name («English» on a Russian page), so
    /// the page can mark it. A code no table names and Drover does not know is shown as it is.
    func languageName(_ code: String) -> (name: String, ownLanguage: String?) {
        let primary = code.split(separator: "-").first.map { $0.lowercased() } ?? code
        let own = OwnLanguageNames.byCode[primary]
        if case .text(let name) = values[EngineString.languageNamePrefix + primary] {
            return (name, name == own ? code : nil)
        }
        return own.map { ($0, code) } ?? (code, nil)
    }

    /// The texts of an optional list (`search_synonyms`); empty when the table has none.
    func list(_ key: String) -> [String] {
        if case .list(let list) = values[key] { list } else { [] }
    }

    func label(_ type: ResourceType) -> String {
        text(.type(type))
    }

    func label(_ difficulty: Difficulty) -> String {
        text(.difficulty(difficulty))
    }

    /// A byline short enough for a card: up to three names, else the first two and «и др.».
    func authors(_ names: [String]) -> String {
        names.count > 3 ? format(.authorsMore, ["authors": names.prefix(2).joined(separator: ", ")]) : names.joined(separator: ", ")
    }
}
