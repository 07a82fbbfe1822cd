/// An entry's own words for the search index, cut and folded once, when the entry is parsed:
/// they depend on nothing but its source, so an incremental build reuses them with the parse
/// and the index of a 10,000-entry site is not made by re-reading every text on every build.
///
/// Each field keeps the words not already in an earlier field (see `SearchDocument`); the tags'
/// words, which depend on tags.yml's titles, are added when the index is built.
///
/// Each field's words are kept joined by spaces (no word holds one): three texts an entry rather
/// than hundreds; an entry reused from the source store keeps them as its bytes (`StoredText`)
/// until the index is made again.
struct SearchWords: Sendable, Equatable {
    /// The title's words.
    let title: StoredText
    /// The first `SearchDocument.summaryLength` characters of the excerpt, less the title's words.
    let summary: StoredText
    /// The rest of the excerpt and the authors, less the title's and the summary's words.
    let body: StoredText

    var joinedTitle: String { title.string }
    var joinedSummary: String { summary.string }
    var joinedBody: String { body.string }
    /// The three as the source store keeps them.
    var texts: [StoredText] { [title, summary, body] }

    /// The hash of the three, read once per entry when its keys are made (`Entry.Keys`): hashed
    /// from their bytes, so words kept as store bytes are not decoded for it.
    var hash: UInt64 {
        var hasher = StableHasher()
        for text in texts { text.withUTF8 { hasher.combine(bytes: $0) } }
        return hasher.value
    }

    init(joinedTitle: String = "", joinedSummary: String = "", joinedBody: String = "") {
        self.init(title: StoredText(joinedTitle), summary: StoredText(joinedSummary), body: StoredText(joinedBody))
    }

    /// Words as the source store keeps them, decoded when the index reads them.
    init(title: StoredText, summary: StoredText, body: StoredText) {
        self.title = title
        self.summary = summary
        self.body = body
    }

    static func == (left: SearchWords, right: SearchWords) -> Bool {
        left.joinedTitle == right.joinedTitle && left.joinedSummary == right.joinedSummary && left.joinedBody == right.joinedBody
    }

    /// The words of an entry with this title, excerpt (`ParsedBody.excerpt`) and authors.
    init(title: String, excerpt: String, authors: [String]) {
        // The collection keeps the start of each body; its first `summaryLength` characters are
        // the summary, the rest (and the authors) the body.
        let excerpt = excerpt.unicodeScalars
        var cut = excerpt.index(excerpt.startIndex, offsetBy: SearchDocument.summaryLength, limitedBy: excerpt.endIndex) ?? excerpt.endIndex
        // Back to the start of the word the limit falls in, so no word is cut in two.
        while cut != excerpt.endIndex, cut != excerpt.startIndex, !excerpt[excerpt.index(before: cut)].properties.isWhitespace {
            cut = excerpt.index(before: cut)
        }
        var seen: Set<IndexWord> = []
        seen.reserveCapacity(128)
        func distinct(_ text: String) -> String {
            var kept: [UInt8] = []
            IndexWord.forEach(in: SearchText.joinedWords(text)) { word in
                guard seen.insert(word).inserted else { return }
                if !kept.isEmpty { kept.append(0x20) }
                kept += word.bytes
            }
            return String(decoding: kept, as: UTF8.self)
        }
        let title = distinct(title)
        let summary = distinct(String(excerpt[..<cut]))
        self.init(joinedTitle: title, joinedSummary: summary,
                  joinedBody: distinct(String(excerpt[cut...]) + " " + authors.joined(separator: " ")))
    }
}
