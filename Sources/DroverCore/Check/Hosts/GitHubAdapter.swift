import Foundation

/// GitHub repositories, asked through GitHub's API rather than their pages: the pages throttle
/// anonymous checks, and a renamed, transferred or archived repository still answers 200.
///
/// With a token (`GITHUB_TOKEN`), the GraphQL API answers up to 100 repositories a request, and
/// resolves an old name to the repository's current one (so a rename or transfer is `moved`).
/// Without one, REST asks one repository a request within the anonymous limit (60 an hour): when
/// the limit runs out, the lane waits for `X-RateLimit-Reset` if that is within
/// `check.max_retry_after`, and what is left ends `rate-limited`, never `broken`.
///
/// A URL below the repository (`/tree/…`, `/blob/…`, `/releases`) is judged by its repository;
/// when that is fine, the page itself is checked too, since a file can go while its repository stays.
struct GitHubAdapter: HostAdapter {
    let name = "github"
    var token: String?
    /// Where the APIs live; `--resolve api.github.com=…` reaches a stand-in.
    static let restBase = "https://api.github.com"
    static let graphQLBatch = 100

    struct Repository: Hashable {
        var owner: String
        var name: String
        /// What follows the repository in the URL ("" for the repository itself), e.g. "/blob/main/README.md".
        var rest: String
        var key: String { "\(owner)/\(name)".lowercased() }
    }

    /// First path segments of github.com that are GitHub's own pages, not owners.
    static let reserved: Set<String> = [
        "about", "apps", "blog", "codespaces", "collections", "contact", "customer-stories", "enterprise", "events",
        "explore", "features", "github", "issues", "login", "marketplace", "new", "notifications", "orgs", "pricing",
        "pulls", "readme", "search", "security", "settings", "site", "sponsors", "team", "topics", "trending", "users",
    ]

    static func repository(in url: String) -> Repository? {
        guard let host = URLNormalization.host(of: url), host == "github.com" || host == "www.github.com",
              let path = URLNormalization.path(of: url) else { return nil }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard segments.count >= 2, !reserved.contains(segments[0].lowercased()),
              segments[0].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }),
              segments[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }) else { return nil }
        var name = segments[1]
        if name.hasSuffix(".git") { name.removeLast(4) }
        guard !name.isEmpty else { return nil }
        let rest = segments.count > 2 ? "/" + segments[2...].joined(separator: "/") : ""
        return Repository(owner: segments[0], name: name, rest: rest)
    }

    func claims(_ url: String) -> Bool { Self.repository(in: url) != nil }

    /// What GitHub said of one repository.
    enum Finding: Equatable {
        case found(fullName: String, archived: Bool, archivedAt: String?, pushedAt: String?, disabled: Bool)
        case missing(String)
        case rateLimited(String)
        case unanswered(String)
    }

    func check(_ urls: [String], api: HostAPI) async -> [AdapterVerdict] {
        let repositories = urls.map { Self.repository(in: $0)! }
        var unique: [Repository] = []
        var seen: Set<String> = []
        for repository in repositories where seen.insert(repository.key).inserted { unique.append(repository) }
        var findings: [String: Finding] = [:]
        if let token, !token.isEmpty {
            findings = await GitHubGraphQL(api: api, token: token).ask(unique)
        } else {
            findings = await GitHubREST(api: api, token: nil).ask(unique)
        }
        return zip(urls, repositories).map { url, repository in
            verdict(url, repository, findings[repository.key] ?? .unanswered("GitHub's API gave no answer"))
        }
    }

    private func verdict(_ url: String, _ repository: Repository, _ finding: Finding) -> AdapterVerdict {
        switch finding {
        case .missing(let why):
            return decided(.broken, why)
        case .rateLimited(let why):
            return decided(.rateLimited, why)
        case .unanswered(let why):
            return .plainCheck(note: "\(why); checked the page instead")
        case .found(let fullName, let archived, let archivedAt, let pushedAt, let disabled):
            if disabled { return decided(.broken, "GitHub has disabled the repository \(fullName)") }
            var facts = ["repository": fullName]
            if let pushedAt { facts["pushed_at"] = pushedAt }
            if let archivedAt { facts["archived_at"] = archivedAt }
            if fullName.lowercased() != repository.key {
                let moved = "https://github.com/\(fullName)\(repository.rest)"
                return decided(.moved, "the repository is now \(fullName) (renamed or transferred)", final: moved, facts: facts)
            }
            if archived {
                let since = (archivedAt ?? pushedAt).map { " since \(Self.day($0))" } ?? ""
                let which = archivedAt == nil && pushedAt != nil ? " (last push)" : ""
                return decided(.archived, "the repository is archived, read-only\(since)\(which)", facts: facts)
            }
            if !repository.rest.isEmpty { return .plainCheck(note: nil) }
            return decided(.ok, "the repository exists", facts: facts)
        }
    }

    /// "2022-12-27" of "2022-12-27T10:00:00Z".
    static func day(_ timestamp: String) -> String { String(timestamp.prefix(10)) }
}

/// The GraphQL API: up to 100 repositories a request, as aliases of one query.
struct GitHubGraphQL {
    let api: HostAPI
    let token: String

    private struct Answer: Decodable {
        struct Repo: Decodable {
            var nameWithOwner: String
            var isArchived: Bool
            var archivedAt: String?
            var pushedAt: String?
            var isDisabled: Bool
        }
        struct Problem: Decodable {
            var type: String?
            var path: [String]?
            var message: String?
        }
        var data: [String: Repo?]?
        var errors: [Problem]?
    }

    func ask(_ repositories: [GitHubAdapter.Repository]) async -> [String: GitHubAdapter.Finding] {
        var findings: [String: GitHubAdapter.Finding] = [:]
        var start = 0
        while start < repositories.count {
            let batch = Array(repositories[start..<min(start + GitHubAdapter.graphQLBatch, repositories.count)])
            start += batch.count
            let fields = batch.enumerated().map { index, repository in
                "r\(index): repository(owner: \(Self.quoted(repository.owner)), name: \(Self.quoted(repository.name))) "
                    + "{ nameWithOwner isArchived archivedAt pushedAt isDisabled }"
            }
            let query = "query { \(fields.joined(separator: " ")) }"
            let body = String(decoding: (try? JSONSerialization.data(withJSONObject: ["query": query])) ?? Data(), as: UTF8.self)
            let response = await api.post(GitHubAdapter.restBase + "/graphql",
                                          headers: [("Authorization", "bearer \(token)"), ("Content-Type", "application/json")],
                                          body: body)
            guard case .success(let answer) = response, answer.status == 200, let decoded = answer.json(Answer.self),
                  let data = decoded.data else {
                let why = Self.failure(response)
                for repository in batch { findings[repository.key] = .unanswered(why) }
                continue
            }
            for (index, repository) in batch.enumerated() {
                if case .some(.some(let repo)) = data["r\(index)"] {
                    findings[repository.key] = .found(fullName: repo.nameWithOwner, archived: repo.isArchived, archivedAt: repo.archivedAt,
                                                      pushedAt: repo.pushedAt, disabled: repo.isDisabled)
                } else if decoded.errors?.contains(where: { $0.path?.first == "r\(index)" && $0.type == "NOT_FOUND" }) == true {
                    findings[repository.key] = .missing("GitHub has no repository \(repository.owner)/\(repository.name)")
                } else {
                    findings[repository.key] = .unanswered("GitHub's GraphQL API did not say what became of it")
                }
            }
        }
        return findings
    }

    private static func failure(_ response: Result<HostAPI.Response, HostAPI.Failure>) -> String {
        switch response {
        case .failure(let failure): "GitHub's GraphQL API did not answer (\(failure.reason))"
        case .success(let answer): "GitHub's GraphQL API answered \(LinkProbe.describe(answer.status))"
        }
    }

    /// A GraphQL string literal: JSON's quoting is GraphQL's.
    private static func quoted(_ text: String) -> String {
        String(decoding: (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8), as: UTF8.self)
    }
}

/// The REST API: one repository a request, following GitHub's redirect for a renamed one, and
/// keeping within the rate limit the answers announce.
struct GitHubREST {
    let api: HostAPI
    let token: String?

    private struct Repo: Decodable {
        var full_name: String
        var archived: Bool
        var disabled: Bool?
        var pushed_at: String?
    }

    func ask(_ repositories: [GitHubAdapter.Repository]) async -> [String: GitHubAdapter.Finding] {
        var findings: [String: GitHubAdapter.Finding] = [:]
        var exhausted: String?
        // One at a time: the answers say how many requests are left, and the next request
        // must know before it is sent.
        for repository in repositories {
            if let exhausted {
                findings[repository.key] = .rateLimited(exhausted)
                continue
            }
            var waited = false
            while true {
                let url = "\(GitHubAdapter.restBase)/repos/\(repository.owner)/\(repository.name)"
                var headers = [("Accept", "application/vnd.github+json")]
                if let token { headers.append(("Authorization", "Bearer \(token)")) }
                let response = await api.get(url, headers: headers)
                guard case .success(let answer) = response else {
                    if case .failure(let failure) = response { findings[repository.key] = .unanswered("GitHub's API did not answer (\(failure.reason))") }
                    break
                }
                if let reset = Self.limitReset(answer, now: api.environment.date()) {
                    guard !waited, reset <= api.settings.maxRetryAfter else {
                        let until = api.environment.date().addingTimeInterval(reset)
                        exhausted = "GitHub's API limit for requests without a token is spent until \(Self.time(until)) UTC; "
                            + "set GITHUB_TOKEN to check every repository in one request"
                        findings[repository.key] = .rateLimited(exhausted!)
                        break
                    }
                    waited = true
                    try? await api.environment.clock.sleep(for: .milliseconds(Int64(reset * 1000)))
                    continue
                }
                findings[repository.key] = Self.finding(answer, repository)
                break
            }
        }
        return findings
    }

    private static func finding(_ answer: HostAPI.Response, _ repository: GitHubAdapter.Repository) -> GitHubAdapter.Finding {
        switch answer.status {
        case 200:
            guard let repo = answer.json(Repo.self) else { return .unanswered("GitHub's API answered something unreadable") }
            return .found(fullName: repo.full_name, archived: repo.archived, archivedAt: nil, pushedAt: repo.pushed_at,
                          disabled: repo.disabled ?? false)
        case 404: return .missing("GitHub has no repository \(repository.owner)/\(repository.name) (404 from its API)")
        case 451: return .missing("GitHub blocks access to \(repository.owner)/\(repository.name) (451, e.g. a DMCA takedown)")
        case 403 where answer.text.lowercased().contains("disabled"):
            return .missing("GitHub has disabled the repository \(repository.owner)/\(repository.name)")
        default: return .unanswered("GitHub's API answered \(LinkProbe.describe(answer.status))")
        }
    }

    /// Seconds until the limit resets, when this answer says the limit is spent (403 or 429 with
    /// `X-RateLimit-Remaining: 0`, or a `Retry-After` on a secondary limit); nil otherwise.
    static func limitReset(_ answer: HostAPI.Response, now: Date) -> Double? {
        guard answer.status == 403 || answer.status == 429 else { return nil }
        if let retryAfter = RetryAfter.seconds(answer.headers.first(name: "retry-after"), now: now) { return retryAfter }
        guard answer.headers.first(name: "x-ratelimit-remaining") == "0" else { return nil }
        let reset = answer.headers.first(name: "x-ratelimit-reset").flatMap(Double.init) ?? now.timeIntervalSince1970 + 3600
        return max(0, reset - now.timeIntervalSince1970)
    }

    private static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
