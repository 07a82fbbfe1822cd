/// What the search index knows about one entry: its words by field and its filter values.
///
/// A pure function of the entry (and its tags' titles), so the index of an unchanged entry is
/// the same in every build, whatever else changed.
struct SearchDocument: Sendable {
    /// Where a word was found, most telling first; the browser weighs matches in this order.
    enum Field: Int, CaseIterable, Sendable {
        case title, tags, summary, body
    }

    /// Distinct normalised words of each field, in `Field` order, each field's joined by spaces
    /// (see `IndexWord`): one buffer a field rather than one slice a word, since the index holds
    /// every entry's document at once.
    var words: [[UInt8]]
    var title: String
    /// Site path of the entry's page, e.g. `research/gpts-are-gpts/`.
    var path: String
    var block: String
    var type: String
    var level: String?
    var language: String
    var tags: [String]
    /// The start of the entry's text, as cards show it: the browser cuts the result's excerpt
    /// from it around the words that matched.
    var excerpt: String

    /// How much of the entry's text counts as its summary: what a card shows of it.
    static let summaryLength = 200

    /// The hash of every field of an entry a document is made from (tag titles aside, which
    /// `SearchIndex.inputsKey` adds), kept beside the initialiser below so the two read the same
    /// fields. An entry computes it once (`Entry.searchKey`).
    static func inputsKey(of entry: Entry.Fields) -> UInt64 {
        var hasher = StableHasher()
        // The URL for its host's synonyms, the excerpt for the result's excerpt.
        for text in [entry.sourcePath, entry.title, entry.url, entry.type.rawValue, entry.difficulty?.rawValue ?? "", entry.language, entry.body.excerpt] {
            hasher.combine(text)
        }
        hasher.combine(Int64(entry.tags.count))
        for tag in entry.tags { hasher.combine(tag) }
        hasher.combine(entry.searchWords.hash)
        return hasher.value
    }

    /// `describing`: words that say what the entry is without being in its text, its type's
    /// and its host's (see `SearchSynonyms`); they count as tag words. `context`: its block's
    /// title, whose words count as body words («бизнес» finds the entries of «ML в бизнесе»,
    /// below those that say it themselves).
    init(entry: Entry, tagTitles: [String: String], describing: [String] = [], context: String = "") {
        title = entry.title
        path = SiteURLs.entry(block: entry.block, slug: entry.slug)
        block = entry.block
        type = entry.type.rawValue
        level = entry.difficulty?.rawValue
        language = entry.language
        tags = entry.tags
        excerpt = entry.body.excerpt

        // A word is kept in the first (best) field it appears in: the browser ranks by the best.
        // The entry's own fields were cut when it was parsed; the tags come second, so their
        // words leave the summary and the body here.
        let own = entry.searchWords
        // Bytes straight from the texts: words kept as store bytes are not made into strings.
        let title = own.title.withUTF8 { Array($0) }
        var tagWords: [IndexWord] = []
        var seen = Set(IndexWord.words(in: title))
        let tagText = entry.tags.map { $0 + " " + (tagTitles[$0] ?? "") } + describing
        for word in IndexWord.words(in: SearchText.joinedWords(tagText.joined(separator: " ")))
            where seen.insert(word).inserted {
            tagWords.append(word)
        }
        func lessTags(_ text: StoredText) -> [UInt8] {
            let words = text.withUTF8 { Array($0) }
            return tagWords.isEmpty ? words : IndexWord.joined(IndexWord.words(in: words).filter { !tagWords.contains($0) })
        }
        let summary = lessTags(own.summary)
        var body = lessTags(own.body)
        if !context.isEmpty {
            // The block's words the entry does not have already, after its own.
            var earlier = seen.union(IndexWord.words(in: summary)).union(IndexWord.words(in: body))
            let extra = IndexWord.words(in: SearchText.joinedWords(context)).filter { earlier.insert($0).inserted }
            if !extra.isEmpty { body = IndexWord.joined(IndexWord.words(in: body) + extra) }
        }
        words = [title, IndexWord.joined(tagWords), summary, body]
    }
}
