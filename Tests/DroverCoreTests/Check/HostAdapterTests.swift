import Foundation
import Testing
@testable import DroverCore

/// The host adapters against one local server that answers like GitHub, YouTube, Telegram,
/// arXiv, Hugging Face and a site with soft 404s, each host reached through `--resolve`
/// routes (as `drover check --resolve github.com=127.0.0.1:PORT` does), so the URLs are written
/// as they are in a real collection and nothing leaves 127.0.0.1.
@Suite("Host adapters against local stand-ins", .serialized, .timeLimit(.minutes(2)))
struct HostAdapterTests {
    static let hosts = ["github.com", "api.github.com", "www.youtube.com", "youtu.be", "i.ytimg.com", "t.me", "export.arxiv.org",
                        "arxiv.org", "huggingface.co", "soft.test"]

    /// Answers as each host would, by the `Host` header the checker kept.
    static func standIn(_ request: TestHTTPServer.Request, githubLimitAfter: Int? = nil, githubDown: Bool = false,
                        githubSeen: Int = 0) -> TestHTTPServer.Reply {
        let host = request.headers["host"] ?? ""
        let path = request.path
        switch host {
        case "api.github.com":
            if githubDown { return .status(503) }
            if let limit = githubLimitAfter, request.index >= limit {
                return .status(403, headers: [("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", "\(Int(Date().timeIntervalSince1970) + 3000)")],
                               body: #"{"message":"API rate limit exceeded"}"#)
            }
            if path == "/graphql" { return graphQL(request.body) }
            return rest(path)
        case "github.com":
            return .status(200, headers: [("Content-Type", "text/html")], body: "<title>GitHub page</title>")
        case "www.youtube.com":
            if path.contains("deleted0000") { return .status(404) }
            if path.contains("private0000") || path.contains("noembed0000") { return .status(401) }
            return .status(200, headers: [("Content-Type", "application/json")], body: #"{"title":"A lecture","author_name":"A channel"}"#)
        case "i.ytimg.com":
            return path.contains("noembed0000") ? .status(200, body: "jpeg") : .status(404)
        case "t.me":
            switch path {
            case "/techpriestess":
                return .status(200, headers: [("Content-Type", "text/html")], body: """
                <div class="tgme_page"><div class="tgme_page_title"><span dir="auto">Tech &amp; Priestess</span></div>
                <div class="tgme_page_extra">12 345 subscribers</div></div>
                """)
            case "/nosuchchannel":
                return .status(200, headers: [("Content-Type", "text/html")], body: """
                <div class="tgme_page"><div class="tgme_page_description">If you have <strong>Telegram</strong>, you can contact \
                <a class="tgme_username_link" href="tg://resolve?domain=nosuchchannel">@nosuchchannel</a> right away.</div></div>
                """)
            default:
                return .status(200, headers: [("Content-Type", "text/html")], body: "<title>Something new</title><p>redesigned</p>")
            }
        case "export.arxiv.org":
            return .status(200, headers: [("Content-Type", "application/atom+xml")], body: arxivFeed(path))
        case "huggingface.co":
            switch path {
            case "/api/models/meta-llama/Llama-2-7b":
                return .status(200, body: #"{"id":"meta-llama/Llama-2-7b","gated":"manual"}"#)
            case "/api/models/openai/whisper-large":
                return .status(200, body: #"{"id":"openai/whisper-large","gated":false}"#)
            default:
                return .status(401, headers: [("X-Error-Code", "RepoNotFound")], body: #"{"error":"Repository not found"}"#)
            }
        case "soft.test":
            switch path {
            case "/": return .status(200, headers: [("Content-Type", "text/html")], body: "<title>Home</title>")
            case "/old/article": return .status(301, headers: [("Location", "https://soft.test/")])
            case "/ru/gone": return .status(200, headers: [("Content-Type", "text/html; charset=utf-8")],
                                            body: "<html><head><title>Страница не найдена — Блог</title></head></html>")
            case "/en/gone": return .status(200, headers: [("Content-Type", "text/html")], body: "<title>\n  Page Not Found | Blog\n</title>")
            default: return .status(200, headers: [("Content-Type", "text/html")], body: "<title>An article</title>")
            }
        default:
            return .status(404)
        }
    }

    static func rest(_ path: String) -> TestHTTPServer.Reply {
        let json = [("Content-Type", "application/json")]
        switch path {
        case "/repos/karpathy/nanoGPT": return .status(200, headers: json, body: #"{"full_name":"karpathy/nanoGPT","archived":false,"pushed_at":"2026-11-01T00:00:00Z"}"#)
        case "/repos/old-owner/old-name": return .status(301, headers: [("Location", "https://api.github.com/repositories/42")])
        case "/repositories/42": return .status(200, headers: json, body: #"{"full_name":"new-owner/new-name","archived":false}"#)
        case "/repos/dyakonov/mldm": return .status(200, headers: json, body: #"{"full_name":"dyakonov/mldm","archived":true,"pushed_at":"2022-12-27T10:00:00Z"}"#)
        default: return .status(404, headers: json, body: #"{"message":"Not Found"}"#)
        }
    }

    /// A GraphQL answer for the aliases the query asks: found, renamed, archived or missing by name.
    static func graphQL(_ body: String) -> TestHTTPServer.Reply {
        let query = (try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: String])?["query"] ?? ""
        var data: [String] = []
        var errors: [String] = []
        let pattern = try! NSRegularExpression(pattern: #"(r[0-9]+): repository\(owner: "([^"]+)", name: "([^"]+)"\)"#)
        for match in pattern.matches(in: query, range: NSRange(query.startIndex..., in: query)) {
            let alias = String(query[Range(match.range(at: 1), in: query)!])
            let owner = String(query[Range(match.range(at: 2), in: query)!]), name = String(query[Range(match.range(at: 3), in: query)!])
            switch "\(owner)/\(name)" {
            case "old-owner/old-name":
                data.append(#""\#(alias)":{"nameWithOwner":"new-owner/new-name","isArchived":false,"archivedAt":null,"pushedAt":null,"isDisabled":false}"#)
            case "dyakonov/mldm":
                data.append(#""\#(alias)":{"nameWithOwner":"dyakonov/mldm","isArchived":true,"archivedAt":"2023-01-05T00:00:00Z","pushedAt":"2022-12-27T10:00:00Z","isDisabled":false}"#)
            case let full where full.hasPrefix("gone/"):
                data.append(#""\#(alias)":null"#)
                errors.append(#"{"type":"NOT_FOUND","path":["\#(alias)"],"message":"Could not resolve to a Repository"}"#)
            default:
                data.append(#""\#(alias)":{"nameWithOwner":"\#(owner)/\#(name)","isArchived":false,"archivedAt":null,"pushedAt":null,"isDisabled":false}"#)
            }
        }
        let text = #"{"data":{\#(data.joined(separator: ","))}"# + (errors.isEmpty ? "" : #","errors":[\#(errors.joined(separator: ","))]"#) + "}"
        return .status(200, headers: [("Content-Type", "application/json")], body: text)
    }

    /// arXiv's Atom answer: 1706.03762 at v7, 1234.5678 withdrawn, anything else unknown (no entry).
    static func arxivFeed(_ path: String) -> String {
        var entries = ""
        if path.contains("1706.03762") {
            entries += "<entry><id>http://arxiv.org/abs/1706.03762v7</id><title>Attention Is All You Need</title><summary>The dominant sequence transduction models…</summary></entry>"
        }
        if path.contains("1234.5678") {
            entries += """
            <entry><id>http://arxiv.org/abs/1234.5678v2</id><title>A result</title><summary>This paper has been withdrawn by the author.</summary>\
            <arxiv:comment xmlns:arxiv="http://arxiv.org/schemas/atom">This paper has been withdrawn due to an error in Lemma 2</arxiv:comment></entry>
            """
        }
        return #"<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom">\#(entries)</feed>"#
    }

    static func checker(port: Int, token: String? = nil, cachePath: String? = nil) -> ExternalLinkChecker {
        var checker = ExternalLinkChecker(settings: ExternalLinkCheckerTests.settings(), cachePath: cachePath)
        checker.environment = CheckEnvironment(clock: CheckClock(ManualClock(automatic: true)),
                                               hosts: HostAddresses(onlyPinned: true, routes: Dictionary(uniqueKeysWithValues: hosts.map {
                                                   ($0, HostRoute(address: "127.0.0.1", port: port))
                                               })))
        checker.adapters = HostAdapters.all(githubToken: token)
        return checker
    }

    static func check(_ urls: [String], token: String? = nil, limitAfter: Int? = nil, githubDown: Bool = false)
        async throws -> (results: [String: LinkResult], server: TestHTTPServer) {
        let server = try await TestHTTPServer.start { request, _ in standIn(request, githubLimitAfter: limitAfter, githubDown: githubDown) }
        let outcome = await checker(port: server.port, token: token).run(urls.map(ExternalLinkCheckerTests.link))
        await server.stop()
        return (Dictionary(uniqueKeysWithValues: zip(urls, outcome.results)), server)
    }

    @Test func youTubeVideosAreJudgedByOEmbedAndThumbnailInEveryURLForm() async throws {
        let urls = ["https://www.youtube.com/watch?v=zjkBMFhNj_g", "https://youtu.be/deleted0000", "https://www.youtube.com/shorts/private0000",
                    "https://www.youtube-nocookie.com/embed/noembed0000"]
        let (results, server) = try await Self.check(urls)
        #expect(results[urls[0]]?.linkClass == .ok)
        #expect(results[urls[0]]?.facts?["title"] == "A lecture")
        #expect(results[urls[0]]?.checkedBy == "youtube")
        #expect(results[urls[1]]?.linkClass == .broken)
        #expect(results[urls[1]]?.detail.contains("video unavailable") == true)
        #expect(results[urls[2]]?.linkClass == .broken)
        #expect(results[urls[2]]?.detail == "video unavailable: private or removed")
        #expect(results[urls[3]]?.linkClass == .ok)
        // The watch page itself, which answers 200 for any of them, is never what decides.
        #expect(!server.requests.contains { $0.path.hasPrefix("/watch") })
    }

    @Test func telegramChannelsAreJudgedByTheirPageContent() async throws {
        let urls = ["https://t.me/techpriestess", "https://t.me/s/nosuchchannel", "https://t.me/redesigned"]
        let (results, _) = try await Self.check(urls)
        #expect(results[urls[0]]?.linkClass == .ok)
        #expect(results[urls[0]]?.facts == ["title": "Tech & Priestess", "subscribers": "12 345 subscribers"])
        #expect(results[urls[1]]?.linkClass == .broken)
        #expect(results[urls[1]]?.detail == "no Telegram channel, group or user is called @nosuchchannel")
        // A layout the adapter does not know falls back to the plain check, never to broken.
        #expect(results[urls[2]]?.linkClass == .ok)
        #expect(results[urls[2]]?.checkedBy == nil)
        #expect(results[urls[2]]?.detail.contains("looks unfamiliar") == true)
    }

    @Test func gitHubRESTFindsRenamedArchivedAndMissingRepositories() async throws {
        let urls = ["https://github.com/karpathy/nanoGPT", "https://github.com/old-owner/old-name/tree/main/docs",
                    "https://github.com/dyakonov/mldm", "https://github.com/nobody/nothing"]
        let (results, server) = try await Self.check(urls)
        #expect(results[urls[0]]?.linkClass == .ok)
        #expect(results[urls[1]]?.linkClass == .moved)
        #expect(results[urls[1]]?.finalURL == "https://github.com/new-owner/new-name/tree/main/docs")
        #expect(results[urls[2]]?.linkClass == .archived)
        #expect(results[urls[2]]?.detail == "the repository is archived, read-only since 2022-12-27 (last push)")
        #expect(results[urls[3]]?.linkClass == .broken)
        #expect(!server.requests.contains { $0.headers["host"] == "github.com" })
    }

    @Test func gitHubGraphQLAsksForAHundredRepositoriesARequest() async throws {
        var urls = (0..<150).map { "https://github.com/owner\($0)/repo" }
        urls += ["https://github.com/old-owner/old-name", "https://github.com/dyakonov/mldm", "https://github.com/gone/away"]
        let (results, server) = try await Self.check(urls, token: "secret-token")
        let graphQL = server.requests.filter { $0.path == "/graphql" }
        #expect(graphQL.count == 2)
        #expect(graphQL.allSatisfy { $0.headers["authorization"] == "bearer secret-token" })
        #expect(results[urls[0]]?.linkClass == .ok)
        #expect(results["https://github.com/old-owner/old-name"]?.linkClass == .moved)
        #expect(results["https://github.com/dyakonov/mldm"]?.linkClass == .archived)
        #expect(results["https://github.com/dyakonov/mldm"]?.facts?["archived_at"] == "2023-01-05T00:00:00Z")
        #expect(results["https://github.com/gone/away"]?.linkClass == .broken)
        // GraphQL's answer is the whole story: no request per repository.
        #expect(server.requests.count == 2)
    }

    @Test func aRateLimitHitHalfWayLeavesTheRestRateLimitedNeverBroken() async throws {
        let urls = ["https://github.com/karpathy/nanoGPT", "https://github.com/dyakonov/mldm", "https://github.com/nobody/nothing",
                    "https://github.com/old-owner/old-name"]
        let (results, _) = try await Self.check(urls, limitAfter: 2)
        let classes = urls.map { results[$0]!.linkClass }
        #expect(classes.filter { $0 == .rateLimited }.count == 2)
        #expect(!classes.contains(.broken))
        #expect(results.values.filter { $0.linkClass == .rateLimited }.allSatisfy { $0.detail.contains("GITHUB_TOKEN") })
    }

    @Test func anAPIThatIsDownFallsBackToThePlainCheckWithANote() async throws {
        let urls = ["https://github.com/karpathy/nanoGPT", "https://github.com/nobody/nothing"]
        let (results, _) = try await Self.check(urls, githubDown: true)
        for url in urls {
            #expect(results[url]?.linkClass == .ok)
            #expect(results[url]?.detail.contains("GitHub's API did not answer") == true || results[url]?.detail.contains("GitHub's API answered 503") == true)
        }
    }

    @Test func arXivPapersAreAskedInOneBatchWithWithdrawnUnknownAndNewerVersions() async throws {
        let urls = ["https://arxiv.org/abs/1706.03762", "https://arxiv.org/pdf/1706.03762v2", "https://arxiv.org/abs/1234.5678",
                    "https://arxiv.org/abs/2999.99999", "https://arxiv.org/abs/1706.03762v9"]
        let (results, server) = try await Self.check(urls)
        #expect(server.requests.filter { $0.headers["host"] == "export.arxiv.org" }.count == 1)
        #expect(!server.requests.contains { $0.headers["host"] == "arxiv.org" })
        #expect(results[urls[0]]?.linkClass == .ok)
        #expect(results[urls[1]]?.linkClass == .ok)
        #expect(results[urls[1]]?.detail.contains("v7 is the latest") == true)
        #expect(results[urls[2]]?.linkClass == .withdrawn)
        #expect(results[urls[3]]?.linkClass == .broken)
        #expect(results[urls[4]]?.linkClass == .broken)
    }

    @Test func huggingFaceGatedIsANoteAndMissingIsBroken() async throws {
        let urls = ["https://huggingface.co/meta-llama/Llama-2-7b", "https://huggingface.co/openai/whisper-large",
                    "https://huggingface.co/nobody/nothing", "https://huggingface.co/learn/agents-course"]
        let (results, _) = try await Self.check(urls)
        #expect(results[urls[0]]?.linkClass == .ok)
        #expect(results[urls[0]]?.detail.contains("gated") == true)
        #expect(results[urls[1]]?.linkClass == .ok)
        #expect(results[urls[2]]?.linkClass == .broken)
        // A course is not a repository: the plain check answers for it.
        #expect(results[urls[3]]?.checkedBy == nil)
    }

    @Test func softNotFoundPagesAreWarningsOfTheirOwn() async throws {
        let urls = ["https://soft.test/old/article", "https://soft.test/ru/gone", "https://soft.test/en/gone", "https://soft.test/fine"]
        let (results, _) = try await Self.check(urls)
        #expect(results[urls[0]]?.linkClass == .softNotFound)
        #expect(results[urls[0]]?.detail.contains("home page") == true)
        #expect(results[urls[1]]?.linkClass == .softNotFound)
        #expect(results[urls[1]]?.detail.contains("«Страница не найдена — Блог»") == true)
        #expect(results[urls[2]]?.linkClass == .softNotFound)
        #expect(results[urls[3]]?.linkClass == .ok)
        #expect(LinkClass.softNotFound.severity == .warning)
    }

    @Test func urlShapesAreClaimedByTheRightAdapterOnly() {
        #expect(GitHubAdapter.repository(in: "https://github.com/apple/swift.git")?.name == "swift")
        #expect(GitHubAdapter.repository(in: "https://github.com/features/copilot") == nil)
        #expect(GitHubAdapter.repository(in: "https://github.com/karpathy") == nil)
        #expect(YouTubeAdapter.videoID(in: "https://www.youtube.com/embed/zjkBMFhNj_g?start=3") == "zjkBMFhNj_g")
        #expect(YouTubeAdapter.videoID(in: "https://www.youtube.com/@channel") == nil)
        #expect(TelegramAdapter.channel(in: "https://t.me/s/seeallochnaya/123") == "seeallochnaya")
        #expect(TelegramAdapter.channel(in: "https://t.me/+AbCdEf") == nil)
        #expect(TelegramAdapter.channel(in: "https://t.me/joinchat/AbCdEf") == nil)
        #expect(ArxivAdapter.paper(in: "https://arxiv.org/pdf/2101.00001v3.pdf") == .init(id: "2101.00001", version: 3))
        #expect(ArxivAdapter.paper(in: "https://arxiv.org/abs/hep-th/9901001") == .init(id: "hep-th/9901001", version: nil))
        #expect(ArxivAdapter.paper(in: "https://arxiv.org/list/cs.LG/recent") == nil)
        #expect(HuggingFaceAdapter.repository(in: "https://huggingface.co/datasets/squad/squad")?.kind == "datasets")
        #expect(HuggingFaceAdapter.repository(in: "https://huggingface.co/docs/transformers/index") == nil)
    }

    @Test func resolveRulesAreReadAndExplained() throws {
        guard case .success(let parsed) = HostRoute.parse("GitHub.com=127.0.0.1:8080") else { Issue.record("not parsed"); return }
        #expect(parsed.host == "github.com")
        #expect(parsed.route == HostRoute(address: "127.0.0.1", port: 8080))
        guard case .failure(let error) = HostRoute.parse("github.com=localhost:8080") else { Issue.record("parsed"); return }
        #expect(error.message.contains("not an IP address"))
        let addresses = HostAddresses(routes: ["github.com": HostRoute(address: "127.0.0.1", port: 8080)])
        #expect(addresses.route("https://github.com/a/b?tab=readme").url == "http://127.0.0.1:8080/a/b?tab=readme")
        #expect(addresses.route("https://github.com/a/b?tab=readme").hostHeader == "github.com")
        #expect(addresses.route("https://example.org/x").hostHeader == nil)
    }
}
