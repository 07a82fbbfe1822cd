import Foundation
import NIOCore
import NIOPosix
import Testing
@testable import DroverCore

/// `drover serve` end to end: a real server on 127.0.0.1, a real HTTP client, real files edited
/// on disk. Every wait is for a message (an event, a report); the timeouts only stop a hung test.
@Suite(.serialized) struct ServeEndToEndTests {
    static let entry = "content/research/alignment-primer.md"
    static let entryPage = "research/alignment-primer/"

    /// The fixture entry with another body.
    static func entryText(body: String, added: String = "2024-01-15") -> String {
        """
        ---
        title: "Alignment: a primer"
        url: https://example.com/alignment/
        type: article
        tags: [llm, нейросети]
        added: \(added)
        language: en
        difficulty: intermediate
        ---
        \(body)

        """
    }

    @Test func anEditReloadsOpenPagesWithTheNewPage() async throws {
        let session = try await ServeSession.start()
        defer { Task { await session.stop() } }
        var events = try await session.openEvents()

        let before = try await session.get(Self.entryPage)
        #expect(before.status == 200)
        #expect(before.contentType == "text/html; charset=utf-8")
        #expect(before.body.contains("Что такое выравнивание моделей"))
        // The page gets the script by a relative path, with the build it came from; the built
        // site itself never holds it.
        let build = session.server.site.generation
        #expect(before.body.contains("<script src=\"../../_drover/live.js\" data-build=\"\(build)\" defer></script>\n</body>"))
        let built = try #require(session.server.site.file(at: "research/alignment-primer/index.html"))
        #expect(!String(decoding: built, as: UTF8.self).contains("_drover"))

        try session.fixture.write(Self.entryText(body: "Совершенно новый текст о выравнивании."), to: Self.entry)
        let message = try await events.next()
        #expect(message.name == "reload")
        let after = try await session.get(Self.entryPage)
        #expect(after.body.contains("Совершенно новый текст о выравнивании."))
        #expect(!after.body.contains("Что такое выравнивание моделей"))

        let script = try await session.get(LiveScript.scriptPath)
        #expect(script.status == 200)
        #expect(script.contentType == "text/javascript; charset=utf-8")
        #expect(script.body.contains("new EventSource"))
        #expect(session.rebuilds.last?.paths == [session.fixture.root.appendingPathComponent(Self.entry).path])
    }

    @Test func aBrokenEntryShowsItsDiagnosticsAndTheFixClearsThem() async throws {
        let session = try await ServeSession.start()
        defer { Task { await session.stop() } }
        var events = try await session.openEvents()

        try session.fixture.write(Self.entryText(body: "Сломанная версия.", added: "May 2024"), to: Self.entry)
        let failed = try await events.next()
        #expect(failed.name == "errors")
        let payload = try JSONDecoder().decode(ReloadMessage.ErrorsPayload.self, from: Data(failed.data.utf8))
        let diagnostic = try #require(payload.diagnostics.first)
        #expect(payload.diagnostics.count == 1)
        #expect(diagnostic.place.hasSuffix("research/alignment-primer.md:6:8"))
        #expect(diagnostic.message == "'added' must be a date like 2024-05-01, found \"May 2024\"")
        #expect(diagnostic.severity == "error")

        // The last good site is still served, and a page opened now gets the errors at once.
        let stale = try await session.get(Self.entryPage)
        #expect(stale.status == 200)
        #expect(stale.body.contains("Что такое выравнивание моделей"))
        var late = try await session.openEvents()
        #expect(try await late.next().name == "errors")

        try session.fixture.write(Self.entryText(body: "Исправленная версия."), to: Self.entry)
        #expect(try await events.next().name == "clear")
        #expect(try await events.next().name == "reload")
        #expect(try await late.next().name == "clear")
        #expect(try await session.get(Self.entryPage).body.contains("Исправленная версия."))
        #expect(!session.server.channel.isFailing)
    }

    @Test func aBrokenEntryStaysReportedWhileAnotherFileIsEdited() async throws {
        // Rebuilds trust the watcher for which sources changed; a failed build's changes must
        // still count for the next build, which is measured against the last good one.
        let session = try await ServeSession.start()
        defer { Task { await session.stop() } }
        var events = try await session.openEvents()

        try session.fixture.write(Self.entryText(body: "Сломанная версия.", added: "May 2024"), to: Self.entry)
        #expect(try await events.next().name == "errors")
        let other = "content/research/gpts-are-gpts.md"
        try session.fixture.write(try #require(session.fixture.read(other)) + "\nЕщё одна фраза.\n", to: other)
        let again = try await events.next()
        #expect(again.name == "errors", "the broken entry is still broken")
        #expect(again.data.contains("alignment-primer.md:6:8"))

        try session.fixture.write(Self.entryText(body: "Исправленная версия."), to: Self.entry)
        #expect(try await events.next().name == "clear")
        #expect(try await events.next().name == "reload")
        let fixed = try await session.get(Self.entryPage)
        #expect(fixed.body.contains("Исправленная версия."))
        let edited = try await session.get("research/gpts-are-gpts/")
        #expect(edited.body.contains("Ещё одна фраза."), "the edit made while the site was broken is in the rebuilt site")
    }

    @Test func aStylesheetEditSwapsStylesheetsWithoutAReload() async throws {
        let session = try await ServeSession.start()
        defer { Task { await session.stop() } }
        var events = try await session.openEvents()

        let stylesheet = "theme/static/style.css"
        let css = try #require(session.fixture.read(stylesheet))
        try session.fixture.write(css + "\n.drover-test-rule { color: rebeccapurple; }\n", to: stylesheet)
        #expect(try await events.next().name == "css")
        let served = try await session.get("style.css")
        #expect(served.contentType == "text/css; charset=utf-8")
        #expect(served.body.contains(".drover-test-rule"))
        #expect(!served.body.contains("_drover/live.js"))
    }

    @Test func aDeletedEntryAnswersNotFound() async throws {
        let session = try await ServeSession.start()
        defer { Task { await session.stop() } }
        var events = try await session.openEvents()
        #expect(try await session.get(Self.entryPage).status == 200)

        try FileManager.default.removeItem(at: session.fixture.root.appendingPathComponent(Self.entry))
        #expect(try await events.next().name == "reload")

        let gone = try await session.get(Self.entryPage)
        #expect(gone.status == 404)
        let notFoundPage = try #require(session.server.site.file(at: "404.html"))
        let expected = String(decoding: LiveScript.inject(into: notFoundPage, requestPath: "/" + Self.entryPage,
                                                          build: session.server.site.generation), as: UTF8.self)
        #expect(gone.body == expected)
    }

    @Test func aNewBlockFolderAndANewTagArePickedUp() async throws {
        let session = try await ServeSession.start()
        defer { Task { await session.stop() } }
        var events = try await session.openEvents()

        // The block is made aside and moved in whole, as a `git checkout` or a file manager does.
        let staging = session.fixture.root.appendingPathComponent("staging")
        try session.fixture.write("---\ntitle: \"Практика\"\norder: 3\nsummary: \"Руками\"\n---\nВведение.\n", to: "staging/_block.md")
        let entry = "---\ntitle: \"Kaggle Learn\"\nurl: https://www.kaggle.com/learn\ntype: course\ntags: [практика]\nadded: 2024-02-01\n---\nКороткие курсы.\n"
        try session.fixture.write(entry, to: "staging/kaggle-learn.md")
        try FileManager.default.moveItem(at: staging, to: session.fixture.root.appendingPathComponent("content/hands-on"))
        #expect(try await events.next().name == "reload")
        #expect(try await session.get("hands-on/").status == 200)
        #expect(try await session.get("hands-on/kaggle-learn/").body.contains("Короткие курсы."))
        #expect(try await session.get("tags/praktika/").status == 200)

        // The new folder is watched too.
        try session.fixture.write(entry.replacingOccurrences(of: "Короткие курсы.", with: "Курсы на вечер."), to: "content/hands-on/kaggle-learn.md")
        #expect(try await events.next().name == "reload")
        #expect(try await session.get("hands-on/kaggle-learn/").body.contains("Курсы на вечер."))
    }

    @Test func editorTemporaryFilesDoNotTriggerRebuilds() async throws {
        let session = try await ServeSession.start()
        defer { Task { await session.stop() } }
        var events = try await session.openEvents()

        for name in [".alignment-primer.md.swp", "4913", "alignment-primer.md~", ".#alignment-primer.md"] {
            try session.fixture.write("scratch", to: "content/research/" + name)
        }
        try session.fixture.write(Self.entryText(body: "После временных файлов."), to: Self.entry)
        #expect(try await events.next().name == "reload")
        let changed = session.rebuilds.flatMap(\.paths)
        #expect(changed == [session.fixture.root.appendingPathComponent(Self.entry).path])
    }

    @Test func aBusyPortMovesOnToTheNextFreeOne() async throws {
        let busy = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton).bind(host: "127.0.0.1", port: 0).get()
        let taken = try #require(busy.localAddress?.port)
        let session = try await ServeSession.start(port: taken)
        defer { Task { await session.stop(); try? await busy.close() } }

        #expect(session.port > taken)
        #expect(session.events.contains { if case .portTaken(taken) = $0 { true } else { false } })
        #expect(try await session.get("").status == 200)
    }

    @Test func pathsOutsideTheSiteAreRefused() async throws {
        let session = try await ServeSession.start()
        defer { Task { await session.stop() } }

        let attempts = ["/../../../../etc/passwd", "/research/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
                        "/..%5c..%5cetc%5cpasswd", "/..\\..\\etc\\passwd", "//etc/passwd", "/%2Fetc%2Fpasswd",
                        "\(session.address)../../etc/passwd", "/research/%00index.html", "/./index.html"]
        for target in attempts {
            let answer = try await session.raw(target)
            #expect(answer.status == 400, "\(target) answered \(answer.status)")
            #expect(!answer.body.contains("root:"))
        }
        // Absolute paths name files of the site, never of the disk.
        #expect(try await session.raw("/etc/passwd").status == 404)
        #expect(try await session.raw("/index.html").status == 200)
    }

    @Test func filesHaveTheirTypesAndFoldersTheirSlash() async throws {
        let session = try await ServeSession.start()
        defer { Task { await session.stop() } }

        #expect(try await session.get("feed.xml").contentType == "application/xml; charset=utf-8")
        #expect(try await session.get("favicon.svg").contentType == "image/svg+xml; charset=utf-8")
        let redirect = try await session.raw("/research")
        #expect(redirect.status == 301)
        #expect(redirect.body.lowercased().contains("location: /research/\r\n"))
        #expect(!session.server.site.paths.contains { $0.hasPrefix("_drover") })
    }
}
