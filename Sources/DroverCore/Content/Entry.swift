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
        /// Its place in a block listed by weight (`weight`), lower first; nil for none.
        public var weight: Int?
        public var body: ParsedBody

        /// Where fields were written, for diagnostics found after parsing (duplicates, tag clashes).
        public var urlLocation: SourceLocation
        public var tagLocations: [SourceLocation]
        /// Its words for the search index, cut when it is parsed (see `SearchWords`).
        var searchWords: SearchWords
    }

    /// What is derived from the fields once, when an entry is made: hashes of what a summary,
    /// the search index and a link read of the entry, and the key of the resource it points at.
    /// The parse stage computes them (`Keys.init(of:)`, beside the entry parser); the source store
    /// keeps them with the fields, so an entry reused from the previous build does not compute
    /// them again. The model only holds them: it calls no later stage.
    struct Keys: Sendable, Equatable {
        /// See `Entry.summaryKey`, `searchKey`, `linkKey` and `resourceKey`.
        var summary: UInt64
        var search: UInt64
        var link: UInt64
        var resource: String
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

    private let box: Box

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
    /// The fields all together, to derive keys from.
    var fields: Fields { box.fields }

    public subscript<Value>(dynamicMember keyPath: KeyPath<Fields, Value>) -> Value {
        box.fields[keyPath: keyPath]
    }

    /// An entry of `fields` and the keys derived from those very fields.
    init(_ fields: Fields, keys: Keys) {
        box = Box(fields, keys: keys)
    }

    static let knownKeys = ["title", "url", "type", "tags", "added", "language", "difficulty", "authors", "updated", "draft", "check", "weight"]
}
