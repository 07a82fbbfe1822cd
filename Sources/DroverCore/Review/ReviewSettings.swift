/// How long each type of entry may go without a look before `drover review` queues it: the
/// `review:` section of site.yml (`review: { max_age: { channel: 90, paper: never } }`).
///
/// The defaults follow how fast each kind of resource goes stale. A channel, newsletter, podcast
/// or community lives by its activity and is renamed, abandoned or moved within months; a tool
/// changes its name, pricing or API about once a year; articles, courses and datasets get
/// rewritten or replaced over a year or two; a recorded talk or video does not change but its
/// subject does. A paper or a book is a fixed text (a new edition is a new entry), so it never
/// expires by age; its link check and its host (a withdrawn or newer arXiv version) still queue it.
public struct ReviewSettings: Sendable, Equatable {
    /// Days an entry of each type may go unchecked; a type missing here never expires by age.
    public var maxAge: [ResourceType: Int]

    public static let defaultMaxAge: [ResourceType: Int] = [
        .channel: 180, .newsletter: 180, .podcast: 180, .community: 180,
        .tool: 365,
        .article: 540, .course: 540, .dataset: 540,
        .video: 730, .talk: 730,
    ]

    public init(maxAge: [ResourceType: Int] = ReviewSettings.defaultMaxAge) {
        self.maxAge = maxAge
    }
}

extension ReviewSettings {
    static let knownKeys = ["max_age"]
    /// The word that turns expiry by age off for a type.
    static let never = "never"

    /// Reads the `review:` mapping of site.yml, reporting each wrong value where it is written.
    static func read(_ fields: inout YAMLMapping) -> ReviewSettings {
        var settings = ReviewSettings()
        if var ages = fields.mapping("max_age") {
            for name in ages.keys {
                guard let type = ResourceType(rawValue: name) else {
                    _ = ages.node(name)
                    ages.report(.error("unknown type '\(name)' in 'review.max_age'", at: ages.location(ofKey: name),
                                       fix: Suggestion.choiceFix(for: name, among: ResourceType.allCases.map(\.rawValue))))
                    continue
                }
                guard let node = ages.node(name) else { continue }
                if case .scalar(let scalar) = node {
                    let text = scalar.string.trimmed()
                    if text.lowercased() == never {
                        settings.maxAge[type] = nil
                        continue
                    }
                    if let days = Int(text), days >= 1 {
                        settings.maxAge[type] = days
                        continue
                    }
                }
                ages.report(.error("'review.max_age.\(name)' must be a number of days (1 or more) or never, found \(YAMLMapping.describe(node))",
                                   at: ages.location(of: node), fix: "write it as \(name): 365, or \(name): never to keep it from expiring"))
            }
            fields.report(contentsOf: ages.diagnostics)
        }
        fields.reportUnknownKeys(known: knownKeys, context: "review settings")
        return settings
    }
}
