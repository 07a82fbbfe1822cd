/// What the search index knows about one entry: its words by field and its filter values.
///
/// A pure function of the entry (and its tags' titles), so the index of an unchanged entry is
/// the same in every build, whatever else changed.
struct SearchDocument: Sendable {
    /// Where a word was found, most telling first; the browser weighs matches in this order.
    enum Field: Int, CaseIterable, Sendable {
        case title, tags, summary, body
    }

    /// Distinct normalised words of each field, in `Field` order.
    var words: [[String]]
    var title: String
    /// Site path of the entry's page, e.g. `research/gpts-are-gpts/`.
    var path: String
    var block: String
    var type: String
    var level: String?
    var language: String
    var tags: [String]

    /// How much of the entry's text counts as its summary: what a card shows of it.
    static let summaryLength = 200

    init(entry: Entry, tagTitles: [String: String]) {
        title = entry.title
        path = SiteURLs.entry(block: entry.block, slug: entry.slug)
        block = entry.block
        type = entry.type.rawValue
        level = entry.difficulty?.rawValue
        language = entry.language
        tags = entry.tags

        // The collection keeps the start of each body (`ParsedBody.excerpt`); its first
        // `summaryLength` characters are the summary, the rest (and the authors) the body.
        let excerpt = entry.body.excerpt.unicodeScalars
        var cut = excerpt.index(excerpt.startIndex, offsetBy: Self.summaryLength, limitedBy: excerpt.endIndex) ?? excerpt.endIndex
        // Back to the start of the word the limit falls in, so no word is cut in two.
        while cut != excerpt.endIndex, cut != excerpt.startIndex, !excerpt[excerpt.index(before: cut)].properties.isWhitespace {
            cut = excerpt.index(before: cut)
        }
        let tagText = entry.tags.map { $0 + " " + (tagTitles[$0] ?? "") }.joined(separator: " ")
        let fieldTexts = [
            entry.title,
            tagText,
            String(excerpt[..<cut]),
            String(excerpt[cut...]) + " " + entry.authors.joined(separator: " "),
        ]
        // A word is kept in the first (best) field it appears in: the browser ranks by the best.
        var seen: Set<String> = []
        words = fieldTexts.map { text in
            var fieldWords: [String] = []
            for word in SearchText.words(text) where seen.insert(word).inserted { fieldWords.append(word) }
            return fieldWords
        }
    }
}
