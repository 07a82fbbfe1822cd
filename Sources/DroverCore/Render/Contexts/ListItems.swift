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
        "title": { $0.title },
        "url": { $0.url },
        "summary": { $0.summary },
        "audience": { $0.audience },
        "count": { $0.count },
        "count_label": { $0.countLabel },
        "order": { $0.order },
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

    static let fields = TemplateFields<Self>([
        "title": { $0.title },
        "url": { $0.url },
        "summary": { $0.summary },
        "audience": { $0.audience },
        "intro_html": { $0.introHTML },
        "count": { $0.count },
        "count_label": { $0.countLabel },
        "feed_url": { $0.feedURL },
        "shows_updated": { $0.showsUpdated },
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
        "name": { $0.name },
        "title": { $0.title },
        "slug": { $0.slug },
        "url": { $0.url },
        "count": { $0.count },
        "count_label": { $0.countLabel },
        "description": { $0.description },
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

    static let fields = TemplateFields<Self>([
        "name": { $0.name },
        "title": { $0.title },
        "description": { $0.description },
        "url": { $0.url },
        "count": { $0.count },
        "count_label": { $0.countLabel },
        "feed_url": { $0.feedURL },
    ])

}

/// The standalone page's `standalone` (e.g. «О проекте»).
struct StandaloneDetail: TemplateContext {
    var title: String
    var summary: String?
    var bodyHTML: String
    var editURL: String?

    static let fields = TemplateFields<Self>([
        "title": { $0.title },
        "summary": { $0.summary },
        "body_html": { $0.bodyHTML },
        "edit_url": { $0.editURL },
    ])

}
