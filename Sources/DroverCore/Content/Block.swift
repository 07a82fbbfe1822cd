/// A section of the collection: a folder with a `_block.md` and its entries.
public struct Block: Sendable {
    public var slug: String
    public var title: String
    public var order: Int
    /// Who the block is for: how deep its reader wants to go («Круг 1: быть в курсе»), shown as a chip.
    public var audience: String?
    public var summary: String
    /// Entries per page of the block's page (`per_page`), when the block overrides site.yml's
    /// `pagination.per_page`; 0 lists them all on one page.
    public var perPage: Int?
    /// How its entries are listed (`sort_by`).
    public var listOrder: ListOrder = .default
    /// Path inside the content folder, e.g. `research/_block.md`: what links name.
    public var sourcePath: String
    /// Path as the author sees it, e.g. `content/research/_block.md`: what diagnostics name.
    public var file: String
    public var intro: ParsedBody

    static let knownKeys = ["title", "order", "audience", "summary", "per_page", "sort_by"]
}
