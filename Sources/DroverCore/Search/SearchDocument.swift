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

    /// How much of the entry's text counts as its summary: what a card shows of it.
    static let summaryLength = 200

    /// The hash of every field of an entry a document is made from (tag titles aside, which
    /// `SearchIndex.inputsKey` adds), kept beside the initialiser below so the two read the same
    /// fields. An entry computes it once (`Entry.searchKey`).
    static func inputsKey(of entry: Entry.Fields) -> UInt64 {
        var hasher = StableHasher()
        for text in [entry.sourcePath, entry.title, entry.type.rawValue, entry.difficulty?.rawValue ?? "", entry.language] {
            hasher.combine(text)
        }
        hasher.combine(Int64(entry.tags.count))
        for tag in entry.tags { hasher.combine(tag) }
        hasher.combine(entry.searchWords.hash)
        return hasher.value
    }

    init(entry: Entry, tagTitles: [String: String]) {
        title = entry.title
        path = SiteURLs.entry(block: entry.block, slug: entry.slug)
        block = entry.block
        type = entry.type.rawValue
        level = entry.difficulty?.rawValue
        language = entry.language
        tags = entry.tags

        // A word is kept in the first (best) field it appears in: the browser ranks by the best.
        // The entry's own fields were cut when it was parsed; the tags come second, so their
        // words leave the summary and the body here.
        let own = entry.searchWords
        // Bytes straight from the texts: words kept as store bytes are not made into strings.
        let title = own.title.withUTF8 { Array($0) }
        var tagWords: [IndexWord] = []
        var seen = Set(IndexWord.words(in: title))
        for word in IndexWord.words(in: SearchText.joinedWords(entry.tags.map { $0 + " " + (tagTitles[$0] ?? "") }.joined(separator: " ")))
            where seen.insert(word).inserted {
            tagWords.append(word)
        }
        func lessTags(_ text: StoredText) -> [UInt8] {
            let words = text.withUTF8 { Array($0) }
            return tagWords.isEmpty ? words : IndexWord.joined(IndexWord.words(in: words).filter { !tagWords.contains($0) })
        }
        words = [title, IndexWord.joined(tagWords), lessTags(own.summary), lessTags(own.body)]
    }
}
