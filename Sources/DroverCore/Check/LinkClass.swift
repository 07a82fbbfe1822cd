/// The one verdict each external URL ends in.
///
/// Only `broken` and `invalid` fail a run: the others describe servers we cannot blame the
/// author for (a bot wall, a rate limit, an outage), and turning them red is what teaches
/// people to ignore link checks. `--strict` makes the warnings fail too.
public enum LinkClass: String, Sendable, Codable, CaseIterable, Comparable {
    case ok
    /// A permanent redirect (301, 308) to a working page: the author should update the URL.
    case moved
    /// A temporary redirect to a working page: fine as written.
    case redirect
    /// The resource is there but its owners stopped it: an archived (read-only) repository.
    case archived
    /// A paper its authors withdrew: the page stays, the paper does not.
    case withdrawn
    /// The server says 200 (or redirects to its home page) for a page that is not there: a deep
    /// link that ends on the site's root, or a page titled "Page not found".
    case softNotFound = "soft-404"
    /// 404, 410 and other client errors, a host that does not exist, a redirect loop or too many hops.
    case broken
    /// 401, 403, 451, 999 and bot-protection pages: the page may well exist.
    case blocked
    /// 429 or 503 asking to come back later than we are willing to wait.
    case rateLimited = "rate-limited"
    /// Timeouts, resets, refused connections and 5xx answers, after retries.
    case unreachable
    case tlsError = "tls-error"
    /// Not a URL that can be requested.
    case invalid
    /// Excluded by site.yml or `check: false`, or not requested because of `--offline`.
    case skipped

    public enum Severity: Sendable {
        case fine, warning, error
    }

    public var severity: Severity {
        switch self {
        case .ok, .redirect, .skipped: .fine
        case .broken, .invalid: .error
        case .moved, .archived, .withdrawn, .softNotFound, .blocked, .rateLimited, .unreachable, .tlsError: .warning
        }
    }

    /// Not worth caching: answers about a bad moment of the network (or no answer at all:
    /// invalid, skipped) rather than about the page. `LinkCheckCache.store` drops the URL's
    /// record instead of keeping such a result, so the next run asks again.
    var isTransient: Bool {
        switch self {
        case .rateLimited, .unreachable, .tlsError, .invalid, .skipped: true
        case .ok, .moved, .redirect, .archived, .withdrawn, .softNotFound, .broken, .blocked: false
        }
    }

    public static func < (lhs: LinkClass, rhs: LinkClass) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// What checking one external URL found.
public struct LinkResult: Sendable, Equatable, Codable {
    public var linkClass: LinkClass
    /// The last HTTP status seen, if any answer came.
    public var status: Int?
    /// Where redirects ended, when they did.
    public var finalURL: String?
    /// Why, in a few words: "404 Not Found", "redirect loop", "connection reset".
    public var detail: String
    /// Requests made for it in this run (0 when it came from the cache or was skipped).
    public var requests = 0
    public var fromCache = false
    /// The failure was the host's, not the page's (no such name, refused connections, TLS).
    public var hostDown = false
    /// The host adapter that judged it from the host's own answer ("github", "youtube", …), or
    /// nil for the plain HTTP check.
    public var checkedBy: String?
    /// What the host's answer said beyond the class, for the JSON report: a video's or channel's
    /// title, a subscriber count, the date a repository was archived, a paper's latest version.
    public var facts: [String: String]?

    public init(_ linkClass: LinkClass, status: Int? = nil, finalURL: String? = nil, detail: String, requests: Int = 0) {
        self.linkClass = linkClass
        self.status = status
        self.finalURL = finalURL
        self.detail = detail
        self.requests = requests
    }

    enum CodingKeys: String, CodingKey {
        case linkClass = "class", status, finalURL = "final_url", detail, checkedBy = "checked_by", facts
    }
}
