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
        var searchWords: SearchWords
    }

    /// What is derived from the fields once, when an entry is made: hashes of what a summary,
    /// the search index and a link read of the entry, and the key of the resource it points at.
    /// `init(of:)` is the one place they are computed; the source store keeps them with the
    /// fields, so an entry reused from the previous build does not compute them again.
    struct Keys: Sendable, Equatable {
        /// See `Entry.summaryKey`, `searchKey`, `linkKey` and `resourceKey`.
        var summary: UInt64
        var search: UInt64
        var link: UInt64
        var resource: String

        init(summary: UInt64, search: UInt64, link: UInt64, resource: String) {
            self.summary = summary
            self.search = search
            self.link = link
            self.resource = resource
        }

        /// - Parameter resource: the resource key when it is known to be `fields.url`'s already.
        init(of fields: Fields, resource: String? = nil) {
            summary = EntrySummary.inputsKey(of: fields)
            search = SearchDocument.inputsKey(of: fields)
            var link = StableHasher()
            link.combine(fields.sourcePath)
            link.combine(fields.title)
            self.link = link.value
            self.resource = resource ?? URLNormalization.normalize(fields.url) ?? fields.url
        }
    }

    private final class Box: Sendable {
        let fields: Fields
        /// Made with the fields, which never change in a box.
        let keys: Keys

        init(_ fields: Fields, keys: Keys) {
            self.fields = fields
            self.keys = keys
        }
    }

    private var box: Box

    /// The hash of every field a summary of the entry (a card in a list) is made from: lists
    /// depend on it rather than on the whole source (see `OutputDependencies`).
    var summaryKey: UInt64 { box.keys.summary }
    /// The hash of everything the search index takes from the entry (see `SearchIndex.inputsKey`).
    var searchKey: UInt64 { box.keys.search }
    /// The hash of what a link to the entry shows: its path and title.
    var linkKey: UInt64 { box.keys.link }
    /// The entry's URL normalised (see `URLNormalization`): two entries with the same key are the
    /// same resource, however their URLs are spelled.
    var resourceKey: String { box.keys.resource }
    /// Everything derived from the fields, for the source store to keep.
    var keys: Keys { box.keys }

    public subscript<Value>(dynamicMember keyPath: KeyPath<Fields, Value>) -> Value {
        box.fields[keyPath: keyPath]
    }

    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<Fields, Value>) -> Value {
        get { box.fields[keyPath: keyPath] }
        set {
            var fields = box.fields
            fields[keyPath: keyPath] = newValue
            // Normalising the URL is the dearest key; most changes leave the URL alone.
            box = Box(fields, keys: Keys(of: fields, resource: fields.url == box.fields.url ? box.keys.resource : nil))
        }
    }

    /// - Parameter keys: the keys kept with these very fields (by the source store); computed when nil.
    init(block: String, slug: String, sourcePath: String, file: String, title: String, url: String, type: ResourceType,
         tags: [String], added: ISODate, language: String, difficulty: Difficulty?, authors: [String], updated: ISODate?,
         draft: Bool, checkLinks: Bool, body: ParsedBody, urlLocation: SourceLocation, tagLocations: [SourceLocation],
         searchWords: SearchWords = SearchWords(), keys: Keys? = nil) {
        let fields = Fields(block: block, slug: slug, sourcePath: sourcePath, file: file, title: title, url: url, type: type, tags: tags,
                            added: added, language: language, difficulty: difficulty, authors: authors, updated: updated, draft: draft,
                            checkLinks: checkLinks, body: body, urlLocation: urlLocation, tagLocations: tagLocations,
                            searchWords: searchWords)
        box = Box(fields, keys: keys ?? Keys(of: fields))
    }

    /// The same entry with its keys computed again from its fields: what a fresh parse would give
    /// (for tests of keys kept in the source store).
    var recomputingKeys: Entry {
        var copy = self
        copy.box = Box(box.fields, keys: Keys(of: box.fields))
        return copy
    }

    static let knownKeys = ["title", "url", "type", "tags", "added", "language", "difficulty", "authors", "updated", "draft", "check"]
}
