/// The dependency map of the incremental build: for each output of the site, one hash of exactly
/// the inputs it is made from. An output whose hash equals the one the previous build recorded is
/// left as it is, without making its context or rendering it; the others are rendered, and
/// written only when their bytes differ.
///
/// The inputs and their reach:
/// - **shared**: what every page shows or may show: the build's identity and drafts setting,
///   site.yml, tags.yml and `--base-url`, the theme's templates and strings, every block's and
///   standalone page's source (the navigation, the footer and block titles are on every page) and
///   every tag's name, slug, title and description. A change here re-renders every page.
/// - **an entry's source** (its path and bytes): its own page and the feeds that carry it;
/// - **an entry's summary** (what a card shows: title, type, dates, tags, authors, the start of
///   its text…): the list pages whose slice shows it, and the pages that show the whole
///   collection (home: recent entries and counts; the tag index and the search page: counts);
/// - **an entry's title and path**: its neighbours' pages (their previous/next links).
///   So an edit below the start of a body renders its own page alone.
/// - Files that are cheap to make (the sitemap, robots.txt, the search index, static files) are
///   made on every build and compared by content instead.
///
/// A dependency missing here would leave a stale page behind, so the randomized test in
/// IncrementalBuildTests compares every incremental build with a clean one, byte for byte.
struct OutputDependencies: Sendable {
    /// The inputs every page depends on.
    let shared: UInt64
    /// Each entry's source (path and bytes' hash), by index in `Collection.entries`.
    let entries: [UInt64]
    /// What each entry's card shows, by index.
    let summaries: [UInt64]
    /// Each entry's title and path: what a link to it shows.
    let links: [UInt64]
    /// Every entry's summary in collection order, for the pages that show the whole collection.
    let collection: UInt64

    /// - Parameter sourceHashes: the hash of each source file's bytes, by source path.
    init(site: PreparedSite, buildKey: String, settingsFingerprint: UInt64, sourceHashes: [String: UInt64]) {
        let collection = site.collection
        var shared = StableHasher()
        shared.combine(buildKey)
        shared.combine(settingsFingerprint)
        shared.combine(site.theme.fingerprint)
        shared.combine(site.strings.fingerprint)
        shared.combine(site.contentPathInRepo)
        for block in collection.blocks {
            shared.combine(block.sourcePath)
            shared.combine(sourceHashes[block.sourcePath] ?? 0)
        }
        for page in collection.pages {
            shared.combine(page.sourcePath)
            shared.combine(sourceHashes[page.sourcePath] ?? 0)
        }
        for tag in collection.tags {
            shared.combine(tag.name)
            shared.combine(tag.slug)
            shared.combine(tag.title)
            shared.combine(tag.description ?? "\u{0}")
        }
        self.shared = shared.value
        entries = collection.entries.map { entry in
            var hasher = StableHasher()
            hasher.combine(entry.sourcePath)
            hasher.combine(sourceHashes[entry.sourcePath] ?? 0)
            return hasher.value
        }
        links = collection.entries.map(\.linkKey)
        summaries = collection.entries.map(\.summaryKey)
        var whole = StableHasher()
        whole.combine(Int64(summaries.count))
        for key in summaries { whole.combine(key) }
        self.collection = whole.value
    }

    /// A page that shows only what every page shows (404, a standalone page).
    func sharedPage(_ path: String) -> UInt64 {
        key(path) { _ in }
    }

    /// A page that shows the whole collection: the home page, the tag index, the search page.
    func collectionPage(_ path: String) -> UInt64 {
        key(path) { $0.combine(collection) }
    }

    /// An entry's page: the entry, and the links to its previous and next entries in its block.
    func entryPage(_ path: String, entry: Int, neighbours: (previous: Int?, next: Int?)) -> UInt64 {
        key(path) { hasher in
            hasher.combine(entries[entry])
            hasher.combine(neighbours.previous.map { links[$0] } ?? 0)
            hasher.combine(neighbours.next.map { links[$0] } ?? 0)
        }
    }

    /// One page of a block's or a tag's list: the entries of its slice and the list's paging,
    /// plus whatever else it shows of the whole list (`extra`, e.g. whether any entry is updated).
    func listPage(_ path: String, slice: some Sequence<Int>, paging: ListPaging, extra: UInt64 = 0) -> UInt64 {
        key(path) { hasher in
            hasher.combine(Int64(paging.count))
            hasher.combine(Int64(paging.perPage))
            hasher.combine(extra)
            for index in slice { hasher.combine(summaries[index]) }
        }
    }

    /// A feed: the entries it carries, in order.
    func feed(_ path: String, items: some Sequence<Int>) -> UInt64 {
        key(path) { hasher in
            for index in items { hasher.combine(entries[index]) }
        }
    }

    private func key(_ path: String, _ body: (inout StableHasher) -> Void) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(shared)
        hasher.combine(path)
        body(&hasher)
        return hasher.value
    }
}
