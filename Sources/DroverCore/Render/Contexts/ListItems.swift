/// A block on the home page (`blocks`).
struct BlockItem: TemplateContext {
    var title: String
    var url: String
    var summary: String
    var audience: String?
    var count: Int
    var countLabel: String
    var order: Int

    static let keys = ["title", "url", "summary", "audience", "count", "count_label", "order"]

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "summary": summary
        case "audience": audience
        case "count": count
        case "count_label": countLabel
        case "order": order
        default: nil
        }
    }
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

    static let keys = ["title", "url", "summary", "audience", "intro_html", "count", "count_label", "feed_url", "shows_updated"]

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "summary": summary
        case "audience": audience
        case "intro_html": introHTML
        case "count": count
        case "count_label": countLabel
        case "feed_url": feedURL
        case "shows_updated": showsUpdated
        default: nil
        }
    }
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

    static let keys = ["name", "title", "slug", "url", "count", "count_label", "description"]

    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "title": title
        case "slug": slug
        case "url": url
        case "count": count
        case "count_label": countLabel
        case "description": description
        default: nil
        }
    }
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

    static let keys = ["name", "title", "description", "url", "count", "count_label", "feed_url"]

    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "title": title
        case "description": description
        case "url": url
        case "count": count
        case "count_label": countLabel
        case "feed_url": feedURL
        default: nil
        }
    }
}

/// The standalone page's `standalone` (e.g. «О проекте»).
struct StandaloneDetail: TemplateContext {
    var title: String
    var summary: String?
    var bodyHTML: String
    var editURL: String?

    static let keys = ["title", "summary", "body_html", "edit_url"]

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "summary": summary
        case "body_html": bodyHTML
        case "edit_url": editURL
        default: nil
        }
    }
}
