import Foundation
import Testing
@testable import DroverCore

/// `drover check` end to end: the linkcheck fixture site, built and checked against a local
/// server that answers each path in its own way.
@Suite("drover check on a fixture site", .serialized, .timeLimit(.minutes(2)))
struct LinkCheckSiteTests {
    static func server(name: String = "127.0.0.1") async throws -> TestHTTPServer {
        try await TestHTTPServer.start(name: name) { request, _ in
            switch request.path {
            case "/ok", "/ok?from=internal", "/shared": .status(200, body: "<title>ok</title>")
            case "/temp": .status(302, headers: [("Location", "/ok")])
            case "/moved": .status(301, headers: [("Location", "/ok")])
            case "/gone": .status(410)
            case "/forbidden": .status(403)
            case "/busy": .status(429, headers: [("Retry-After", "3600")])
            case "/down": .status(500)
            default: .status(404)
            }
        }
    }

    /// The fixture with its servers' ports filled in. `/busy` asks for an hour's pause, which
    /// closes its whole host for the run: it lives on a host of its own, `busy.test` (pinned to
    /// 127.0.0.1, on a port of its own).
    static func site(port: Int, busyPort: Int = 9) throws -> FixtureSite {
        let site = try FixtureSite(base: "linkcheck")
        try site.replace("BUSYPORT", with: "\(busyPort)")
        try site.replace("PORT", with: "\(port)")
        return site
    }

    /// Output with the servers' ports put back as the fixture's placeholders.
    static func portless(_ text: String, port: Int, busyPort: Int = 9) -> String {
        text.replacingOccurrences(of: "127.0.0.1:\(port)", with: "127.0.0.1:PORT")
            .replacingOccurrences(of: "busy.test:\(busyPort)", with: "busy.test:BUSYPORT")
    }

    /// The fixture's two servers: everything on 127.0.0.1, `/busy` on `busy.test`.
    static func servers() async throws -> (main: TestHTTPServer, busy: TestHTTPServer) {
        (try await server(), try await server(name: "busy.test"))
    }

    @Test func reportsMatchTheirGoldenFilesInEveryFormat() async throws {
        let (server, busy) = try await Self.servers()
        defer { Task { await server.stop(); await busy.stop() } }
        let site = try Self.site(port: server.port, busyPort: busy.port)
        let report = await site.check(servers: [server, busy])
        #expect(report.build.succeeded, "\(FixtureSite.text(report.build))")
        func golden(_ text: String) -> String { Self.portless(text, port: server.port, busyPort: busy.port) }
        try Golden.check(golden(CheckFormat.text.render(report, timing: false)), against: "linkcheck/expected/report.txt")
        try Golden.check(golden(CheckFormat.json.render(report)), against: "linkcheck/expected/report.json")
        try Golden.check(golden(CheckFormat.junit.render(report)), against: "linkcheck/expected/report.junit.xml")
        // The GitHub format ends with the text report, whose last line has the time: compare without it.
        let github = golden(CheckFormat.github.render(report))
            .replacingOccurrences(of: #" in [0-9.]+ s:"#, with: ":", options: .regularExpression)
        try Golden.check(github, against: "linkcheck/expected/report.github.txt")
        #expect(report.problems.contains { $0.severity == .error })
    }

    @Test func everyURLEndsInTheClassItsServerAnswerMeans() async throws {
        let (server, busy) = try await Self.servers()
        defer { Task { await server.stop(); await busy.stop() } }
        let report = try await Self.site(port: server.port, busyPort: busy.port).check(servers: [server, busy])
        var classes: [String: LinkClass] = [:]
        for checked in report.links { classes[Self.portless(checked.link.url, port: server.port, busyPort: busy.port)] = checked.result.linkClass }
        #expect(classes == [
            "http://127.0.0.1:PORT/ok": .ok,
            "http://127.0.0.1:PORT/ok?from=internal": .ok,
            "http://127.0.0.1:PORT/temp": .redirect,
            "http://127.0.0.1:PORT/moved": .moved,
            "http://127.0.0.1:PORT/gone": .broken,
            "http://127.0.0.1:PORT/missing": .broken,
            "http://127.0.0.1:PORT/forbidden": .blocked,
            "http://busy.test:BUSYPORT/busy": .rateLimited,
            "http://127.0.0.1:PORT/down": .unreachable,
            "http://127.0.0.1:PORT/private/notes": .skipped,
            "http://127.0.0.1:PORT/unchecked": .skipped,
            "https://excluded.example/page": .skipped,
            "http://exa mple.com/": .invalid,
        ])
        // Excluded and check: false URLs are never requested.
        #expect(server.requests(to: "/private/notes").isEmpty && server.requests(to: "/unchecked").isEmpty)
        // `/ok` is written three times (two spellings) and is where /temp and /moved lead:
        // one request of its own plus one at the end of each redirect.
        #expect(server.requests(to: "/ok").count == 3)
        let ok = try #require(report.links.first { $0.link.url.hasSuffix("/ok") })
        #expect(ok.link.sources.map(\.file) == ["content/links/_block.md", "content/links/working.md", "content/links/working.md"])
    }

    @Test func internalFailuresPointAtTheMarkdownThatWroteThem() async throws {
        let site = try Self.site(port: 9)
        let report = await site.check(offline: true)
        let lines = report.internalProblems.map { "\($0.place): \($0.message)" }
        #expect(lines == [
            "content/links/internal.md:9:11: link 'https://example.org/collection/links/working/#нет-такого': no element with id 'нет-такого' on /collection/links/working/",
            "content/links/internal.md:12:25: link '../nowhere/' reaches no file of the site",
        ])
        #expect(report.problems.contains { $0.severity == .error })
    }

    @Test func aThemeLinkWithoutMarkdownIsReportedAtTheBuiltPage() async throws {
        let site = try Self.site(port: 9)
        try FileManager.default.removeItem(atPath: site.content + "/links/internal.md")
        let footer = site.theme + "/templates/foot.mustache"
        let original = try String(contentsOfFile: footer, encoding: .utf8)
        try original.replacingOccurrences(of: "</footer>", with: " <a href=\"{{site.root}}no-such-page/\">x</a></footer>").write(toFile: footer, atomically: false, encoding: .utf8)
        let report = await site.check(offline: true)
        #expect(!report.internalProblems.isEmpty)
        #expect(report.internalProblems.allSatisfy { $0.file.hasPrefix("site/") && $0.line > 0 && $0.column > 0 },
                "\(report.internalProblems.map(\.description))")
        #expect(report.internalProblems.contains { $0.file == "site/index.html" && $0.message.contains("no-such-page") })
    }

    @Test func oneURLLinkedFromFiveHundredEntriesIsRequestedOnce() async throws {
        let server = try await Self.server()
        defer { Task { await server.stop() } }
        let site = try Self.site(port: server.port)
        let spellings = ["http://127.0.0.1:\(server.port)/shared", "HTTP://127.0.0.1:\(server.port)/shared#part",
                         "http://127.0.0.1:\(server.port)/./shared"]
        for index in 0..<500 {
            try site.write("""
                ---
                title: "Запись \(index)"
                url: https://excluded.example/\(index)
                type: article
                tags: [ссылки]
                added: 2024-05-01
                language: ru
                ---
                См. [общий ресурс](\(spellings[index % 3])).
                """, to: "content/many/entry-\(index).md")
        }
        try site.write("---\ntitle: \"Много\"\norder: 2\nsummary: \"Пятьсот записей\"\n---\n", to: "content/many/_block.md")
        let report = await site.check(servers: [server])
        #expect(report.build.succeeded, "\(FixtureSite.text(report.build))")
        #expect(server.requests(to: "/shared").count == 1)
        let shared = try #require(report.links.first { $0.link.key.hasSuffix("/shared") })
        #expect(shared.link.sources.count == 500)
        #expect(shared.result.linkClass == .ok)
    }

    @Test func whenNoHostCanBeReachedTheURLsAreWarningsWithANote() async throws {
        // Both hosts' ports refuse connections, as on a machine without a network.
        let (server, busy) = (try RefusingPort(name: "127.0.0.1"), try RefusingPort(name: "busy.test"))
        defer { withExtendedLifetime((server, busy)) {} }
        let report = try await Self.site(port: server.port, busyPort: busy.port).check(servers: [server, busy])
        let asked = report.links.filter { $0.result.linkClass != .skipped && $0.result.linkClass != .invalid }
        #expect(asked.count == 9)
        #expect(asked.allSatisfy { $0.result.linkClass == .unreachable }, "\(asked.map(\.result))")
        #expect(report.notes.contains { $0.contains("is this machine offline?") })
    }

    @Test func onlyTheNamedFilesAreCheckedExternally() async throws {
        let server = try await Self.server()
        defer { Task { await server.stop() } }
        let report = try await Self.site(port: server.port).check(onlyFiles: ["content/links/gone.md"], servers: [server])
        #expect(report.links.map { Self.portless($0.link.url, port: server.port) } == ["http://127.0.0.1:PORT/gone", "http://127.0.0.1:PORT/missing", "http://exa mple.com/"])
        #expect(Set(server.requests.map(\.path)) == ["/gone", "/missing"])
    }

    @Test func offlineRequestsNothingAndSkipsEveryExternalURL() async throws {
        let server = try await Self.server()
        defer { Task { await server.stop() } }
        let report = try await Self.site(port: server.port).check(offline: true, servers: [server])
        #expect(server.requests.isEmpty)
        // An invalid URL needs no network to be found out.
        #expect(report.links.allSatisfy { $0.result.linkClass == ($0.link.invalidReason == nil ? .skipped : .invalid) })
        #expect(report.count(.invalid) == 1)
        #expect(!report.externalChecked)
    }

    @Test func warningsPassUnlessStrict() async throws {
        let (server, busy) = try await Self.servers()
        defer { Task { await server.stop(); await busy.stop() } }
        let site = try Self.site(port: server.port, busyPort: busy.port)
        for file in ["gone", "internal"] { try FileManager.default.removeItem(atPath: site.content + "/links/\(file).md") }
        let relaxed = await site.check(useCache: false, servers: [server, busy])
        #expect(relaxed.problems.allSatisfy { $0.severity == .warning } && !relaxed.problems.isEmpty)
        #expect(!relaxed.problems.contains { $0.severity == .error })
        let strict = await site.check(strict: true, useCache: false, servers: [server, busy])
        #expect(strict.problems.contains { $0.severity == .error })
    }

    @Test func aWrongCheckSettingIsAConfigurationErrorWithExitCodeTwo() async throws {
        let site = try Self.site(port: 9)
        let config = try String(contentsOfFile: site.content + "/site.yml", encoding: .utf8)
        try config.replacingOccurrences(of: "  retries: 1", with: "  retries: many\n  per_hots: {}")
            .write(toFile: site.content + "/site.yml", atomically: false, encoding: .utf8)
        let report = await site.check(offline: true)
        #expect(report.problems.contains { $0.severity == .error && $0.kind == .configuration })
        let text = FixtureSite.text(report.build)
        #expect(text.contains("content/site.yml:7:12: error: 'retries' must be a whole number, found \"many\""), "\(text)")
        #expect(text.contains("unknown field 'per_hots' in check settings; did you mean 'per_host'?"), "\(text)")
    }

    @Test func gitHubAnnotationsStopAtTenOfEachKind() throws {
        var report = CheckReport(build: BuildReport(diagnostics: DiagnosticList(), succeeded: true))
        report.externalChecked = true
        report.links = (0..<25).map { index in
            CheckedLink(link: ExternalLink(url: "https://example.com/\(index)", key: "https://example.com/\(index)",
                                           sources: [SourceLocation(file: "content/a.md", line: index + 1, column: 6)]),
                        result: LinkResult(index < 12 ? .broken : .blocked, status: index < 12 ? 404 : 403, detail: "x"))
        }
        let output = CheckFormat.github.render(report)
        let lines = output.split(separator: "\n")
        #expect(lines.count { $0.hasPrefix("::error ") } == 10)
        #expect(lines.count { $0.hasPrefix("::warning ") } == 10)
        #expect(lines.contains("::notice title=drover check::2 more errors and 3 more warnings are not annotated (GitHub shows 10 of each); all are listed in this step's log"))
        #expect(lines.first == "::error file=content/a.md,line=1,col=6,title=drover check%3A broken link::broken: https://example.com/0 — x; find where the resource lives now, or remove the link")
    }
}
