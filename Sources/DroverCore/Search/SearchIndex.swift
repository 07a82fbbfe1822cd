/// The site's search index: static files under `search/` that the browser fetches as needed.
///
/// A pure function of the collection, so the build can call it wherever the site's other outputs
/// are written and, once builds are incremental, rewrite only the files whose bytes changed:
///
/// - `search/meta.json`: the shard list and each filter's values, with one small column per
///   filter (block, type, level, language) giving every entry's value, so filter counts need
///   no other download;
/// - `search/shards/KEY.json`: every word whose transliteration starts with KEY (two letters),
///   with its Snowball stem and, per field (title, tags, summary, body), the entries it is in;
/// - `search/docs/N.json`: `[title, path, excerpt, tag positions]` of entries
///   `N*docChunk ..< (N+1)*docChunk`, what a result shows;
/// - `search/tags.json`: the entries of each tag, loaded only when the tag filter is used.
///
/// Entries are numbered in collection order (block, then slug), so editing an entry changes only
/// the shards of the words it gained or lost, its docs chunk and, if its filters changed,
/// `meta.json` or `tags.json`. Adding or removing an entry renumbers the ones after it.
public struct SearchIndex: Sendable {
    public struct File: Sendable, Equatable {
        /// Relative to the site root.
        public var path: String
        public var bytes: [UInt8]
    }

    public static let folder = "search/"
    /// The theme's template for the search page; a theme without it gets the index alone.
    static let template = "search"
    /// Entries per docs chunk: small enough that a chunk with excerpts stays a small request.
    public static let docChunk = 64
    public static let formatVersion = 2

    public let files: [File]

    /// The index of a collection; its entries' words are gathered on all cores (it is most of
    /// the index's cost).
    static func build(collection: Collection, strings: InterfaceStrings) async -> SearchIndex {
        let tagTitles = Dictionary(uniqueKeysWithValues: collection.tags.map { ($0.name, $0.title) })
        let entries = collection.entries
        let synonyms = SearchSynonyms(strings: strings, site: collection.config.searchSynonyms)
        let blockTitles = Dictionary(collection.blocks.map { ($0.slug, $0.title) }, uniquingKeysWith: { first, _ in first })
        let documents = await concurrentMap(entries.count, chunk: 64) {
            SearchDocument(entry: entries[$0], tagTitles: tagTitles,
                           describing: describingWords(entries[$0], synonyms: synonyms, strings: strings),
                           context: blockTitles[entries[$0].block] ?? "")
        }
        let words = WordsByShard(documents)
        let shards = await concurrentMap(words.keys.count, chunk: 8) { words.shardFile(words.keys[$0]) }
        return SearchIndex(documents: documents, shards: shards, keys: words.keys, collection: collection, strings: strings, synonyms: synonyms)
    }

    /// The words that say what an entry is without being in its text: its type, by name and by
    /// label («канал», "channel"), and the synonyms of its URL's host («телеграм» for t.me).
    static func describingWords(_ entry: Entry, synonyms: SearchSynonyms, strings: InterfaceStrings) -> [String] {
        [entry.type.rawValue, strings.label(entry.type)] + synonyms.hostWords(url: entry.url)
    }

    /// The same index, made on the calling thread: for a build that kept the previous index and
    /// finds one of its files missing from the output.
    init(collection: Collection, strings: InterfaceStrings) {
        let tagTitles = Dictionary(uniqueKeysWithValues: collection.tags.map { ($0.name, $0.title) })
        let synonyms = SearchSynonyms(strings: strings, site: collection.config.searchSynonyms)
        let blockTitles = Dictionary(collection.blocks.map { ($0.slug, $0.title) }, uniquingKeysWith: { first, _ in first })
        let documents = collection.entries.map {
            SearchDocument(entry: $0, tagTitles: tagTitles,
                           describing: Self.describingWords($0, synonyms: synonyms, strings: strings),
                           context: blockTitles[$0.block] ?? "")
        }
        let words = WordsByShard(documents)
        self.init(documents: documents, shards: words.keys.map(words.shardFile), keys: words.keys, collection: collection, strings: strings, synonyms: synonyms)
    }

    /// The hash of everything the index is made from: each entry's searchable words, title, path
    /// and filter values, the tags' and blocks' names and titles, the filters' labels. Equal to
    /// the previous build's, the previous index is still right: an edit to a body below what
    /// search reads, or to anything search does not show, costs no index.
    static func inputsKey(collection: Collection, strings: InterfaceStrings) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(Int64(formatVersion))
        hasher.combine(Int64(docChunk))
        hasher.combine(strings.fingerprint)
        SearchSynonyms(strings: strings, site: collection.config.searchSynonyms).fold(into: &hasher)
        for block in collection.blocks {
            hasher.combine(block.slug)
            hasher.combine(block.title)
        }
        for tag in collection.tags {
            hasher.combine(tag.name)
            hasher.combine(tag.slug)
            hasher.combine(tag.title)
        }
        hasher.combine(Int64(collection.entries.count))
        for entry in collection.entries { hasher.combine(entry.searchKey) }
        return hasher.value
    }

    /// Whether a site path is one of the index's files (the search page itself is not).
    static func isIndexFile(_ path: String) -> Bool {
        path.hasPrefix(folder) && path != folder + "index.html"
    }

    /// The index around its shard files (`keys` in the same order).
    private init(documents: [SearchDocument], shards: [File], keys: [String], collection: Collection, strings: InterfaceStrings,
                 synonyms: SearchSynonyms) {
        var files = shards
        let tagIndex = Dictionary(uniqueKeysWithValues: collection.tags.enumerated().map { ($1.name, $0) })
        for start in stride(from: 0, to: documents.count, by: Self.docChunk) {
            let chunk = documents[start..<min(start + Self.docChunk, documents.count)].map {
                Doc(title: $0.title, path: $0.path, excerpt: $0.excerpt, tags: $0.tags.compactMap { tagIndex[$0] })
            }
            files.append(File(path: Self.folder + "docs/\(start / Self.docChunk).json", bytes: IndexJSON.encode(chunk)))
        }
        var tagMembers = [[Int]](repeating: [], count: collection.tags.count)
        for (id, document) in documents.enumerated() {
            for tag in Set(document.tags) { if let index = tagIndex[tag] { tagMembers[index].append(id) } }
        }
        files.append(File(path: Self.folder + "tags.json", bytes: IndexJSON.encode(tagMembers.map(Postings.encode))))
        files.append(File(path: Self.folder + "meta.json",
                          bytes: IndexJSON.encode(Self.meta(documents: documents, collection: collection, strings: strings, shardKeys: keys,
                                                            synonyms: synonyms))))
        self.files = files.sorted { $0.path < $1.path }
    }

    /// What a result shows of an entry, as a row `[title, path, excerpt, [tag positions]]`.
    struct Doc: Encodable {
        var title: String
        var path: String
        var excerpt: String
        /// Positions in `meta.json`'s `tags`.
        var tags: [Int]

        func encode(to encoder: Encoder) throws {
            var row = encoder.unkeyedContainer()
            try row.encode(title)
            try row.encode(path)
            try row.encode(excerpt)
            try row.encode(tags)
        }
    }

    /// One shard: its words' stems, and per word `[word, stem position, title, tags, summary, body]`
    /// (each field's entries encoded by `Postings`).
    struct Shard: Encodable {
        var stems: [String]
        var words: [Word]

        struct Word: Encodable {
            var word: String
            var stem: Int
            var fields: [String]

            func encode(to encoder: Encoder) throws {
                var row = encoder.unkeyedContainer()
                try row.encode(word)
                try row.encode(stem)
                for field in fields { try row.encode(field) }
            }
        }
    }

    /// Every word with the entries it is in per field, grouped by shard: the shards are then made
    /// one by one, or on all cores.
    private struct WordsByShard: Sendable {
        /// Shard keys, sorted.
        let keys: [String]
        private let words: [String: [IndexWord]]
        private let postings: [IndexWord: [[Int]]]

        init(_ documents: [SearchDocument]) {
            // Word → entries per field; entries are visited in order, so each list comes out sorted.
            var postings: [IndexWord: [[Int]]] = [:]
            let empty = [[Int]](repeating: [], count: SearchDocument.Field.allCases.count)
            for (id, document) in documents.enumerated() {
                for (field, words) in document.words.enumerated() {
                    for word in words.split(separator: 0x20) { postings[IndexWord(bytes: word), default: empty][field].append(id) }
                }
            }
            var words: [String: [IndexWord]] = [:]
            for word in postings.keys { words[SearchText.shardKey(word.text), default: []].append(word) }
            keys = words.keys.sorted()
            self.words = words
            self.postings = postings
        }

        /// The shard file of `key`: its words in byte order with their Snowball stems.
        func shardFile(_ key: String) -> File {
            let stemmer = WordStemmer()
            var shard = Shard(stems: [], words: [])
            var stemPositions: [String: Int] = [:]
            for word in words[key, default: []].sorted(by: IndexWord.inByteOrder) {
                let text = word.text
                let stem = stemmer.stem(text)
                let position = stemPositions[stem] ?? shard.stems.count
                if position == shard.stems.count {
                    stemPositions[stem] = position
                    shard.stems.append(stem)
                }
                shard.words.append(.init(word: text, stem: position, fields: postings[word]!.map(Postings.encode)))
            }
            return File(path: SearchIndex.folder + "shards/" + SearchText.shardFileName(key) + ".json", bytes: IndexJSON.encode(shard))
        }
    }

    /// What the page needs before any shard: the shard list and the filters, each with its
    /// values `[key, label]` and a column of every entry's value (see `FacetColumn`).
    struct Meta: Encodable {
        var version = SearchIndex.formatVersion
        var docs: Int
        var docChunk = SearchIndex.docChunk
        var shards: [String]
        var facets: [Facet]
        /// `[slug, title]` of each tag, in the order of `tags.json`.
        var tags: [[String]]
        /// Groups of words that stand for one another (`SearchSynonyms.wordGroups`).
        var synonyms: [[String]]

        struct Facet: Encodable {
            var name: String
            var values: [[String]]
            var column: String
        }
    }

    private static func meta(documents: [SearchDocument], collection: Collection, strings: InterfaceStrings, shardKeys: [String],
                             synonyms: SearchSynonyms) -> Meta {
        let languages = Set(documents.map(\.language)).sorted()
        let facets: [(name: String, values: [(key: String, label: String)], value: (SearchDocument) -> String?)] = [
            ("block", collection.blocks.map { ($0.slug, $0.title) }, { $0.block }),
            ("type", ResourceType.allCases.map { ($0.rawValue, strings.label($0)) }, { $0.type }),
            // Named `level` in the URL (`&level=`) as the contract says; the entry field is `difficulty`.
            ("level", Difficulty.allCases.map { ($0.rawValue, strings.label($0)) }, { $0.level }),
            ("lang", languages.map { ($0, strings.languageName($0).name) }, { $0.language }),
        ]
        return Meta(docs: documents.count, shards: shardKeys.map(SearchText.shardFileName), facets: facets.map { facet in
            let positions = Dictionary(uniqueKeysWithValues: facet.values.enumerated().map { ($1.key, $0 + 1) })
            let column = documents.map { facet.value($0).flatMap { positions[$0] } ?? 0 }
            return Meta.Facet(name: facet.name, values: facet.values.map { [$0.key, $0.label] },
                              column: FacetColumn.encode(column, valueCount: facet.values.count))
        }, tags: collection.tags.map { [$0.slug, $0.title] }, synonyms: synonyms.wordGroups)
    }
}
