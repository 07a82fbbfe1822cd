/// The whole collection after parsing: what every later stage reads.
public struct Collection: Sendable {
    public var config: SiteConfig
    /// In `order`, then by slug.
    public let blocks: [Block]
    /// Published entries (drafts only when asked for), sorted by block order, then as each block
    /// lists them (`EntryListKey`).
    public private(set) var entries: [Entry]
    /// Every tag used by a published entry, sorted by slug.
    public var tags: [Tag]
    /// Source paths of drafts left out of this build, to explain links that point at them.
    public var draftPaths: Set<String>
    /// Source files that exist but failed to parse, and tags that exist but have no page
    /// because of an error already reported: links to them are not reported a second time.
    public var unparsedPaths: Set<String> = []
    public var tagsWithoutPage: Set<String> = []
    /// The tags tags.yml defines, sorted: what a misspelt tag is most likely meant to be.
    public var definedTags: [String] = []
    /// Indices into `entries` of each block's entries, in listing order: derived once, since
    /// the home page, block pages, feeds, neighbours and the sitemap all need it.
    public let entryIndicesByBlock: [String: [Int]]
    /// Each entry's position in the whole collection newest first (see `isNewer`): sorted once,
    /// so the home page, the feeds and the tag lists order their entries by comparing numbers.
    let newestRank: [Int]
    /// Standalone pages (`about.md`), linked from every page's footer.
    public var pages: [StandalonePage] = []

    public init(config: SiteConfig, blocks: [Block], entries: [Entry], tags: [Tag], draftPaths: Set<String>,
                unparsedPaths: Set<String> = [], tagsWithoutPage: Set<String> = []) {
        self.init(config: config, blocks: blocks, entries: entries, tags: tags, draftPaths: draftPaths, unparsedPaths: unparsedPaths,
                  tagsWithoutPage: tagsWithoutPage, newestRank: nil)
    }

    /// - Parameter newestRank: `newestRank(of: entries)`, when the caller has made it already.
    init(config: SiteConfig, blocks: [Block], entries: [Entry], tags: [Tag], draftPaths: Set<String>,
         unparsedPaths: Set<String>, tagsWithoutPage: Set<String>, newestRank: [Int]?) {
        self.config = config
        self.blocks = blocks
        self.entries = entries
        self.tags = tags
        self.draftPaths = draftPaths
        self.unparsedPaths = unparsedPaths
        self.tagsWithoutPage = tagsWithoutPage
        entryIndicesByBlock = Dictionary(grouping: entries.indices, by: { entries[$0].block })
        self.newestRank = newestRank ?? Self.newestRank(of: entries)
    }

    /// Each entry's position among `entries` newest first (see `isNewer`).
    static func newestRank(of entries: [Entry]) -> [Int] {
        // The compared fields read once each, not twice a comparison through the entries' boxes.
        let keys = entries.map { (added: $0.added, sourcePath: $0.sourcePath) }
        let order = entries.indices.sorted { isNewer(keys[$0], than: keys[$1]) }
        var rank = [Int](repeating: 0, count: entries.count)
        for (position, index) in order.enumerated() {
            rank[index] = position
        }
        return rank
    }

    public func block(_ slug: String) -> Block? { blocks.first { $0.slug == slug } }

    /// The same collection with some entries replaced in their places; only for replacements
    /// that keep every entry's block, slug, tags and date, on which the derived orders rest.
    func replacingEntries(_ replacements: [Int: Entry]) -> Collection {
        var copy = self
        var entries = self.entries
        for (index, entry) in replacements { entries[index] = entry }
        copy.entries = entries
        return copy
    }
}

/// A tag as the site shows it: its stable slug, display title and the entries that carry it.
public struct Tag: Sendable {
    public var name: String
    public var slug: String
    public var title: String
    public var description: String?
    /// Indices into `Collection.entries`, newest first.
    public var entryIndices: [Int]
}

extension Collection {
    /// Newest first by `added`; ties in source order, so lists and feeds never reshuffle between builds.
    static func isNewer(_ a: Entry, than b: Entry) -> Bool {
        isNewer((a.added, a.sourcePath), than: (b.added, b.sourcePath))
    }

    static func isNewer(_ a: (added: ISODate, sourcePath: String), than b: (added: ISODate, sourcePath: String)) -> Bool {
        a.added != b.added ? a.added > b.added : a.sourcePath < b.sourcePath
    }

    /// Indices of entries, newest first.
    func newestFirst(_ indices: some Sequence<Int>) -> [Int] {
        indices.sorted { newestRank[$0] < newestRank[$1] }
    }
}
