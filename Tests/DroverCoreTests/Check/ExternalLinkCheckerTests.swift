import Foundation
import Testing
@testable import DroverCore

/// How the checker talks to servers: every test starts its own servers on 127.0.0.1 (each on its
/// own port, under a name of its own pinned to that address) and scripts their misbehaviour;
/// nothing here touches the internet or the machine's resolver.
///
/// Waits run on a `ManualClock`: what these tests say about time ("nothing reaches the host before
/// the pause is over") is about that clock, never the machine's, so a loaded machine cannot fail
/// them. The time limit only stops a hung test.
@Suite("External link checker against local servers", .serialized, .timeLimit(.minutes(2)))
struct ExternalLinkCheckerTests {
    static func settings(_ change: (inout LinkCheckSettings) -> Void = { _ in }) -> LinkCheckSettings {
        var settings = LinkCheckSettings()
        settings.retries = 2
        settings.retryDelay = 0.05
        // Long enough for any loaded machine: the servers answer at once unless told otherwise.
        settings.requestTimeout = 20
        settings.connectTimeout = 20
        settings.maxRetryAfter = 5
        settings.perHost = .init(concurrency: 2, interval: 0)
        change(&settings)
        return settings
    }

    static func link(_ url: String) -> ExternalLink {
        ExternalLink(url: URLNormalization.requestForm(url)!, key: URLNormalization.normalize(url)!,
                     sources: [SourceLocation(file: "content/x.md", line: 3, column: 6)])
    }

    /// A checker that reaches `servers` by their names, no other host, and waits on `clock`
    /// (by default one that jumps to each deadline, so waits take no real time).
    static func checker(_ servers: [any LoopbackHost], settings: LinkCheckSettings = settings(),
                        clock: ManualClock = ManualClock(automatic: true)) -> ExternalLinkChecker {
        var checker = ExternalLinkChecker(settings: settings, cachePath: nil)
        checker.environment = CheckEnvironment(clock: CheckClock(clock), hosts: .loopback(servers))
        return checker
    }

    static func check(_ urls: [String], on servers: [any LoopbackHost], settings: LinkCheckSettings = settings(),
                      clock: ManualClock = ManualClock(automatic: true)) async -> [LinkResult] {
        await checker(servers, settings: settings, clock: clock).run(urls.map(link)).results
    }

    @Test func aWorkingPageIsOkWithOneGETAndTheConfiguredUserAgent() async throws {
        let server = try await TestHTTPServer.start(name: "ok.test") { _, _ in .status(200, body: "<title>ok</title>") }
        defer { Task { await server.stop() } }
        let results = await Self.check([server.url("/page")], on: [server], settings: Self.settings { $0.userAgent = "test-agent/1.0" })
        #expect(results.map(\.linkClass) == [.ok])
        #expect(results[0].status == 200)
        #expect(server.requests.map(\.method) == ["GET"])
        #expect(server.requests.first?.headers["user-agent"] == "test-agent/1.0")
        #expect(server.requests.first?.headers["host"] == "ok.test:\(server.port)")
    }

    @Test func retryAfterInSecondsPausesOnlyThatHost() async throws {
        let clock = ManualClock()
        let limited = try await TestHTTPServer.start(name: "limited.test", clock: clock) { request, _ in
            request.index == 0 ? .status(429, headers: [("Retry-After", "1")]) : .status(200)
        }
        let other = try await TestHTTPServer.start(name: "other.test") { _, _ in .status(200) }
        defer { Task { await limited.stop(); await other.stop() } }
        let settings = Self.settings { $0.hosts["limited.test"] = .init(concurrency: 1, interval: 0) }
        let urls = [limited.url("/first"), limited.url("/second"), limited.url("/third")] + (0..<12).map { other.url("/page\($0)") }
        let run = Task { await Self.check(urls, on: [limited, other], settings: settings, clock: clock) }

        await limited.waitForRequests(1)
        try #require(await clock.waitForSleepers(before: run), "the check ended without waiting for the Retry-After")
        // Whoever waits for the limited host waits the whole second it asked for…
        #expect(clock.pendingDeadlines.allSatisfy { $0 == .seconds(1) }, "\(clock.pendingDeadlines)")
        // …while the other host is served in full, the clock standing still.
        await other.waitForRequests(12)
        #expect(limited.requests.count == 1)

        clock.advance(to: .seconds(1))
        let results = await run.value
        #expect(results.allSatisfy { $0.linkClass == .ok }, "\(results)")
        let answered429 = try #require(limited.requests.first).path
        #expect(limited.requests(to: answered429).count == 2)
        #expect(limited.requests.count == 4)
        #expect(limited.requests.dropFirst().allSatisfy { ($0.arrived ?? .zero) >= .seconds(1) },
                "\(limited.requests.map { "\($0.path) at \($0.arrived ?? .zero)" })")
    }

    @Test func retryAfterAsAnHTTPDateIsHonoured() async throws {
        let clock = ManualClock()
        // Today, on the manual clock: a whole second, as HTTP dates have.
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        // Two seconds later, as an IMF-fixdate, the form servers send.
        let later = "Fri, 15 Jan 2027 08:00:02 GMT"
        #expect(RetryAfter.httpDate(later) == start.addingTimeInterval(2))
        let server = try await TestHTTPServer.start(name: "dated.test", clock: clock) { request, _ in
            request.index == 0 ? .status(503, headers: [("Retry-After", later)]) : .status(200)
        }
        defer { Task { await server.stop() } }
        var dated = Self.checker([server], clock: clock)
        dated.environment.date = { start.addingTimeInterval(clock.elapsed.seconds) }
        let checker = dated
        let run = Task { await checker.run([Self.link(server.url("/later"))]).results }

        try #require(await clock.waitForSleepers(before: run), "the check ended without waiting for the Retry-After")
        #expect(clock.pendingDeadlines == [.seconds(2)])
        #expect(server.requests.count == 1)
        clock.advance(to: .seconds(2))
        let results = await run.value
        #expect(results.map(\.linkClass) == [.ok])
        let requests = server.requests
        try #require(requests.count == 2)
        #expect((requests[1].arrived ?? .zero) >= .seconds(2))
    }

    @Test func retryAfterBeyondTheCapEndsAsRateLimitedWithoutWaitingOrMoreRequests() async throws {
        let server = try await TestHTTPServer.start(name: "busy.test") { _, _ in .status(429, headers: [("Retry-After", "3600")]) }
        defer { Task { await server.stop() } }
        let clock = ManualClock(automatic: true)
        let settings = Self.settings { $0.hosts["busy.test"] = .init(concurrency: 1, interval: 0) }
        let results = await Self.check((0..<5).map { server.url("/page\($0)") }, on: [server], settings: settings, clock: clock)
        #expect(clock.sleeps.isEmpty, "no URL should wait for a pause longer than the cap, yet they waited \(clock.sleeps)")
        #expect(results.allSatisfy { $0.linkClass == .rateLimited }, "\(results)")
        #expect(results.allSatisfy { $0.linkClass.severity == .warning })
        #expect(server.requests.count == 1, "the host asked for an hour's pause, yet got \(server.requests.count) requests")
        #expect(results.contains { $0.detail.contains("asked to wait 3600 s") })
    }

    @Test func a429WithoutRetryAfterIsRetriedWithBackoffThenRateLimited() async throws {
        let clock = ManualClock(automatic: true)
        let server = try await TestHTTPServer.start(name: "limited.test", clock: clock) { request, seen in
            request.path == "/once" && seen > 0 ? .status(200) : .status(429)
        }
        defer { Task { await server.stop() } }
        let results = await Self.check([server.url("/once"), server.url("/always")], on: [server],
                                       settings: Self.settings { $0.retries = 2 }, clock: clock)
        #expect(results.map(\.linkClass) == [.ok, .rateLimited])
        let always = server.requests(to: "/always").compactMap(\.arrived)
        #expect(always.count == 3)
        // Each retry waited its backoff: it reached the server later, on the clock, than the 429 before it.
        #expect(zip(always, always.dropFirst()).allSatisfy { $0 < $1 }, "\(always)")
        #expect(results[1].detail == "429 Too Many Requests after 3 attempts")
    }

    @Test func headAnswered405FallsBackToGET() async throws {
        let server = try await TestHTTPServer.start(name: "head.test") { request, _ in
            request.method == "HEAD" ? .status(405) : .status(200)
        }
        defer { Task { await server.stop() } }
        let results = await Self.check([server.url("/doc")], on: [server],
                                       settings: Self.settings { $0.hosts["head.test"] = .init(concurrency: 1, interval: 0, method: .head) })
        #expect(results.map(\.linkClass) == [.ok])
        #expect(server.requests.map(\.method) == ["HEAD", "GET"])
    }

    @Test func theHostCapIsNeverExceededYetIsUsed() async throws {
        // Caps below the HTTP client's own connection limit (the largest cap, 4), so the lanes are what hold them.
        let caps = ["two.test": 2, "three.test": 3, "four.test": 4]
        var servers: [TestHTTPServer] = []
        for (name, cap) in caps.sorted(by: { $0.value < $1.value }) {
            // Each server holds its first answers until as many requests as the cap are in flight,
            // so reaching the cap does not depend on timing; later answers take a moment, so that
            // a request beyond the cap, if one were sent, would find the others still in flight.
            servers.append(try await TestHTTPServer.start(name: name, traffic: .init(holdingAnswersUntil: cap)) { _, _ in
                .status(200, body: "x", after: .milliseconds(10))
            })
        }
        let started = servers
        defer { Task { for server in started { await server.stop() } } }
        let urls = servers.flatMap { server in (0..<20).map { server.url("/p\($0)") } }
        let settings = Self.settings {
            $0.perHost = .init(concurrency: 4, interval: 0)
            $0.hosts = ["two.test": .init(concurrency: 2, interval: 0), "three.test": .init(concurrency: 3, interval: 0)]
        }
        let results = await Self.check(urls, on: servers, settings: settings)
        #expect(results.allSatisfy { $0.linkClass == .ok })
        for server in servers {
            let cap = caps[server.name]!
            #expect(server.requests.count == 20)
            #expect(server.maxConcurrentRequests == cap, "\(server.name): \(server.maxConcurrentRequests) requests at once")
            #expect(server.maxConcurrentConnections <= 4, "\(server.name): \(server.maxConcurrentConnections) connections at once")
            // Small bodies are read to their end, so connections are reused rather than one per URL.
            #expect(server.connectionsAccepted <= 8, "\(server.name): \(server.connectionsAccepted) connections for 20 requests")
        }
    }

    @Test func theMinimumIntervalSpacesRequestsToAHost() async throws {
        let clock = ManualClock(automatic: true)
        let server = try await TestHTTPServer.start(name: "spaced.test", clock: clock) { _, _ in .status(200) }
        defer { Task { await server.stop() } }
        _ = await Self.check((0..<4).map { server.url("/p\($0)") }, on: [server],
                             settings: Self.settings { $0.perHost = .init(concurrency: 4, interval: 0.2) }, clock: clock)
        let arrivals = server.requests.compactMap(\.arrived).sorted()
        try #require(arrivals.count == 4)
        // The n-th start waits until the clock reads n × 200 ms, though four could go at once.
        for (index, arrival) in arrivals.enumerated() {
            #expect(arrival >= .milliseconds(200 * index), "request \(index) at \(arrival)")
        }
    }

    @Test func theRunsConnectionCapHoldsAcrossHosts() async throws {
        // One count over the four servers, with answers held until two requests are in flight.
        let traffic = TestHTTPServer.Traffic(holdingAnswersUntil: 2)
        var servers: [TestHTTPServer] = []
        for name in ["a.test", "b.test", "c.test", "d.test"] {
            servers.append(try await TestHTTPServer.start(name: name, traffic: traffic) { _, _ in .status(200, after: .milliseconds(10)) })
        }
        let running = servers
        defer { Task { for server in running { await server.stop() } } }
        let urls = servers.flatMap { server in (0..<8).map { server.url("/p\($0)") } }
        let results = await Self.check(urls, on: servers, settings: Self.settings { $0.connections = 2; $0.perHost = .init(concurrency: 4, interval: 0) })
        #expect(results.allSatisfy { $0.linkClass == .ok })
        #expect(servers.allSatisfy { $0.requests.count == 8 })
        // Four hosts at four each would be sixteen at once; the run's cap allows two.
        #expect(traffic.peak == 2, "\(traffic.peak) requests at once over all hosts")
    }

    @Test func aResetIsRetriedAndThenSucceeds() async throws {
        let server = try await TestHTTPServer.start(name: "flaky.test") { _, seen in seen == 0 ? .reset : .status(200) }
        defer { Task { await server.stop() } }
        let results = await Self.check([server.url("/flaky")], on: [server])
        #expect(results.map(\.linkClass) == [.ok])
        #expect(results[0].requests == 2)
    }

    @Test func slowHeadersTimeOutAsUnreachableAfterRetries() async throws {
        let server = try await TestHTTPServer.start(name: "slow.test") { _, _ in .silence }
        defer { Task { await server.stop() } }
        let results = await Self.check([server.url("/slow")], on: [server], settings: Self.settings { $0.requestTimeout = 0.4; $0.retries = 1 })
        #expect(results.map(\.linkClass) == [.unreachable])
        #expect(results[0].detail.contains("no answer within"), "\(results[0].detail)")
        #expect(results[0].requests == 2)
        await server.waitForRequests(2)
    }

    @Test func redirectsAreFollowedAndClassified() async throws {
        let server = try await TestHTTPServer.start(name: "redirects.test") { request, _ in
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
        let results = await Self.check(["/old", "/temporary", "/loop-a", "/hop/0", "/moved-away"].map(server.url), on: [server])
        #expect(results.map(\.linkClass) == [.moved, .redirect, .broken, .broken, .broken])
        #expect(results[0].finalURL == server.url("/new"))
        #expect(results[0].detail == "permanent redirect (301 → 308) to \(server.url("/new"))")
        #expect(results[2].detail.hasPrefix("redirect loop"), "\(results[2].detail)")
        #expect(results[3].detail == "more than 10 redirects")
        #expect(server.requests(to: "/hop/11").count == 0 && server.requests(to: "/hop/10").count == 1)
        #expect(results[4].status == 404)
    }

    @Test func statusesMapToTheirClasses() async throws {
        let server = try await TestHTTPServer.start(name: "statuses.test") { request, _ in
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
        let results = await Self.check(paths.map(server.url), on: [server])
        #expect(results.map(\.linkClass) == [.broken, .broken, .blocked, .blocked, .blocked, .blocked, .blocked, .blocked, .unreachable])
        // 5xx is retried (twice here); a bot wall is not.
        #expect(server.requests(to: "/error").count == 3)
        #expect(server.requests(to: "/challenge").count == 1)
    }

    @Test func aRefusedConnectionIsUnreachableNotBroken() async throws {
        let closed = try RefusingPort(name: "closed.test")
        defer { withExtendedLifetime(closed) {} }
        let results = await Self.check([closed.url("/closed")], on: [closed], settings: Self.settings { $0.retries = 1 })
        #expect(results.map(\.linkClass) == [.unreachable])
        #expect(results[0].detail.contains("refused"), "\(results[0].detail)")
    }

    @Test func aServerThatCannotSpeakTLSIsATLSError() async throws {
        // A plain-HTTP server asked for https: the handshake fails, as with a broken certificate setup.
        let server = try await TestHTTPServer.start(name: "tls.test") { _, _ in .status(200) }
        defer { Task { await server.stop() } }
        let results = await Self.check(["https://tls.test:\(server.port)/secure"], on: [server])
        #expect(results.map(\.linkClass) == [.tlsError], "\(results)")
        #expect(results[0].linkClass.severity == .warning)
    }

    @Test func anUnknownHostIsBrokenAfterOneRetryAndItsOtherURLsAreNotAskedAgain() async throws {
        // No server has this name, and the checker may ask no resolver: it is unknown at once.
        let urls = (0..<5).map { "http://no-such-host.invalid/page\($0)" }
        let clock = ManualClock(automatic: true)
        let results = await Self.check(urls, on: [], settings: Self.settings { $0.retries = 3; $0.perHost = .init(concurrency: 1, interval: 0) },
                                       clock: clock)
        #expect(results.allSatisfy { $0.linkClass == .broken }, "\(results)")
        #expect(results.allSatisfy { $0.detail.contains("unknown host no-such-host.invalid") }, "\(results)")
        // The first URL through the lane: one retry for a name that does not resolve, whatever check.retries says.
        #expect(results.map(\.requests).sorted() == [0, 0, 0, 0, 2])
        #expect(clock.sleeps.count == 1, "one backoff before the one retry, yet \(clock.sleeps)")
        #expect(results.filter { $0.requests == 0 }.allSatisfy { $0.detail.hasSuffix("not asked again for this host's other URLs") })
    }

    @Test func aHostThatRefusesConnectionsFailsItsURLsWithoutWaitingEachOut() async throws {
        let refusing = try RefusingPort(name: "refusing.test")
        defer { withExtendedLifetime(refusing) {} }
        let urls = (0..<6).map { refusing.url("/p\($0)") }
        let clock = ManualClock(automatic: true)
        let results = await Self.check(urls, on: [refusing], settings: Self.settings { $0.retries = 2; $0.retryDelay = 0.3; $0.perHost = .init(concurrency: 1, interval: 0) },
                                       clock: clock)
        #expect(results.allSatisfy { $0.linkClass == .unreachable })
        #expect(results.map(\.requests).reduce(0, +) == 3, "\(results.map(\.requests))")
        // One URL's two backoffs (0.3 s and 0.6 s, ±50 %, in whole milliseconds), not six URLs' worth.
        let sleeps = clock.sleeps
        try #require(sleeps.count == 2, "\(sleeps)")
        #expect((.milliseconds(149) ... .milliseconds(450)).contains(sleeps[0]), "\(sleeps)")
        #expect((.milliseconds(299) ... .milliseconds(900)).contains(sleeps[1]), "\(sleeps)")
    }

    @Test func theCacheAnswersUntilExpiryAndNeverKeepsTransientFailures() async throws {
        let server = try await TestHTTPServer.start(name: "cached.test") { request, _ in
            request.path == "/ok" ? .status(200) : .status(500)
        }
        defer { Task { await server.stop() } }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("drover-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cachePath = folder.appendingPathComponent("linkcheck.json").path
        let links = [Self.link(server.url("/ok")), Self.link(server.url("/down"))]
        let today = Date()

        var checker = Self.checker([server], settings: Self.settings { $0.retries = 0 })
        checker.cachePath = cachePath
        checker.environment.date = { today }
        let first = await checker.run(links)
        #expect(first.results.map(\.linkClass) == [.ok, .unreachable])
        #expect(first.requests == 2)

        // A day later: the working page comes from the cache; the failure is asked again.
        checker.environment.date = { today.addingTimeInterval(86400) }
        let second = await checker.run(links)
        #expect(second.cacheProblems.isEmpty, "\(second.cacheProblems)")
        #expect(second.results.map(\.fromCache) == [true, false])
        #expect(server.requests(to: "/ok").count == 1)
        #expect(server.requests(to: "/down").count == 2)

        // Past the longest lifetime of an ok (a week), it is requested again.
        checker.environment.date = { today.addingTimeInterval(8 * 86400) }
        let third = await checker.run(links)
        #expect(third.cacheProblems.isEmpty, "\(third.cacheProblems)")
        #expect(third.results[0].fromCache == false)
        #expect(server.requests(to: "/ok").count == 2)

        // --no-cache asks everything again.
        checker.useCache = false
        checker.environment.date = { today.addingTimeInterval(8 * 86400 + 60) }
        _ = await checker.run(links)
        #expect(server.requests(to: "/ok").count == 3)
    }
}
