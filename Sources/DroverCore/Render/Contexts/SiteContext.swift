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

    static let keys = ["title", "description", "language", "base_url", "root", "author", "repo_url", "suggest_url", "feed_url",
                       "pages"]

    /// The new-issue form behind «Предложить материал»: only when the repository is known.
    var suggestURL: String? { repoURL.map { $0 + "/issues/new?template=resource.yml" } }

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "description": description
        case "language": language
        case "base_url": baseURL
        case "root": root
        case "author": author
        case "repo_url": repoURL
        case "suggest_url": suggestURL
        case "feed_url": feedURL
        case "pages": pages
        default: nil
        }
    }
}

/// `urls`: root-relative links every page and card may use.
struct URLShortcuts: TemplateContext {
    var home: String
    var tags: String
    var feed: String

    static let keys = ["home", "tags", "feed"]

    func child(named name: String) -> Any? {
        switch name {
        case "home": home
        case "tags": tags
        case "feed": feed
        default: nil
        }
    }
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

    static let keys = ["kind", "title", "heading", "description", "canonical_url", "language", "feed_url", "feed_title"]

    func child(named name: String) -> Any? {
        switch name {
        case "kind": kind
        case "title": title
        case "heading": heading
        case "description": description
        case "canonical_url": canonicalURL
        case "language": language
        case "feed_url": feedURL
        case "feed_title": feedTitle
        default: nil
        }
    }
}

/// One item of `nav`: a block in the header.
struct NavItem: TemplateContext {
    var title: String
    var url: String
    var current: Bool

    static let keys = ["title", "url", "current"]

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "current": current
        default: nil
        }
    }
}

/// A titled link: an entry's block, a tag on a card, a previous or next entry.
struct TitledLink: TemplateContext {
    var title: String
    var url: String

    static let keys = ["title", "url"]

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        default: nil
        }
    }
}

/// A tag on a card or an entry page.
struct TagLink: TemplateContext {
    var name: String
    var title: String
    var url: String

    static let keys = ["name", "title", "url"]

    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "title": title
        case "url": url
        default: nil
        }
    }
}
