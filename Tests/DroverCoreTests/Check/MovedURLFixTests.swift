import Foundation
import Testing
@testable import DroverCore

/// `drover check --fix`: exactly the moved URLs change, every other byte stays.
@Suite("check --fix rewrites moved URLs", .serialized, .timeLimit(.minutes(2)))
struct MovedURLFixTests {
    static func checked(_ url: String, _ linkClass: LinkClass, final: String?, at sources: [DroverCore.SourceLocation]) -> CheckedLink {
        CheckedLink(link: ExternalLink(url: url, key: URLNormalization.normalize(url)!, sources: sources),
                    result: LinkResult(linkClass, finalURL: final, detail: "test"))
    }

    @Test func onlyMovedURLsOnTheirSourceLinesChangeAndEveryOtherByteStays() throws {
        let file = "content/block/entry.md"
        let text = "---\r\ntitle: \"Entry\"\r\nurl: https://old.example/page\r\n---\r\n"
            + "See [the page](https://old.example/page#part) and [temp](https://temp.example/x).\r\n"
            + "Not a link: `https://old.example/page` in code.\r\n"
            + "Longer: [other](https://old.example/page2)"
        var report = CheckReport(build: BuildReport(diagnostics: DiagnosticList(), succeeded: true))
        report.links = [
            Self.checked("https://old.example/page", .moved, final: "https://new.example/page",
                         at: [DroverCore.SourceLocation(file: file, line: 3, column: 6), DroverCore.SourceLocation(file: file, line: 5, column: 5)]),
            Self.checked("https://old.example/page2", .ok, final: nil, at: [DroverCore.SourceLocation(file: file, line: 7, column: 9)]),
            Self.checked("https://temp.example/x", .redirect, final: "https://temp.example/y", at: [DroverCore.SourceLocation(file: file, line: 5, column: 40)]),
            // Said to be on line 6, which writes it another way: left, and still counted.
            Self.checked("https://old.example/elsewhere", .moved, final: "https://new.example/elsewhere",
                         at: [DroverCore.SourceLocation(file: file, line: 6, column: 14)]),
        ]
        let fix = MovedURLFix.plan(report) { $0 == file ? text : nil }
        #expect(fix.missed.map(\.line) == [6])
        #expect(fix.changes.count == 1)
        let fixed = try #require(fix.changes.first?.fixed)
        #expect(fixed == text.replacingOccurrences(of: "url: https://old.example/page\r\n", with: "url: https://new.example/page\r\n")
            .replacingOccurrences(of: "(https://old.example/page#part)", with: "(https://new.example/page#part)"))
        #expect(fix.changes.first?.rewritten == 2)
        #expect(fix.diff.hasPrefix("--- a/content/block/entry.md\n+++ b/content/block/entry.md\n@@ -1,7 +1,7 @@\n"))
        #expect(fix.diff.contains("-url: https://old.example/page\r\n+url: https://new.example/page\r\n"))
        #expect(fix.diff.hasSuffix(" Longer: [other](https://old.example/page2)\n\\ No newline at end of file\n"))
        // The exit code stops counting exactly the warnings whose URL was rewritten at their place.
        let problems = report.problems
        #expect(problems.map(\.line) == [3, 5, 6])
        #expect(problems.filter(fix.wasRewritten).map(\.line) == [3, 5])
    }

    @Test func aURLWrittenAnotherWayIsLeftAndSaid() {
        var report = CheckReport(build: BuildReport(diagnostics: DiagnosticList(), succeeded: true))
        report.links = [Self.checked("https://old.example/page", .moved, final: "https://new.example/page",
                                     at: [DroverCore.SourceLocation(file: "a.md", line: 1, column: 1)])]
        let fix = MovedURLFix.plan(report) { _ in "url: HTTPS://OLD.EXAMPLE/page\n" }
        #expect(fix.changes.isEmpty)
        #expect(fix.missed.first?.message.contains("written another way") == true)
        #expect(report.problems.filter(fix.wasRewritten).isEmpty)
    }

    @Test func fixingAFixtureCollectionChangesExactlyItsMovedURLsAndTheBuildStaysClean() async throws {
        let (server, busy) = try await LinkCheckSiteTests.servers()
        let standIn = try await TestHTTPServer.start { request, _ in HostAdapterTests.standIn(request) }
        defer { Task { await server.stop(); await busy.stop(); await standIn.stop() } }
        let site = try LinkCheckSiteTests.site(port: server.port, busyPort: busy.port)
        try site.write("""
            ---
            title: "Renamed repository"
            url: https://github.com/old-owner/old-name
            type: tool
            tags: [ссылки]
            added: 2024-05-01
            language: ru
            ---
            The code lives at [the repository](https://github.com/old-owner/old-name/tree/main/docs), see also
            [the page](http://127.0.0.1:\(server.port)/temp).
            """, to: "content/links/renamed.md")
        let routes = ["github.com": HostRoute(address: "127.0.0.1", port: standIn.port),
                      "api.github.com": HostRoute(address: "127.0.0.1", port: standIn.port)]
        let before = FixtureSite.files(under: site.content)
        let buildBefore = await site.build()
        let report = await site.check(servers: [server, busy], resolve: routes, relativePaths: false)
        let moved = report.links.filter { $0.result.linkClass == .moved }
        #expect(moved.count == 3)

        let fix = MovedURLFix.plan(report)
        // /moved now lives at /ok, which working.md already links: rewriting it would make two
        // entries of one resource, so --fix leaves it and says so.
        #expect(fix.missed.map(\.message).contains { $0.contains("/moved now lives at") && $0.contains("content/links/working.md") })
        try fix.apply()
        let after = FixtureSite.files(under: site.content)
        let changed = before.keys.filter { before[$0] != after[$0] }.sorted()
        #expect(changed == ["links/renamed.md"])
        let renamed = String(decoding: after["links/renamed.md"]!, as: UTF8.self)
        #expect(renamed == String(decoding: before["links/renamed.md"]!, as: UTF8.self)
            .replacingOccurrences(of: "old-owner/old-name", with: "new-owner/new-name"))

        let buildAfter = await site.build()
        #expect(buildAfter.succeeded)
        #expect(buildAfter.diagnostics.all.map(\.message) == buildBefore.diagnostics.all.map(\.message))
        let again = await site.check(servers: [server, busy], resolve: routes)
        #expect(again.links.filter { $0.result.linkClass == .moved }.map(\.link.url) == ["http://127.0.0.1:\(server.port)/moved"])
    }
}
