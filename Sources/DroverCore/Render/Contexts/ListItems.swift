/// A block on the home page (`blocks`).
struct BlockItem: TemplateContext {
    var title: String
    var url: String
    var summary: String
    var audience: String?
    var count: Int
    var countLabel: String
    var order: Int

    static let fields = TemplateFields<Self>([
        "title": { .text($0.title) },
        "url": { .text($0.url) },
        "summary": { .text($0.summary) },
        "audience": { .text(ifPresent: $0.audience) },
        "count": { .number($0.count) },
        "count_label": { .text($0.countLabel) },
        "order": { .number($0.order) },
    ])

}

/// One value of a search filter on a block or tag page (`types`, `levels`): how many of the
/// page's entries have it, and the search page with that filter and the page's own set.
struct FilterLink: TemplateContext {
    var label: String
    var count: Int
    var url: String

    static let fields = TemplateFields<Self>([
        "label": { .text($0.label) },
        "count": { .number($0.count) },
        "url": { .text($0.url) },
    ])
}

/// The block page's `block`.
struct BlockDetail: TemplateContext {
    var title: String
    var url: String
    var summary: String
    var audience: String?
    /// Absent, not empty, when there is no introduction: Mustache treats "" as present.
    var introHTML: String?
    var count: Int
    var countLabel: String
    var feedURL: String
    var showsUpdated: Bool
    /// Its entries by type and by difficulty, each linked to the search page filtered so; empty
    /// when the site has no search page.
    var types: [FilterLink] = []
    var levels: [FilterLink] = []

    static let fields = TemplateFields<Self>([
        "title": { .text($0.title) },
        "url": { .text($0.url) },
        "summary": { .text($0.summary) },
        "audience": { .text(ifPresent: $0.audience) },
        "intro_html": { .text(ifPresent: $0.introHTML) },
        "count": { .number($0.count) },
        "count_label": { .text($0.countLabel) },
        "feed_url": { .text($0.feedURL) },
        "shows_updated": { .flag($0.showsUpdated) },
        "types": { .list($0.types) },
        "levels": { .list($0.levels) },
    ])

}

/// A tag on the tag index (`tags`).
struct TagItem: TemplateContext {
    var name: String
    var title: String
    var slug: String
    var url: String
    var count: Int
    var countLabel: String
    var description: String?

    static let fields = TemplateFields<Self>([
        "name": { .text($0.name) },
        "title": { .text($0.title) },
        "slug": { .text($0.slug) },
        "url": { .text($0.url) },
        "count": { .number($0.count) },
        "count_label": { .text($0.countLabel) },
        "description": { .text(ifPresent: $0.description) },
    ])

}

/// The tag page's `tag`.
struct TagDetail: TemplateContext {
    var name: String
    var title: String
    var description: String?
    var url: String
    var count: Int
    var countLabel: String
    var feedURL: String
    /// As `BlockDetail`'s.
    var types: [FilterLink] = []
    var levels: [FilterLink] = []

    static let fields = TemplateFields<Self>([
        "name": { .text($0.name) },
        "title": { .text($0.title) },
        "description": { .text(ifPresent: $0.description) },
        "url": { .text($0.url) },
        "count": { .number($0.count) },
        "count_label": { .text($0.countLabel) },
        "feed_url": { .text($0.feedURL) },
        "types": { .list($0.types) },
        "levels": { .list($0.levels) },
    ])

}

/// The standalone page's `standalone` (e.g. «О проекте»).
struct StandaloneDetail: TemplateContext {
    var title: String
    var summary: String?
    var bodyHTML: String
    var editURL: String?

    static let fields = TemplateFields<Self>([
        "title": { .text($0.title) },
        "summary": { .text(ifPresent: $0.summary) },
        "body_html": { .text($0.bodyHTML) },
        "edit_url": { .text(ifPresent: $0.editURL) },
    ])

}
