/// How a list of entries (a block's or a tag's page) is split into pages: `perPage` entries a
/// page, in the list's own order, so every entry is on exactly one page; `perPage` 0 keeps the
/// whole list on one page. An empty list still has its one (empty) page.
struct ListPaging: Sendable, Equatable {
    let count: Int
    let perPage: Int

    /// How many page numbers the pagination shows around the current one (itself included),
    /// and how many of them a phone shows.
    static let windowWidth = 5
    static let narrowWindowWidth = 3

    var pageCount: Int { perPage == 0 || count == 0 ? 1 : (count + perPage - 1) / perPage }

    /// Positions in the list of the entries page `number` (1-based) shows.
    func range(ofPage number: Int) -> Range<Int> {
        precondition((1...pageCount).contains(number), "page \(number) of \(pageCount)")
        guard perPage > 0 else { return 0..<count }
        return min(count, (number - 1) * perPage)..<min(count, number * perPage)
    }

    /// The page numbers shown around page `number`: `width` of them (fewer when the list has
    /// fewer pages), centred on it where possible and shifted to stay within the pages near the
    /// first and the last page, so the pagination keeps its width as the reader moves.
    func window(around number: Int, width: Int = windowWidth) -> ClosedRange<Int> {
        let width = min(width, pageCount)
        let first = min(max(1, number - width / 2), pageCount - width + 1)
        return first...(first + width - 1)
    }
}

extension ListPaging {
    /// How a block's entries are split into pages: its own `per_page`, else site.yml's.
    init(_ block: Block, in collection: Collection) {
        self.init(count: collection.entryIndicesByBlock[block.slug]?.count ?? 0, perPage: block.perPage ?? collection.config.perPage)
    }

    /// How a tag's entries are split into pages: site.yml's `per_page` (a tag gathers entries of every block).
    init(_ tag: Tag, in collection: Collection) {
        self.init(count: tag.entryIndices.count, perPage: collection.config.perPage)
    }
}
