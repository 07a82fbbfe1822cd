/// One resource of the collection: one Markdown file, its slug the file name.
///
/// Its fields live in one shared, immutable box: an entry is copied at every stage (parsed
/// sources, the collection, a server's kept build, page contexts), and a copy then costs one
/// reference count instead of one per field. Fields read as properties (`entry.title`);
/// setting one copies the box once.
@dynamicMemberLookup
public struct Entry: Sendable {
    public struct Fields: Sendable {
        public var block: String
        public var slug: String
        /// Path inside the content folder, e.g. `research/gpts-are-gpts.md`: what links name.
        public var sourcePath: String
        /// Path as the author sees it: what diagnostics name.
        public var file: String

        public var title: String
        public var url: String
        public var type: ResourceType
        public var tags: [String]
        public var added: ISODate
        public var language: String
        public var difficulty: Difficulty?
        public var authors: [String]
        public var updated: ISODate?
        public var draft: Bool
        /// `check: false` keeps the link checker away from this entry's URL.
        public var checkLinks: Bool
        public var body: ParsedBody

        /// Where fields were written, for diagnostics found after parsing (duplicates, tag clashes).
        public var urlLocation: SourceLocation
        public var tagLocations: [SourceLocation]
        /// Its words for the search index, cut when it is parsed (see `SearchWords`).
        var searchWords = SearchWords()
    }

    private final class Box: Sendable {
        let fields: Fields
        /// Made with the fields, which never change in a box: hashes of what a summary, the
        /// search index and a link read of the entry (see `summaryKey`, `searchKey`, `linkKey`).
        let summaryKey: UInt64
        let searchKey: UInt64
        let linkKey: UInt64

        init(_ fields: Fields) {
            self.fields = fields
            summaryKey = EntrySummary.inputsKey(of: fields)
            searchKey = SearchDocument.inputsKey(of: fields)
            var link = StableHasher()
            link.combine(fields.sourcePath)
            link.combine(fields.title)
            linkKey = link.value
        }
    }

    private var box: Box

    /// The hash of every field a summary of the entry (a card in a list) is made from: lists
    /// depend on it rather than on the whole source (see `OutputDependencies`).
    var summaryKey: UInt64 { box.summaryKey }
    /// The hash of everything the search index takes from the entry (see `SearchIndex.inputsKey`).
    var searchKey: UInt64 { box.searchKey }
    /// The hash of what a link to the entry shows: its path and title.
    var linkKey: UInt64 { box.linkKey }

    public subscript<Value>(dynamicMember keyPath: KeyPath<Fields, Value>) -> Value {
        box.fields[keyPath: keyPath]
    }

    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<Fields, Value>) -> Value {
        get { box.fields[keyPath: keyPath] }
        set {
            var fields = box.fields
            fields[keyPath: keyPath] = newValue
            box = Box(fields)
        }
    }

    init(block: String, slug: String, sourcePath: String, file: String, title: String, url: String, type: ResourceType,
         tags: [String], added: ISODate, language: String, difficulty: Difficulty?, authors: [String], updated: ISODate?,
         draft: Bool, checkLinks: Bool, body: ParsedBody, urlLocation: SourceLocation, tagLocations: [SourceLocation],
         searchWords: SearchWords = SearchWords()) {
        box = Box(Fields(block: block, slug: slug, sourcePath: sourcePath, file: file, title: title, url: url, type: type, tags: tags,
                         added: added, language: language, difficulty: difficulty, authors: authors, updated: updated, draft: draft,
                         checkLinks: checkLinks, body: body, urlLocation: urlLocation, tagLocations: tagLocations,
                         searchWords: searchWords))
    }

    static let knownKeys = ["title", "url", "type", "tags", "added", "language", "difficulty", "authors", "updated", "draft", "check"]
}
