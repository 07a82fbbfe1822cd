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
        "title": { $0.title },
        "description": { $0.description },
        "language": { $0.language },
        "base_url": { $0.baseURL },
        "root": { $0.root },
        "author": { $0.author },
        "repo_url": { $0.repoURL },
        "suggest_url": { $0.suggestURL },
        "feed_url": { $0.feedURL },
        "pages": { $0.pages },
    ])

    /// The hash of the fields, kept once the context is complete (`sealed()`): every page has it.
    private(set) var storedFingerprint: UInt64?

    /// The same context with its fingerprint computed once.
    func sealed() -> SiteContext {
        var copy = self
        var hasher = StableHasher()
        fingerprintFields(into: &hasher)
        copy.storedFingerprint = hasher.value
        return copy
    }

    func fingerprint(into hasher: inout StableHasher) {
        if let storedFingerprint { hasher.combine(storedFingerprint) } else { fingerprintFields(into: &hasher) }
    }

    /// The new-issue form behind «Предложить материал»: only when the repository is known.
    var suggestURL: String? { repoURL.map { $0 + "/issues/new?template=resource.yml" } }

}

/// `urls`: root-relative links every page and card may use.
struct URLShortcuts: TemplateContext {
    var home: String
    var tags: String
    var feed: String

    static let fields = TemplateFields<Self>([
        "home": { $0.home },
        "tags": { $0.tags },
        "feed": { $0.feed },
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
        "kind": { $0.kind },
        "title": { $0.title },
        "heading": { $0.heading },
        "description": { $0.description },
        "canonical_url": { $0.canonicalURL },
        "language": { $0.language },
        "feed_url": { $0.feedURL },
        "feed_title": { $0.feedTitle },
    ])

}

/// One item of `nav`: a block in the header.
struct NavItem: TemplateContext {
    var title: String
    var url: String
    var current: Bool

    static let fields = TemplateFields<Self>([
        "title": { $0.title },
        "url": { $0.url },
        "current": { $0.current },
    ])

}

/// A titled link: an entry's block, a tag on a card, a previous or next entry.
struct TitledLink: TemplateContext {
    var title: String
    var url: String

    static let fields = TemplateFields<Self>([
        "title": { $0.title },
        "url": { $0.url },
    ])

}

/// A tag on a card or an entry page.
struct TagLink: TemplateContext {
    var name: String
    var title: String
    var url: String

    static let fields = TemplateFields<Self>([
        "name": { $0.name },
        "title": { $0.title },
        "url": { $0.url },
    ])

}
