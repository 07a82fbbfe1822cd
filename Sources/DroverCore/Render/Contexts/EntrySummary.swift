import Foundation

/// An entry as every list shows it (items of `recent` and `entries`), and the base of the entry
/// page's `entry`.
@dynamicMemberLookup
struct EntrySummary: TemplateContext {
    /// What the templates read of the entry, in one shared box: a summary is copied into every
    /// list page that shows the entry and into the entry's own page, and a copy then costs one
    /// reference count instead of one for each of its twenty-odd texts.
    struct Fields: Sendable {
        var title: String
        var url: String
        var resourceURL: String
        var resourceHost: String
        var type: String
        var typeLabel: String
        var language: String
        var languageLabel: String
        /// The language `languageLabel` is written in, when it is the language's own name.
        var languageLabelLang: String?
        var isForeign: Bool
        var difficulty: String?
        var difficultyLabel: String?
        var added: String
        var addedLabel: String
        var updated: String?
        var updatedLabel: String?
        var authorsLabel: String?
        var tags: [TagLink]
        var block: TitledLink
        var excerpt: String?
    }

    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private let box: Box
    /// The entry's `entry-card…` partials, rendered once and reused by every list (see `Theme`).
    var cards: RenderedCards?
    /// The entry's index in `Collection.entries`: which cards to render for a list.
    let entryIndex: Int

    subscript<Value>(dynamicMember keyPath: KeyPath<Fields, Value>) -> Value {
        box.fields[keyPath: keyPath]
    }

    static let fields = TemplateFields<Self>([
        "title": { .text($0.title) },
        "url": { .text($0.url) },
        "resource_url": { .text($0.resourceURL) },
        "resource_host": { .text($0.resourceHost) },
        "type": { .text($0.type) },
        "type_label": { .text($0.typeLabel) },
        "language": { .text($0.language) },
        "language_label": { .text($0.languageLabel) },
        "language_label_lang": { .text(ifPresent: $0.languageLabelLang) },
        "is_foreign": { .flag($0.isForeign) },
        "difficulty": { .text(ifPresent: $0.difficulty) },
        "difficulty_label": { .text(ifPresent: $0.difficultyLabel) },
        "added": { .text($0.added) },
        "added_label": { .text($0.addedLabel) },
        "updated": { .text(ifPresent: $0.updated) },
        "updated_label": { .text(ifPresent: $0.updatedLabel) },
        "authors_label": { .text(ifPresent: $0.authorsLabel) },
        "tags": { .list($0.tags) },
        "block": { .context($0.block) },
        "excerpt": { .text(ifPresent: $0.excerpt) },
    ])

    init(entry: Entry, at entryIndex: Int, config: SiteConfig, strings: InterfaceStrings, urls: SiteURLs, blockTitle: String,
         tags: [String: Tag]) {
        self.entryIndex = entryIndex
        let (languageLabel, languageLabelLang) = strings.languageName(entry.language)
        box = Box(Fields(
            title: entry.title,
            url: urls.link(SiteURLs.entry(block: entry.block, slug: entry.slug)),
            resourceURL: entry.url,
            resourceHost: Self.host(of: entry.url),
            type: entry.type.rawValue,
            typeLabel: strings.label(entry.type),
            language: entry.language,
            languageLabel: languageLabel,
            languageLabelLang: languageLabelLang,
            isForeign: entry.language.lowercased() != config.language.lowercased(),
            difficulty: entry.difficulty?.rawValue,
            difficultyLabel: entry.difficulty.map(strings.label),
            added: entry.added.description,
            addedLabel: strings.date(entry.added),
            updated: entry.updated?.description,
            updatedLabel: entry.updated.map(strings.date),
            authorsLabel: entry.authors.isEmpty ? nil : strings.authors(entry.authors),
            tags: entry.tags.compactMap { name in
                tags[name].map { TagLink(name: $0.name, title: $0.title, url: urls.link(SiteURLs.tag($0.slug))) }
            },
            block: TitledLink(title: blockTitle, url: urls.link(SiteURLs.block(entry.block))),
            excerpt: Excerpt.cut(entry.body.excerpt, limit: 200).nonEmpty))
    }

    /// The hash of every field of an entry its summary is made from (the other inputs, site.yml,
    /// tags.yml and the blocks, are every page's): what list pages depend on, kept beside the
    /// initialiser above so the two read the same fields. An entry computes it once (`Entry.summaryKey`).
    static func inputsKey(of entry: Entry.Fields) -> UInt64 {
        var hasher = StableHasher()
        for text in [entry.sourcePath, entry.title, entry.url, entry.type.rawValue, entry.language, entry.difficulty?.rawValue ?? "",
                     entry.body.excerpt] {
            hasher.combine(text)
        }
        for date in [entry.added, entry.updated] {
            hasher.combine(Int64(date.map { $0.year * 10_000 + $0.month * 100 + $0.day } ?? 0))
        }
        for list in [entry.authors, entry.tags] {
            hasher.combine(Int64(list.count))
            for text in list { hasher.combine(text) }
        }
        return hasher.value
    }

    /// The cards are not part of the contract: only the `entry-card…` partials' stand-ins read them.
    func child(named name: String) -> TemplateValue? {
        name == Theme.cardsKey ? cards.map { .context($0) } : Self.fields.value(of: name, in: self)
    }

    /// The host a reader will land on, shown next to the link so nobody is surprised.
    static func host(of url: String) -> String {
        var host = URLComponents(string: url)?.host ?? url
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host
    }
}

/// An entry's rendered `entry-card…` partials by name, which list pages include as
/// `{{{_cards.entry-card}}}` (see `Theme`).
struct RenderedCards: TemplateParent {
    var byName: [String: String]

    func child(named name: String) -> TemplateValue? { .text(ifPresent: byName[name]) }

    /// Nothing: cards are rendered from the entry's summary, which the key holds, by the
    /// theme, whose fingerprint it holds.
    func fold(into hasher: inout StableHasher) {}
}

/// The entry page's `entry`: the summary plus what only the entry's own page shows.
struct EntryDetail: TemplateContext {
    var summary: EntrySummary
    var bodyHTML: String
    var authors: [String]
    var editURL: String?

    static let fields = TemplateFields<Self>([
        "body_html": { .text($0.bodyHTML) },
        "authors": { .texts($0.authors) },
        "edit_url": { .text(ifPresent: $0.editURL) },
    ])

    /// Every key of the summary, then the page's own.
    static let keys = EntrySummary.keys + fields.keys

    func fold(into hasher: inout StableHasher) {
        summary.fold(into: &hasher)
        Self.fields.fold(self, into: &hasher)
    }

    func child(named name: String) -> TemplateValue? {
        Self.fields.value(of: name, in: self) ?? summary.child(named: name)
    }
}

/// Cuts plain text for cards and descriptions.
enum Excerpt {
    /// Cuts at a word boundary so an excerpt never ends mid-word.
    /// Counts Unicode scalars, not Characters: grapheme breaking over every body is a
    /// measurable share of a large build, and excerpts are prose without combining marks.
    static func cut(_ text: String, limit: Int) -> String {
        let scalars = text.unicodeScalars
        guard let end = scalars.index(scalars.startIndex, offsetBy: limit, limitedBy: scalars.endIndex), end < scalars.endIndex else {
            return text
        }
        var kept = scalars[..<end]
        if let space = kept.lastIndex(of: " ") { kept = kept[..<space] }
        while let last = kept.last, last.properties.isWhitespace || isPunctuation(last) { kept.removeLast() }
        return String(kept) + "…"
    }

    /// Unicode's punctuation categories (P*), as `Character.isPunctuation` reads them.
    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation: true
        default: false
        }
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
