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
/// - `search/docs/N.json`: titles and paths of entries `N*docChunk ..< (N+1)*docChunk`;
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
    /// Entries per docs chunk: small enough that the first results cost one small request.
    public static let docChunk = 128
    public static let formatVersion = 1

    public let files: [File]

    public init(collection: Collection) {
        let tagTitles = Dictionary(uniqueKeysWithValues: collection.tags.map { ($0.name, $0.title) })
        let documents = parallelMap(collection.entries.count) { index in
            SearchDocument(entry: collection.entries[index], tagTitles: tagTitles)
        }
        self.init(documents: documents, collection: collection)
    }

    init(documents: [SearchDocument], collection: Collection) {
        var files: [File] = []
        let shards = Self.shards(of: documents)
        for (key, json) in shards {
            files.append(File(path: Self.folder + "shards/" + SearchText.shardFileName(key) + ".json", bytes: Array(json.utf8)))
        }
        for start in stride(from: 0, to: documents.count, by: Self.docChunk) {
            var json = JSONText()
            json.array(documents[start..<min(start + Self.docChunk, documents.count)]) { json, document in
                json.array([document.title, document.path]) { json, text in json.string(text) }
            }
            files.append(File(path: Self.folder + "docs/\(start / Self.docChunk).json", bytes: Array(json.text.utf8)))
        }
        let tagNames = collection.tags.map(\.name)
        var tagPostings = [[Int]](repeating: [], count: tagNames.count)
        let tagIndex = Dictionary(uniqueKeysWithValues: tagNames.enumerated().map { ($1, $0) })
        for (id, document) in documents.enumerated() {
            for tag in Set(document.tags) { if let index = tagIndex[tag] { tagPostings[index].append(id) } }
        }
        var tags = JSONText()
        tags.array(tagPostings) { json, ids in json.string(Postings.encode(ids)) }
        files.append(File(path: Self.folder + "tags.json", bytes: Array(tags.text.utf8)))
        files.append(File(path: Self.folder + "meta.json",
                          bytes: Array(Self.meta(documents: documents, collection: collection, shardKeys: shards.map(\.key)).utf8)))
        self.files = files.sorted { $0.path < $1.path }
    }

    /// Every shard as (key, JSON), sorted by key.
    private static func shards(of documents: [SearchDocument]) -> [(key: String, json: String)] {
        // Word → entries per field; entries are visited in order, so each list comes out sorted.
        var postings: [String: [[Int]]] = [:]
        let empty = [[Int]](repeating: [], count: SearchDocument.Field.allCases.count)
        for (id, document) in documents.enumerated() {
            for (field, words) in document.words.enumerated() {
                for word in words { postings[word, default: empty][field].append(id) }
            }
        }
        let stemmer = WordStemmer()
        var byKey: [String: [String]] = [:]
        for word in postings.keys { byKey[SearchText.shardKey(word), default: []].append(word) }
        return byKey.keys.sorted().map { key in
            let words = byKey[key]!.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            var stems: [String] = []
            var stemIndex: [String: Int] = [:]
            var json = JSONText()
            json.raw("{\"stems\":")
            let wordStems = words.map { word -> Int in
                let stem = stemmer.stem(word)
                if let known = stemIndex[stem] { return known }
                stemIndex[stem] = stems.count
                stems.append(stem)
                return stems.count - 1
            }
            json.array(stems) { json, stem in json.string(stem) }
            json.raw(",\"words\":")
            json.array(Array(words.enumerated())) { json, item in
                json.raw("[")
                json.string(item.element)
                json.raw(",\(wordStems[item.offset])")
                for ids in postings[item.element]! {
                    json.raw(",")
                    json.string(Postings.encode(ids))
                }
                json.raw("]")
            }
            json.raw("}")
            return (key, json.text)
        }
    }

    /// The filters: each one's values `[key, label]` and a column of every entry's value.
    private static func meta(documents: [SearchDocument], collection: Collection, shardKeys: [String]) -> String {
        let languages = Set(documents.map(\.language)).sorted()
        let facets: [(name: String, values: [(key: String, label: String)], value: (SearchDocument) -> String?)] = [
            ("block", collection.blocks.map { ($0.slug, $0.title) }, { $0.block }),
            ("type", ResourceType.allCases.map { ($0.rawValue, $0.label) }, { $0.type }),
            ("level", Level.allCases.map { ($0.rawValue, $0.label) }, { $0.level }),
            ("lang", languages.map { ($0, PageContexts.languageName($0)) }, { $0.language }),
        ]
        var json = JSONText()
        json.raw("{\"version\":\(formatVersion),\"docs\":\(documents.count),\"docChunk\":\(docChunk),\"shards\":")
        json.array(shardKeys) { json, key in json.string(SearchText.shardFileName(key)) }
        json.raw(",\"facets\":")
        json.array(facets) { json, facet in
            json.raw("{\"name\":")
            json.string(facet.name)
            json.raw(",\"values\":")
            json.array(facet.values) { json, value in json.array([value.key, value.label]) { json, text in json.string(text) } }
            let positions = Dictionary(uniqueKeysWithValues: facet.values.enumerated().map { ($1.key, $0 + 1) })
            json.raw(",\"column\":")
            json.string(FacetColumn.encode(documents.map { facet.value($0).flatMap { positions[$0] } ?? 0 }, valueCount: facet.values.count))
            json.raw("}")
        }
        json.raw(",\"tags\":")
        json.array(collection.tags) { json, tag in json.array([tag.slug, tag.title]) { json, text in json.string(text) } }
        json.raw("}")
        return json.text
    }
}
