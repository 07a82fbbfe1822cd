/// One reason an entry deserves a look, in the words the curator reads.
public struct ReviewReason: Sendable, Equatable, Codable {
    /// What kind of reason, most urgent first: a broken link before a moved one, anything the
    /// link check saw before mere age.
    public enum Kind: String, Sendable, Codable, CaseIterable, Comparable {
        case broken
        case withdrawn
        case softNotFound = "soft-404"
        case archived
        case moved
        case blocked
        /// A GitHub repository without a push for two years.
        case dormant
        /// An arXiv paper with a newer version than the one linked.
        case newerVersion = "newer-version"
        /// Not checked for longer than its type allows (`review.max_age`).
        case overdue

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var kind: Kind
    public var message: String
    /// The day the link check saw it, for reasons that come from its cache: the cache may be
    /// old, and the curator should know how old.
    public var seen: ISODate?

    public init(_ kind: Kind, _ message: String, seen: ISODate? = nil) {
        self.kind = kind
        self.message = message
        self.seen = seen
    }

    /// The message with the day the link check saw it, as the text and Markdown reports show it.
    public var text: String {
        seen.map { "\(message) (seen \($0))" } ?? message
    }

    enum CodingKeys: String, CodingKey { case kind, message, seen }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(seen?.w3c, forKey: .seen)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(Kind.self, forKey: .kind)
        message = try container.decode(String.self, forKey: .message)
        seen = try container.decodeIfPresent(String.self, forKey: .seen).flatMap(ISODate.init)
    }
}
