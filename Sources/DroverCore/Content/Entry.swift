/// One resource of the collection: one Markdown file, its slug the file name.
public struct Entry: Sendable {
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

    static let knownKeys = ["title", "url", "type", "tags", "added", "language", "difficulty", "authors", "updated", "draft", "check"]
}
