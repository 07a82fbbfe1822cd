/// `site`: the collection's settings, the same on every page.
struct SiteContext: TemplateContext {
    var title: String
    var description: String
    var language: String
    var baseURL: String
    var root: String
    var author: String?
    var repoURL: String?
    var feedURL: String
    /// Standalone pages (`about.md`), for the footer.
    var pages: [TitledLink]

    static let fields = TemplateFields<Self>([
        "title": { .text($0.title) },
        "description": { .text($0.description) },
        "language": { .text($0.language) },
        "base_url": { .text($0.baseURL) },
        "root": { .text($0.root) },
        "author": { .text(ifPresent: $0.author) },
        "repo_url": { .text(ifPresent: $0.repoURL) },
        "suggest_url": { .text(ifPresent: $0.suggestURL) },
        "feed_url": { .text($0.feedURL) },
        "pages": { .list($0.pages) },
    ])

    /// The new-issue form behind «Предложить материал»: only when the repository is known.
    var suggestURL: String? { repoURL.map { $0 + "/issues/new?template=resource.yml" } }

}

/// `urls`: root-relative links every page and card may use.
struct URLShortcuts: TemplateContext {
    var home: String
    var tags: String
    var feed: String

    static let fields = TemplateFields<Self>([
        "home": { .text($0.home) },
        "tags": { .text($0.tags) },
        "feed": { .text($0.feed) },
    ])

}

/// `page`: what the `<head>` and the heading of one page say.
struct PageInfo: TemplateContext {
    var kind: String
    var title: String
    var heading: String
    var description: String
    var canonicalURL: String
    var language: String
    var feedURL: String?
    var feedTitle: String?

    static let fields = TemplateFields<Self>([
        "kind": { .text($0.kind) },
        "title": { .text($0.title) },
        "heading": { .text($0.heading) },
        "description": { .text($0.description) },
        "canonical_url": { .text($0.canonicalURL) },
        "language": { .text($0.language) },
        "feed_url": { .text(ifPresent: $0.feedURL) },
        "feed_title": { .text(ifPresent: $0.feedTitle) },
    ])

}

/// One item of `nav`: a block in the header.
struct NavItem: TemplateContext {
    var title: String
    var url: String
    var current: Bool

    static let fields = TemplateFields<Self>([
        "title": { .text($0.title) },
        "url": { .text($0.url) },
        "current": { .flag($0.current) },
    ])

}

/// A titled link: an entry's block, a tag on a card, a previous or next entry.
struct TitledLink: TemplateContext {
    var title: String
    var url: String

    static let fields = TemplateFields<Self>([
        "title": { .text($0.title) },
        "url": { .text($0.url) },
    ])

}

/// A tag on a card or an entry page.
struct TagLink: TemplateContext {
    var name: String
    var title: String
    var url: String

    static let fields = TemplateFields<Self>([
        "name": { .text($0.name) },
        "title": { .text($0.title) },
        "url": { .text($0.url) },
    ])

}
