/// An entry's own words for the search index, cut and folded once, when the entry is parsed:
/// they depend on nothing but its source, so an incremental build reuses them with the parse
/// and the index of a 10,000-entry site is not made by re-reading every text on every build.
///
/// Each field keeps the words not already in an earlier field (see `SearchDocument`); the tags'
/// words, which depend on tags.yml's titles, are added when the index is built.
///
/// Each field's words are kept joined by spaces (no word holds one): three strings an entry rather
/// than hundreds, which is most of what an entry weighs in memory and in the source store.
struct SearchWords: Sendable, Equatable {
    let joinedTitle: String
    /// The first `SearchDocument.summaryLength` characters of the excerpt, less the title's words.
    let joinedSummary: String
    /// The rest of the excerpt and the authors, less the title's and the summary's words.
    let joinedBody: String
    /// The hash of the three, made once: the index's inputs key reads every entry's on every build.
    let hash: UInt64

    init(joinedTitle: String = "", joinedSummary: String = "", joinedBody: String = "") {
        self.joinedTitle = joinedTitle
        self.joinedSummary = joinedSummary
        self.joinedBody = joinedBody
        var hasher = StableHasher()
        for field in [joinedTitle, joinedSummary, joinedBody] { hasher.combine(field) }
        hash = hasher.value
    }


    init(entry: Entry) {
        // The collection keeps the start of each body (`ParsedBody.excerpt`); its first
        // `summaryLength` characters are the summary, the rest (and the authors) the body.
        let excerpt = entry.body.excerpt.unicodeScalars
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
        let title = distinct(entry.title)
        let summary = distinct(String(excerpt[..<cut]))
        self.init(joinedTitle: title, joinedSummary: summary,
                  joinedBody: distinct(String(excerpt[cut...]) + " " + entry.authors.joined(separator: " ")))
    }
}
