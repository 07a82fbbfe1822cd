import Foundation
import Testing
@testable import DroverCore

/// A page loaded at the moment of a save must not stay on the old build: it may be served before
/// the rebuild ends and connect to the events after the rebuild's reload went out. The page
/// carries the build it came from (`data-build` on the live script, sent as `events?since=`), and
/// a page that connects with another build than the site's is told to reload at once.
///
/// The tests act as the live script does: load the page, connect with its build, and fetch the
/// page again on a `reload`. Nothing waits on the clock: to know that nothing more is coming
/// for a page, the test publishes a marker (`hello` of generation -1) after the server's own
/// reload went out, and reads the page's events up to it.
@Suite(.serialized) struct ServeStalePageTests {
    static let entry = ServeEndToEndTests.entry
    static let entryPage = ServeEndToEndTests.entryPage
    static let marker = ReloadMessage.hello(generation: -1)

    /// What a page is told until the marker: whether it was told to reload.
    static func toldToReload(_ events: inout EventStream, session: ServeSession) async throws -> Bool {
        session.server.channel.publish(marker)
        var reload = false
        while true {
            let message = try await events.next()
            if message.name == marker.name && message.data == marker.json { return reload }
            if message.name == "reload" { reload = true }
        }
    }

    /// Reads `watcher` (a page open all along) up to the next reload: the rebuild's reload went out.
    static func waitForReload(_ watcher: inout EventStream) async throws {
        while try await watcher.next().name != "reload" {}
    }

    @Test func aPageServedBeforeARebuildAndConnectedAfterItsReloadIsToldToReload() async throws {
        let session = try await ServeSession.start()
        defer { Task { await session.stop() } }
        var watcher = try await session.openEvents()

        let page = try await session.get(Self.entryPage)
        #expect(page.body.contains("Что такое выравнивание моделей"))
        let build = ServeSession.build(of: page)
        #expect(build == session.server.site.generation, "the page says which build it came from")

        // The save's rebuild ends and its reload goes out while the page is not yet listening.
        try session.fixture.write(ServeEndToEndTests.entryText(body: "Новая версия."), to: Self.entry)
        try await Self.waitForReload(&watcher)

        var events = try await session.openEvents(since: build)
        #expect(try await Self.toldToReload(&events, session: session), "the page is on an older build")
        #expect(try await session.get(Self.entryPage).body.contains("Новая версия."))

        // A page of the current build is not told to reload.
        let current = try await session.get(Self.entryPage)
        var currentEvents = try await session.openEvents(since: ServeSession.build(of: current))
        let reloaded = try await Self.toldToReload(&currentEvents, session: session)
        #expect(!reloaded, "the page is on the newest build")
    }

    /// A save and a page load at the same moment, many times: the page, connected right away or
    /// only after the rebuild's reload went out, ends on the newest build every time.
    @Test func aPageLoadedAtTheMomentOfASaveEndsOnTheNewestBuild() async throws {
        let session = try await ServeSession.start()
        defer { Task { await session.stop() } }
        var watcher = try await session.openEvents()

        let iterations = 40
        var stale: [Int] = []
        for iteration in 0..<iterations {
            let body = "Версия номер \(iteration)."
            let text = ServeEndToEndTests.entryText(body: body)
            async let saved: Void = session.fixture.write(text, to: Self.entry)
            async let loaded = session.get(Self.entryPage)
            try await saved
            let page = try await loaded
            #expect(page.status == 200)

            var events: EventStream
            if iteration.isMultiple(of: 2) {
                // Connects as soon as the page is loaded, racing the rebuild.
                events = try await session.openEvents(since: ServeSession.build(of: page))
                try await Self.waitForReload(&watcher)
            } else {
                // Connects only after the rebuild's reload went out: the case that stayed stale.
                try await Self.waitForReload(&watcher)
                events = try await session.openEvents(since: ServeSession.build(of: page))
            }
            let shown = try await Self.toldToReload(&events, session: session) ? try await session.get(Self.entryPage) : page
            if !shown.body.contains(body) { stale.append(iteration) }
        }
        #expect(stale.isEmpty, "pages left on an older build: iterations \(stale) of \(iterations)")
    }
}
