/// A string the engine itself composes (page titles, counts, dates, type badges): its key in
/// the translation tables and the shape its value must have. Every table must have all of them,
/// whatever the templates read.
struct EngineString: Sendable, Hashable {
    enum Shape: Sendable, Hashable {
        /// A text whose `{name}` placeholders the engine fills; any other placeholder is an error.
        case text(placeholders: Set<String>)
        /// Forms for each plural category of the language, with `{count}` and these placeholders.
        case plural(placeholders: Set<String>)
        /// Exactly this many texts.
        case list(count: Int)
    }

    let key: String
    let shape: Shape

    static let pageTitle = EngineString(key: "page_title", shape: .text(placeholders: ["page", "site"]))
    static let tagsTitle = EngineString(key: "tags_title", shape: .text(placeholders: []))
    static let tagsDescription = EngineString(key: "tags_description", shape: .text(placeholders: ["site"]))
    static let tagDescription = EngineString(key: "tag_description", shape: .text(placeholders: ["tag"]))
    static let notFoundTitle = EngineString(key: "not_found_title", shape: .text(placeholders: []))
    static let notFoundDescription = EngineString(key: "not_found_description", shape: .text(placeholders: ["site"]))
    static let searchTitle = EngineString(key: "search_title", shape: .text(placeholders: []))
    static let searchDescription = EngineString(key: "search_description", shape: .text(placeholders: ["site"]))
    static let feedTitle = EngineString(key: "feed_title", shape: .text(placeholders: ["title", "site"]))
    static let listPageTitle = EngineString(key: "list_page_title", shape: .text(placeholders: ["heading", "number", "total", "site"]))
    static let countEntries = EngineString(key: "count_entries", shape: .plural(placeholders: ["count"]))
    static let authorsMore = EngineString(key: "authors_more", shape: .text(placeholders: ["authors"]))
    static let date = EngineString(key: "date", shape: .text(placeholders: ["day", "month", "year"]))
    static let months = EngineString(key: "months", shape: .list(count: 12))

    static func type(_ type: ResourceType) -> EngineString {
        EngineString(key: "type_" + type.rawValue, shape: .text(placeholders: []))
    }

    static func difficulty(_ difficulty: Difficulty) -> EngineString {
        EngineString(key: "difficulty_" + difficulty.rawValue, shape: .text(placeholders: []))
    }

    /// Every string the engine reads.
    static let all: [EngineString] = [
        pageTitle, tagsTitle, tagsDescription, tagDescription, notFoundTitle, notFoundDescription, searchTitle, searchDescription, feedTitle, listPageTitle,
        countEntries, authorsMore, date, months,
    ] + ResourceType.allCases.map(type) + Difficulty.allCases.map(difficulty)

    /// An optional key of a table: the plural rule's name, for a language Drover has no rule for.
    static let pluralRuleKey = "plural_rule"

    /// Optional keys: `language_name_<code>`, how the interface names an entry's language.
    static let languageNamePrefix = "language_name_"

    /// Optional: the theme's search synonyms, a list of groups of any length (`SearchSynonyms`).
    static let searchSynonymsKey = SearchSynonyms.stringKey

    /// Whether a table may have `key` without the engine or a template requiring it.
    static func isOptional(_ key: String) -> Bool {
        key == pluralRuleKey || key == searchSynonymsKey || key.hasPrefix(languageNamePrefix)
    }
}

/// Each language's name in that language, shown (and marked with `lang`) when a table names no
/// language by this code.
enum OwnLanguageNames {
    static let byCode = ["ru": "Русский", "en": "English", "uk": "Українська", "de": "Deutsch", "fr": "Français",
                         "es": "Español", "zh": "中文", "ja": "日本語", "it": "Italiano", "pt": "Português"]
}

/// `{name}` placeholders in table texts: found for validation, filled when the engine composes.
enum Placeholders {
    /// The names of the placeholders in `text`, in order.
    static func names(in text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            let name = after.prefix { $0.isLetter || $0 == "_" }
            if !name.isEmpty, after.dropFirst(name.count).first == "}" { names.append(String(name)) }
            rest = after
        }
        return names
    }

    /// `text` with each `{name}` replaced by its value, in one pass: a value is never itself
    /// searched for placeholders (a title may contain braces).
    static func fill(_ text: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            let name = after.prefix { $0.isLetter || $0 == "_" }
            if !name.isEmpty, after.dropFirst(name.count).first == "}", let value = values[String(name)] {
                result += value
                rest = after.dropFirst(name.count + 1)
            } else {
                result += "{"
                rest = after
            }
        }
        return result + rest
    }
}
