/// Models, datasets and spaces on the Hugging Face Hub, asked through the Hub's API
/// (`/api/models/…`): it names a renamed repository by its new ID and says whether access is
/// gated (fine for a link: a reader asks for access, so only a note). The Hub answers 401 rather
/// than 404 for a repository that does not exist, with `X-Error-Code: RepoNotFound`.
struct HuggingFaceAdapter: HostAdapter {
    let name = "huggingface"
    static let base = "https://huggingface.co"

    struct Repository: Hashable {
        /// "models", "datasets" or "spaces": the API's word.
        var kind: String
        var id: String
        /// The path after the repository ("" for the repository's own page).
        var rest: String
        /// The URL prefix of its page: "" for a model, "/datasets" or "/spaces".
        var pagePrefix: String { kind == "models" ? "" : "/\(kind)" }
    }

    /// First segments of huggingface.co that are the Hub's own pages, not owners.
    static let reserved: Set<String> = [
        "api", "blog", "changelog", "chat", "collections", "courses", "docs", "enterprise", "join", "learn", "login", "models",
        "new", "notifications", "organizations", "papers", "posts", "pricing", "privacy", "search", "settings", "tasks",
        "terms-of-service", "welcome", "inference-endpoints", "huggingchat",
    ]

    static func repository(in url: String) -> Repository? {
        guard let host = URLNormalization.host(of: url), host == "huggingface.co" || host == "www.huggingface.co",
              let path = URLNormalization.path(of: url) else { return nil }
        var segments = path.split(separator: "/").map(String.init)
        var kind = "models"
        if let first = segments.first, first == "datasets" || first == "spaces" {
            kind = first
            segments.removeFirst()
        } else if let first = segments.first, reserved.contains(first.lowercased()) {
            return nil
        }
        guard segments.count >= 2,
              segments[0...1].allSatisfy({ $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) } }) else {
            return nil
        }
        let rest = segments.count > 2 ? "/" + segments[2...].joined(separator: "/") : ""
        return Repository(kind: kind, id: "\(segments[0])/\(segments[1])", rest: rest)
    }

    func claims(_ url: String) -> Bool { Self.repository(in: url) != nil }

    private struct Info: Decodable {
        var id: String?
        var gated: Gated?
        var disabled: Bool?

        /// `false`, `"auto"` or `"manual"`.
        enum Gated: Decodable {
            case no, yes(String)
            init(from decoder: Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let mode = try? container.decode(String.self) { self = .yes(mode) } else { self = .no }
            }
        }
    }

    func check(_ urls: [String], api: HostAPI) async -> [AdapterVerdict] {
        let repositories = urls.map { Self.repository(in: $0)! }
        var verdicts: [Repository: AdapterVerdict] = [:]
        for repository in Set(repositories.map { Repository(kind: $0.kind, id: $0.id, rest: "") }).sorted(by: { ($0.kind, $0.id) < ($1.kind, $1.id) }) {
            verdicts[repository] = await check(repository, api: api)
        }
        return repositories.map { repository in
            let verdict = verdicts[Repository(kind: repository.kind, id: repository.id, rest: "")]!
            // A page below the repository (a file, a discussion) is checked as a page once its repository is fine.
            if case .decided(let result) = verdict, result.linkClass == .ok, !repository.rest.isEmpty { return .plainCheck(note: nil) }
            if case .decided(var result) = verdict, result.linkClass == .moved, let final = result.finalURL {
                result.finalURL = final + repository.rest
                return .decided(result)
            }
            return verdict
        }
    }

    private func check(_ repository: Repository, api: HostAPI) async -> AdapterVerdict {
        let what = repository.kind.dropLast()  // "model", "dataset", "space"
        switch await api.get("\(Self.base)/api/\(repository.kind)/\(repository.id)") {
        case .failure(let failure):
            return .plainCheck(note: "the Hugging Face API did not answer (\(failure.reason)); checked the page instead")
        case .success(let answer):
            let errorCode = answer.headers.first(name: "x-error-code")
            if answer.status == 404 || errorCode == "RepoNotFound" {
                return decided(.broken, "the Hugging Face Hub has no \(what) \(repository.id)")
            }
            if errorCode == "GatedRepo" { return decided(.ok, "the \(what) exists; note: access is gated (readers must ask for it)") }
            guard answer.status == 200, let info = answer.json(Info.self) else {
                return .plainCheck(note: "the Hugging Face API answered \(LinkProbe.describe(answer.status)); checked the page instead")
            }
            if info.disabled == true { return decided(.broken, "the Hugging Face Hub has disabled the \(what) \(repository.id)") }
            if let id = info.id, id.lowercased() != repository.id.lowercased() {
                return decided(.moved, "the \(what) is now \(id)", final: "\(Self.base)\(repository.pagePrefix)/\(id)")
            }
            if case .yes(let mode) = info.gated {
                return decided(.ok, "the \(what) exists; note: access is gated (\(mode) approval)", facts: ["gated": mode])
            }
            return decided(.ok, "the \(what) exists")
        }
    }
}
