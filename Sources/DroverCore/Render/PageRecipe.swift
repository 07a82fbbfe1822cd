/// Which page an output is, and so how its context is made: planning names every page this way
/// and makes no context at all; only the pages a build renders get one (see `PageContexts`).
enum PageRecipe: Sendable {
    case home
    case tagIndex
    case notFound
    case search
    case block(Block, page: Int)
    case tag(Tag, page: Int)
    case standalone(StandalonePage)
    case entry(Int, previous: Int?, next: Int?)

    /// The page's context.
    func context(in contexts: PageContexts) -> PageContext {
        switch self {
        case .home: contexts.home()
        case .tagIndex: contexts.tagIndex()
        case .notFound: contexts.notFound()
        case .search: contexts.search()
        case .block(let block, let number): contexts.block(block, page: number)
        case .tag(let tag, let number): contexts.tag(tag, page: number)
        case .standalone(let page): contexts.standalone(page)
        case .entry(let index, let previous, let next): contexts.entry(at: index, neighbours: (previous, next))
        }
    }

    /// The entries whose summaries the page shows (as cards, or its own entry's).
    /// The entries the page shows as cards: those it summarizes, except an entry page's own.
    func listedEntries(in collection: Collection) -> [Int] {
        if case .entry = self { return [] }
        return summarizedEntries(in: collection)
    }

    func summarizedEntries(in collection: Collection) -> [Int] {
        switch self {
        case .home: return PageContexts.recentEntries(of: collection)
        case .block(let block, let number):
            let indices = collection.entryIndicesByBlock[block.slug] ?? []
            return ListPaging(block, in: collection).range(ofPage: number).map { indices[$0] }
        case .tag(let tag, let number):
            return ListPaging(tag, in: collection).range(ofPage: number).map { tag.entryIndices[$0] }
        case .entry(let index, _, _): return [index]
        case .tagIndex, .notFound, .search, .standalone: return []
        }
    }
}
