/// A page outside the blocks, written as Markdown at the top of the content folder.
///
/// Only reserved names are pages (today `about.md`, the «О проекте» page): any other top-level
/// Markdown file is still an entry put in the wrong place, and is reported as such.
public struct StandalonePage: Sendable {
    /// File name → page slug. The slug is the page's URL (`about/`), so no block may share it.
    public static let reservedFiles = ["about.md": "about"]
    /// The template every standalone page is rendered with.
    public static let template = "page"

    public var slug: String
    public var title: String
    public var summary: String?
    /// Path inside the content folder, e.g. `about.md`: what links name.
    public var sourcePath: String
    /// Path as the author sees it, e.g. `content/about.md`: what diagnostics name.
    public var file: String
    public var body: ParsedBody

    static let knownKeys = ["title", "summary"]
}
