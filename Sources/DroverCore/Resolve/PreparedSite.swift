/// The resolve stage's result, and what `build`, `check` and `serve` all consume: the validated
/// collection with every body already rendered and every link resolved, the URL scheme, the
/// resolver that answers for links, and the theme. Nothing downstream reads a source file or
/// derives any of this again.
public struct PreparedSite: Sendable {
    public let collection: Collection
    public let urls: SiteURLs
    public let resolver: LinkResolver
    let theme: Theme
    /// The interface strings in the site's language.
    let strings: InterfaceStrings
    /// The content folder's path inside its repository, for «Исправить» links.
    let contentPathInRepo: String
}
