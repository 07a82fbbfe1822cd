/// An awesome list as read from its README, before anything is written: its sections,
/// the resources its items describe, and what became of every link it holds.
struct AwesomeList: Sendable {
    /// The first heading above the block level: the site's title.
    var title: String?
    /// The first paragraph of prose under the title, as plain text.
    var description: String?
    var blocks: [ListedBlock] = []
    var resources: [ListedResource] = []
    /// Every link and image of the README, and each list item without one, in document order.
    var links: [ListedLink] = []
    /// List items outside skipped sections and tables of contents: zero means there is nothing to import.
    var itemCount = 0
}

/// A heading at the block level and what its section holds besides list items.
struct ListedBlock: Sendable, Equatable {
    var title: String
    var line: Int
    /// The first paragraph of the introduction as plain text: the block's summary.
    var summary: String?
    /// Paragraphs, quotes and code of the section, as Markdown: the block's introduction.
    var intro: [String] = []
    /// The first paragraph under each tag heading, as plain text: the tag's description.
    var tagDescriptions: [String: String] = [:]
}

/// One list item that names a resource: what becomes an entry.
struct ListedResource: Sendable, Equatable {
    var position: SourcePosition
    var title: String
    var url: String
    /// Index into `AwesomeList.blocks`.
    var block: Int
    /// Titles of the tag headings and grouping items around the item, outermost first.
    var tags: [String]
    /// The text after the separator, as Markdown; empty when the item has none.
    var description: String
    /// More Markdown for the body: other links written before the separator, later
    /// paragraphs of the item.
    var extras: [String]
    var authors: [String]
    /// Status markers written around the item (`[Deprecated]`, `🚧`), kept in its description.
    var markers: [String] = []
    /// Its place among the items of its block, from 1: the entry's `weight`.
    var place = 0
}

/// A link, an image or a link-less list item, and what the import does with it.
struct ListedLink: Sendable, Equatable {
    enum Fate: Sendable, Equatable {
        /// The main link of `resources[index]`.
        case resource(Int)
        /// Kept inside the body of `resources[index]`.
        case keptInResource(Int)
        /// A status marker of `resources[index]`, kept at the start of its description.
        case statusMarker(Int)
        /// Kept in the introduction of `blocks[index]`.
        case keptInBlock(Int)
        /// Left out on purpose (a table of contents, a badge, a license section): not a loss.
        case ignored(String)
        /// Could not be imported: the report says why, and the exit code is 1.
        case skipped(String)
    }

    var position: SourcePosition
    /// The URL, or for a list item without a link its text in quotes.
    var target: String
    var fate: Fate
}
