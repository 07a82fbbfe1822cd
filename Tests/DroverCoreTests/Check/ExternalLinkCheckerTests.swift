import Foundation
import Testing
@testable import DroverCore

/// How the checker talks to servers: every test starts its own servers on 127.0.0.x and
/// scripts their misbehaviour; nothing here touches the internet.
@Suite("External link checker against local servers")
struct ExternalLinkCheckerTests {
    static func settings(_ change: (inout LinkCheckSettings) -> Void = { _ in }) -> LinkCheckSettings {
        var settings = LinkCheckSettings()
        settings.retries = 2
        settings.retryDelay = 0.05
        settings.requestTimeout = 2
        settings.connectTimeout = 2
        settings.maxRetryAfter = 5
        settings.perHost = .init(concurrency: 2, interval: 0)
        change(&settings)
        return settings
    }

    static func link(_ url: String) -> ExternalLink {
        ExternalLink(url: URLNormalization.requestForm(url)!, key: URLNormalization.normalize(url)!,
                     sources: [SourceLocation(file: "content/x.md", line: 3, column: 6)])
    }

    static func check(_ urls: [String], settings: LinkCheckSettings = settings()) async -> [LinkResult] {
        await ExternalLinkChecker(settings: settings, cachePath: nil).run(urls.map(link)).results
    }

    @Test func aWorkingPageIsOkWithOneGETAndTheConfiguredUserAgent() async throws {
        let server = try await TestHTTPServer.start { _, _ in .status(200, body: "<title>ok</title>") }
        defer { Task { await server.stop() } }
        let results = await Self.check([server.url("/page")], settings: Self.settings { $0.userAgent = "test-agent/1.0" })
        #expect(results.map(\.linkClass) == [.ok])
        #expect(results[0].status == 200)
        #expect(server.requests.map(\.method) == ["GET"])
        #expect(server.requests.first?.headers["user-agent"] == "test-agent/1.0")
    }

    @Test func retryAfterInSecondsPausesOnlyThatHost() async throws {
        let limited = try await TestHTTPServer.start(host: "127.0.0.2") { request, seen in
            request.path == "/first" && seen == 0 ? .status(429, headers: [("Retry-After", "1")]) : .status(200)
        }
        let other = try await TestHTTPServer.start(host: "127.0.0.3") { _, _ in .status(200, after: .milliseconds(100)) }
        defer { Task { await limited.stop(); await other.stop() } }
        let settings = Self.settings { $0.hosts["127.0.0.2"] = .init(concurrency: 1, interval: 0) }
        let urls = [limited.url("/first"), limited.url("/second"), limited.url("/third")] + (0..<12).map { other.url("/page\($0)") }
        let results = await Self.check(urls, settings: settings)

        #expect(results.allSatisfy { $0.linkClass == .ok }, "\(results)")
        let first = try #require(limited.requests.first)
        #expect(first.path == "/first")
        // Nothing reaches the paused host inside the window…
        let next = try #require(limited.requests.dropFirst().first)
        #expect(next.arrived - first.arrived >= .milliseconds(1000), "a request arrived \(next.arrived - first.arrived) after the 429")
        // …while the other host keeps going.
        let window = other.requests.filter { $0.arrived > first.arrived && $0.arrived < first.arrived + .milliseconds(900) }
        #expect(window.count >= 4, "only \(window.count) requests to the other host during the pause")
        #expect(limited.requests(to: "/first").count == 2)
    }

    @Test func retryAfterAsAnHTTPDateIsHonoured() async throws {
        let server = try await TestHTTPServer.start(host: "127.0.0.4") { _, seen in
            seen == 0 ? .status(503, headers: [("Retry-After", RetryAfter.format(Date().addingTimeInterval(2)))]) : .status(200)
        }
        defer { Task { await server.stop() } }
        let results = await Self.check([server.url("/later")])
        #expect(results.map(\.linkClass) == [.ok])
        let requests = server.requests
        try #require(requests.count == 2)
        // The date has whole seconds: asked at t, "t + 2 s" rounds down to at least 1 s of wait.
        #expect(requests[1].arrived - requests[0].arrived >= .milliseconds(1000))
    }

    @Test func retryAfterBeyondTheCapEndsAsRateLimitedQuicklyWithoutMoreRequests() async throws {
        let server = try await TestHTTPServer.start(host: "127.0.0.5") { _, _ in .status(429, headers: [("Retry-After", "3600")]) }
        defer { Task { await server.stop() } }
        let settings = Self.settings { $0.hosts["127.0.0.5"] = .init(concurrency: 1, interval: 0) }
        let started = ContinuousClock.now
        let results = await Self.check((0..<5).map { server.url("/page\($0)") }, settings: settings)
        #expect(ContinuousClock.now - started < .seconds(3))
        #expect(results.allSatisfy { $0.linkClass == .rateLimited }, "\(results)")
        #expect(results.allSatisfy { $0.linkClass.severity == .warning })
        #expect(server.requests.count == 1, "the host asked for an hour's pause, yet got \(server.requests.count) requests")
        #expect(results.contains { $0.detail.contains("asked to wait 3600 s") })
    }

    @Test func a429WithoutRetryAfterIsRetriedWithBackoffThenRateLimited() async throws {
        let server = try await TestHTTPServer.start(host: "127.0.0.21") { request, seen in
            request.path == "/once" && seen > 0 ? .status(200) : .status(429)
        }
        defer { Task { await server.stop() } }
        let results = await Self.check([server.url("/once"), server.url("/always")], settings: Self.settings { $0.retries = 2 })
        #expect(results.map(\.linkClass) == [.ok, .rateLimited])
        #expect(server.requests(to: "/always").count == 3)
        #expect(results[1].detail == "429 Too Many Requests after 3 attempts")
    }

    @Test func headAnswered405FallsBackToGET() async throws {
        let server = try await TestHTTPServer.start(host: "127.0.0.6") { request, _ in
            request.method == "HEAD" ? .status(405) : .status(200)
        }
        defer { Task { await server.stop() } }
        let results = await Self.check([server.url("/doc")], settings: Self.settings { $0.hosts["127.0.0.6"] = .init(concurrency: 1, interval: 0, method: .head) })
        #expect(results.map(\.linkClass) == [.ok])
        #expect(server.requests.map(\.method) == ["HEAD", "GET"])
    }

    @Test func theHostCapIsNeverExceededYetIsUsed() async throws {
        let hosts = ["127.0.0.7", "127.0.0.8", "127.0.0.9"]
        var servers: [TestHTTPServer] = []
        for host in hosts { servers.append(try await TestHTTPServer.start(host: host) { _, _ in .status(200, body: "x", after: .milliseconds(30)) }) }
        let started = servers
        defer { Task { for server in started { await server.stop() } } }
        let urls = servers.flatMap { server in (0..<20).map { server.url("/p\($0)") } }
        let results = await Self.check(urls, settings: Self.settings { $0.perHost = .init(concurrency: 3, interval: 0) })
        #expect(results.allSatisfy { $0.linkClass == .ok })
        for server in servers {
            #expect(server.requests.count == 20)
            #expect(server.maxConcurrentRequests == 3, "\(server.host): \(server.maxConcurrentRequests) requests at once")
            #expect(server.maxConcurrentConnections <= 3, "\(server.host): \(server.maxConcurrentConnections) connections at once")
            // Small bodies are read to their end, so connections are reused rather than one per URL.
            #expect(server.connectionsAccepted <= 6, "\(server.host): \(server.connectionsAccepted) connections for 20 requests")
        }
    }

    @Test func theMinimumIntervalSpacesRequestsToAHost() async throws {
        let server = try await TestHTTPServer.start(host: "127.0.0.10") { _, _ in .status(200) }
        defer { Task { await server.stop() } }
        _ = await Self.check((0..<4).map { server.url("/p\($0)") }, settings: Self.settings { $0.perHost = .init(concurrency: 4, interval: 0.2) })
        let arrivals = server.requests.map(\.arrived).sorted()
        try #require(arrivals.count == 4)
        // Starts are 200 ms apart; arrivals may shift by a connection set-up (a new one for the first).
        for (earlier, later) in zip(arrivals, arrivals.dropFirst()) {
            #expect(later - earlier >= .milliseconds(120))
        }
        #expect(arrivals[3] - arrivals[0] >= .milliseconds(550))
    }

    @Test func theRunsConnectionCapHoldsAcrossHosts() async throws {
        var servers: [TestHTTPServer] = []
        for host in ["127.0.0.11", "127.0.0.12", "127.0.0.13", "127.0.0.14"] {
            servers.append(try await TestHTTPServer.start(host: host) { _, _ in .status(200, after: .milliseconds(50)) })
        }
        let running = servers
        defer { Task { for server in running { await server.stop() } } }
        let urls = servers.flatMap { server in (0..<8).map { server.url("/p\($0)") } }
        let started = ContinuousClock.now
        let results = await Self.check(urls, settings: Self.settings { $0.connections = 2; $0.perHost = .init(concurrency: 4, interval: 0) })
        #expect(results.allSatisfy { $0.linkClass == .ok })
        // 32 requests of 50 ms, two at a time: at least 0.8 s; four hosts at four would take 0.1 s.
        #expect(ContinuousClock.now - started >= .milliseconds(750))
    }

    @Test func aResetIsRetriedAndThenSucceeds() async throws {
        let server = try await TestHTTPServer.start(host: "127.0.0.15") { _, seen in seen == 0 ? .reset : .status(200) }
        defer { Task { await server.stop() } }
        let results = await Self.check([server.url("/flaky")])
        #expect(results.map(\.linkClass) == [.ok])
        #expect(results[0].requests == 2)
    }

    @Test func slowHeadersTimeOutAsUnreachableAfterRetries() async throws {
        let server = try await TestHTTPServer.start(host: "127.0.0.16") { _, _ in .status(200, after: .seconds(5)) }
        defer { Task { await server.stop() } }
        let started = ContinuousClock.now
        let results = await Self.check([server.url("/slow")], settings: Self.settings { $0.requestTimeout = 0.4; $0.retries = 1 })
        #expect(ContinuousClock.now - started < .seconds(3))
        #expect(results.map(\.linkClass) == [.unreachable])
        #expect(results[0].detail.contains("no answer within"), "\(results[0].detail)")
        #expect(server.requests.count == 2)
    }

    @Test func redirectsAreFollowedAndClassified() async throws {
        let server = try await TestHTTPServer.start(host: "127.0.0.17") { request, _ in
            switch request.path {
            case "/old": .status(301, headers: [("Location", "/older")])
            case "/older": .status(308, headers: [("Location", "/new")])
            case "/new": .status(200)
            case "/temporary": .status(302, headers: [("Location", "/new")])
            case "/loop-a": .status(301, headers: [("Location", "/loop-b")])
            case "/loop-b": .status(301, headers: [("Location", "/loop-a")])
            case "/moved-away": .status(301, headers: [("Location", "/nothing")])
            default:
                if request.path.hasPrefix("/hop/"), let hop = Int(request.path.dropFirst(5)) {
                    .status(302, headers: [("Location", "/hop/\(hop + 1)")])
                } else {
                    .status(404)
                }
            }
        }
        defer { Task { await server.stop() } }
        let results = await Self.check(["/old", "/temporary", "/loop-a", "/hop/0", "/moved-away"].map(server.url))
        #expect(results.map(\.linkClass) == [.moved, .redirect, .broken, .broken, .broken])
        #expect(results[0].finalURL == server.url("/new"))
        #expect(results[0].detail == "permanent redirect (301 → 308) to \(server.url("/new"))")
        #expect(results[2].detail.hasPrefix("redirect loop"), "\(results[2].detail)")
        #expect(results[3].detail == "more than 10 redirects")
        #expect(server.requests(to: "/hop/11").count == 0 && server.requests(to: "/hop/10").count == 1)
        #expect(results[4].status == 404)
    }

    @Test func statusesMapToTheirClasses() async throws {
        let server = try await TestHTTPServer.start(host: "127.0.0.18") { request, _ in
            switch request.path {
            case "/missing": .status(404)
            case "/gone": .status(410)
            case "/forbidden": .status(403)
            case "/login": .status(401)
            case "/legal": .status(451)
            case "/linkedin": .status(999)
            case "/challenge": .status(503, body: "<!DOCTYPE html><html><head><title>Just a moment...</title></head></html>")
            case "/marked": .status(403, headers: [("cf-mitigated", "challenge")])
            case "/error": .status(500)
            default: .status(200)
            }
        }
        defer { Task { await server.stop() } }
        let paths = ["/missing", "/gone", "/forbidden", "/login", "/legal", "/linkedin", "/challenge", "/marked", "/error"]
        let results = await Self.check(paths.map(server.url))
        #expect(results.map(\.linkClass) == [.broken, .broken, .blocked, .blocked, .blocked, .blocked, .blocked, .blocked, .unreachable])
        // 5xx is retried (twice here); a bot wall is not.
        #expect(server.requests(to: "/error").count == 3)
        #expect(server.requests(to: "/challenge").count == 1)
    }

    @Test func aRefusedConnectionIsUnreachableNotBroken() async throws {
        let server = try await TestHTTPServer.start(host: "127.0.0.19") { _, _ in .status(200) }
        let url = server.url("/closed")
        await server.stop()
        let results = await Self.check([url], settings: Self.settings { $0.retries = 1 })
        #expect(results.map(\.linkClass) == [.unreachable])
        #expect(results[0].detail.contains("refused"), "\(results[0].detail)")
    }

    @Test func aServerThatCannotSpeakTLSIsATLSError() async throws {
        // A plain-HTTP server asked for https: the handshake fails, as with a broken certificate setup.
        let server = try await TestHTTPServer.start(host: "127.0.0.22") { _, _ in .status(200) }
        defer { Task { await server.stop() } }
        let results = await Self.check(["https://127.0.0.22:\(server.port)/secure"])
        #expect(results.map(\.linkClass) == [.tlsError], "\(results)")
        #expect(results[0].linkClass.severity == .warning)
    }

    @Test func anUnknownHostIsBrokenAfterOneRetryAndItsOtherURLsAreNotAskedAgain() async throws {
        // .invalid is reserved (RFC 2606): no resolver anywhere gives it an address.
        let urls = (0..<5).map { "http://no-such-host.invalid/page\($0)" }
        let results = await Self.check(urls, settings: Self.settings { $0.retries = 3; $0.perHost = .init(concurrency: 1, interval: 0) })
        #expect(results.allSatisfy { $0.linkClass == .broken }, "\(results)")
        #expect(results.allSatisfy { $0.detail.contains("unknown host") }, "\(results)")
        // The first URL through the lane: one retry for a name that does not resolve, whatever check.retries says.
        #expect(results.map(\.requests).sorted() == [0, 0, 0, 0, 2])
        #expect(results.filter { $0.requests == 0 }.allSatisfy { $0.detail.hasSuffix("not asked again for this host's other URLs") })
    }

    @Test func aHostThatRefusesConnectionsFailsItsURLsWithoutWaitingEachOut() async throws {
        let server = try await TestHTTPServer.start(host: "127.0.0.23") { _, _ in .status(200) }
        let urls = (0..<6).map { server.url("/p\($0)") }
        await server.stop()
        let started = ContinuousClock.now
        let results = await Self.check(urls, settings: Self.settings { $0.retries = 2; $0.retryDelay = 0.3; $0.perHost = .init(concurrency: 1, interval: 0) })
        #expect(results.allSatisfy { $0.linkClass == .unreachable })
        #expect(results.map(\.requests).reduce(0, +) == 3, "\(results.map(\.requests))")
        // One URL's retries (about 0.3 + 0.6 s), not six URLs' worth.
        #expect(ContinuousClock.now - started < .seconds(2))
    }

    @Test func theCacheAnswersUntilExpiryAndNeverKeepsTransientFailures() async throws {
        let server = try await TestHTTPServer.start(host: "127.0.0.20") { request, _ in
            request.path == "/ok" ? .status(200) : .status(500)
        }
        defer { Task { await server.stop() } }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("drover-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cachePath = folder.appendingPathComponent("linkcheck.json").path
        let links = [Self.link(server.url("/ok")), Self.link(server.url("/down"))]
        let settings = Self.settings { $0.retries = 0 }
        let today = Date()

        var checker = ExternalLinkChecker(settings: settings, cachePath: cachePath)
        checker.now = { today }
        let first = await checker.run(links)
        #expect(first.results.map(\.linkClass) == [.ok, .unreachable])
        #expect(first.requests == 2)

        // A day later: the working page comes from the cache; the failure is asked again.
        checker.now = { today.addingTimeInterval(86400) }
        let second = await checker.run(links)
        #expect(second.cacheProblems.isEmpty, "\(second.cacheProblems)")
        #expect(second.results.map(\.fromCache) == [true, false])
        #expect(server.requests(to: "/ok").count == 1)
        #expect(server.requests(to: "/down").count == 2)

        // Past the longest lifetime of an ok (a week), it is requested again.
        checker.now = { today.addingTimeInterval(8 * 86400) }
        let third = await checker.run(links)
        #expect(third.cacheProblems.isEmpty, "\(third.cacheProblems)")
        #expect(third.results[0].fromCache == false)
        #expect(server.requests(to: "/ok").count == 2)

        // --no-cache asks everything again.
        checker.useCache = false
        checker.now = { today.addingTimeInterval(8 * 86400 + 60) }
        _ = await checker.run(links)
        #expect(server.requests(to: "/ok").count == 3)
    }
}
