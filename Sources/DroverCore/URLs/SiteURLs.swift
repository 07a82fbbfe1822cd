import Foundation

/// Where every page lives, as a path under the site (`research/gpts-are-gpts/`), a link
/// inside the site (`/pogonshchik/research/gpts-are-gpts/`) or an absolute URL for feeds and sitemaps.
///
/// Pages are folders with an index.html, so URLs end in `/` and stay stable if the
/// site moves between hosts that do or do not hide `.html`.
public struct SiteURLs: Sendable {
    /// `https://example.org/pogonshchik/`
    public let base: String
    /// `/pogonshchik/`: the base URL's path, prefixed to every internal link so a site under a path works.
    public let root: String

    public init(baseURL: String) {
        base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        var path = URLComponents(string: base)?.percentEncodedPath ?? "/"
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        root = path
    }

    public static let home = ""
    public static let tagIndex = "tags/"
    public static func block(_ slug: String) -> String { slug + "/" }
    public static func entry(block: String, slug: String) -> String { block + "/" + slug + "/" }
    public static func tag(_ slug: String) -> String { "tags/" + slug + "/" }
    public static func page(_ slug: String) -> String { slug + "/" }
    /// Page `number` of a paginated list at `list` (a block's or a tag's path): the first page
    /// is the list's own URL, later ones `research/page/2/`; there is no `page/1/`.
    public static func listPage(_ list: String, number: Int) -> String { number == 1 ? list : list + "page/\(number)/" }

    /// A link inside the site for a site path.
    public func link(_ path: String) -> String { root + path }
    /// An absolute URL for a site path.
    public func absolute(_ path: String) -> String { base + path }
}
