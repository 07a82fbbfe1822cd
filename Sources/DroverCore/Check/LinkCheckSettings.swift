/// How `drover check` treats other people's servers: the `check:` section of site.yml.
///
/// The defaults are polite on purpose: a collection links to many pages of a few big sites
/// (arxiv.org, github.com), and a checker that hammers them earns 429s and bot walls, which
/// is exactly what makes link checks flaky.
public struct LinkCheckSettings: Sendable, Equatable {
    /// Check external URLs without being asked with `--external`.
    public var external = false
    public var userAgent = LinkCheckSettings.userAgent(contact: nil)
    /// Requests in flight at once, over all hosts.
    public var connections = 32
    /// Seconds allowed to open a connection, and for a whole request (headers included).
    public var connectTimeout = 10.0
    public var requestTimeout = 30.0
    /// Attempts after the first for resets, timeouts and 5xx answers.
    public var retries = 2
    /// The first pause before a retry, doubled for each further retry, with jitter.
    public var retryDelay = 1.0
    /// The longest `Retry-After` worth waiting for; beyond it the URL is `rate-limited`.
    public var maxRetryAfter = 60.0
    /// Lanes for hosts that `hosts` does not name.
    public var perHost = HostPolicy(concurrency: 2, interval: 0.2, method: .get)
    /// Per-host overrides; a name also covers its subdomains, the longest match wins.
    public var hosts: [String: HostPolicy] = [:]
    /// `check.resolve` (and `--resolve`): hosts whose requests go to a local address, for tests
    /// and benchmarks; see `HostAddresses.routes`.
    public var resolve: [String: HostRoute] = [:]
    /// URL patterns (`*` matches any run of characters) and hosts never requested.
    public var excludePatterns: [String] = []
    public var excludeHosts: [String] = []

    /// `drover-linkcheck/VERSION (+https://github.com/owner/collection)`: the tool, and where a
    /// site's administrator can find who is checking links to it (site.yml's `repo_url`).
    public static func userAgent(contact: String?) -> String {
        "drover-linkcheck/\(DroverVersion.current)" + (contact.map { " (+\($0))" } ?? "")
    }

    public enum Method: String, Sendable, Equatable {
        /// GET, with the body dropped after the headers: what servers answer most faithfully.
        case get
        /// HEAD, for hosts known to answer it correctly; a 405 or 501 still falls back to GET.
        case head
    }

    public struct HostPolicy: Sendable, Equatable {
        /// Requests in flight to the host at once.
        public var concurrency: Int
        /// Seconds between the starts of two requests to the host.
        public var interval: Double
        public var method: Method

        public init(concurrency: Int, interval: Double, method: Method = .get) {
            self.concurrency = concurrency
            self.interval = interval
            self.method = method
        }
    }

    public init() {}

    /// Hosts with a pace of their own unless site.yml says otherwise: arXiv asks robots to keep
    /// 3 s between requests (its robots.txt and API manual), one at a time.
    public static let builtInHosts: [String: HostPolicy] = [
        "export.arxiv.org": HostPolicy(concurrency: 1, interval: 3),
        "arxiv.org": HostPolicy(concurrency: 1, interval: 3),
    ]

    /// The lane rules for `host` (lowercased): its own entry, else its nearest parent's, else a
    /// built-in one (`builtInHosts`), else the default.
    public func policy(for host: String) -> HostPolicy {
        if let name = hostMatch(host, in: Array(hosts.keys)) { return hosts[name]! }
        return Self.builtInHosts[host] ?? perHost
    }

    /// Why `url` is not requested, or nil when it should be.
    public func exclusion(of url: String, host: String) -> String? {
        if let name = hostMatch(host, in: excludeHosts) { return "host \(name) is excluded in site.yml" }
        if let pattern = excludePatterns.first(where: { Self.glob($0, matches: url) }) { return "matches exclude pattern \(pattern)" }
        return nil
    }

    /// The longest of `names` that is `host` or one of its parent domains.
    private func hostMatch(_ host: String, in names: [String]) -> String? {
        names.filter { host == $0 || host.hasSuffix("." + $0) }.max { $0.count < $1.count }
    }

    /// `*` matches any run of characters; everything else matches itself, case-insensitively.
    static func glob(_ pattern: String, matches text: String) -> Bool {
        let pattern = Array(pattern.lowercased().utf8), text = Array(text.lowercased().utf8)
        var p = 0, t = 0, star = -1, resume = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == UInt8(ascii: "*") {
                star = p; resume = t; p += 1
            } else if p < pattern.count, pattern[p] == text[t] {
                p += 1; t += 1
            } else if star >= 0 {
                p = star + 1; resume += 1; t = resume
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.count
    }
}

extension LinkCheckSettings {
    static let knownKeys = ["external", "user_agent", "connections", "connect_timeout", "timeout", "retries", "retry_delay",
                            "max_retry_after", "per_host", "hosts", "exclude", "exclude_hosts", "resolve"]
    static let hostKeys = ["concurrency", "interval", "method"]

    /// Reads the `check:` mapping of site.yml, reporting each wrong value where it is written.
    static func read(_ fields: inout YAMLMapping, contact: String?) -> LinkCheckSettings {
        var settings = LinkCheckSettings()
        settings.userAgent = userAgent(contact: contact)
        if let external = fields.bool("external") { settings.external = external }
        if let agent = fields.string("user_agent", required: false, example: "user_agent: \"my-site-linkcheck/1.0\"") {
            settings.userAgent = agent
        }
        if let connections = positive(&fields, "connections", example: "connections: 32") { settings.connections = connections }
        if let retries = fields.int("retries", required: false, example: "retries: 2") {
            if (0...10).contains(retries) { settings.retries = retries } else {
                fields.report(.error("'check.retries' must be between 0 and 10, found \(retries)", at: fields.location(ofValue: "retries")))
            }
        }
        if let value = fields.seconds("connect_timeout", example: "connect_timeout: 10") { settings.connectTimeout = max(value, 0.1) }
        if let value = fields.seconds("timeout", example: "timeout: 30") { settings.requestTimeout = max(value, 0.1) }
        if let value = fields.seconds("retry_delay", example: "retry_delay: 1") { settings.retryDelay = value }
        if let value = fields.seconds("max_retry_after", example: "max_retry_after: 60") { settings.maxRetryAfter = value }
        if var defaults = fields.mapping("per_host") {
            settings.perHost = readPolicy(&defaults, base: settings.perHost, context: "check.per_host")
            fields.report(contentsOf: defaults.diagnostics)
        }
        for (name, var mapping) in fields.namedMappings("hosts") {
            settings.hosts[name.lowercased()] = readPolicy(&mapping, base: settings.perHost, context: "check.hosts.\(name)")
            fields.report(contentsOf: mapping.diagnostics)
        }
        if let patterns = fields.stringList("exclude", required: false, example: "exclude: [\"https://www.linkedin.com/*\"]") {
            settings.excludePatterns = patterns.map(\.0)
        }
        if let hosts = fields.stringList("exclude_hosts", required: false, example: "exclude_hosts: [\"t.me\"]") {
            settings.excludeHosts = hosts.map { $0.0.lowercased() }
        }
        if let rules = fields.stringList("resolve", required: false, example: "resolve: [\"github.com=127.0.0.1:8080\"]") {
            for (rule, location) in rules {
                switch HostRoute.parse(rule) {
                case .success(let parsed): settings.resolve[parsed.host] = parsed.route
                case .failure(let error): fields.report(.error(error.message, at: location))
                }
            }
        }
        fields.reportUnknownKeys(known: knownKeys, context: "check settings")
        return settings
    }

    private static func readPolicy(_ fields: inout YAMLMapping, base: HostPolicy, context: String) -> HostPolicy {
        var policy = base
        if let concurrency = positive(&fields, "concurrency", example: "concurrency: 2") { policy.concurrency = concurrency }
        if let interval = fields.seconds("interval", example: "interval: 0.5") { policy.interval = interval }
        if let method = fields.string("method", required: false, example: "method: head") {
            if let known = Method(rawValue: method.lowercased()) { policy.method = known } else {
                fields.report(.error("'\(context).method' must be get or head, found \"\(method)\"", at: fields.location(ofValue: "method")))
            }
        }
        fields.reportUnknownKeys(known: hostKeys, context: context)
        return policy
    }

    private static func positive(_ fields: inout YAMLMapping, _ key: String, example: String) -> Int? {
        guard let value = fields.int(key, required: false, example: example) else { return nil }
        guard value >= 1 else {
            fields.report(.error("'\(key)' must be at least 1, found \(value)", at: fields.location(ofValue: key), fix: "write it as \(example)"))
            return nil
        }
        return value
    }
}
