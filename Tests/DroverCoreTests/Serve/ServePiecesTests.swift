import Foundation
import Testing
@testable import DroverCore

/// The parts of `drover serve` that need no server: paths, the script's injection, the filter
/// of editors' files, change sets and the messages.
@Suite struct ServePiecesTests {
    @Test(arguments: ["/..", "/../x", "/a/../b", "/%2e%2e/x", "/%2E%2e%2fx", "/a/%2e%2e%2f%2e%2e/b", "/a\\b", "/%5c..",
                      "//etc/passwd", "/%2fetc/passwd", "/a//b", "/%00", "/%zz", "/./a", "/a/./b", "etc/passwd", ""])
    func pathsThatLeaveTheSiteAreRefused(_ path: String) {
        #expect(SitePath.decoded(path) == nil)
    }

    @Test func sitePathsAreDecoded() {
        #expect(SitePath.decoded("/") == "")
        #expect(SitePath.decoded("/research/x/") == "research/x/")
        #expect(SitePath.decoded("/tags/%D0%BB%D0%BB%D0%BC/") == "tags/ллм/")
        #expect(SitePath.decoded("/a..b/c.d") == "a..b/c.d")
    }

    @Test func foldersResolveToTheirIndexAndWithoutSlashRedirect() async throws {
        let fixture = try FixtureSite()
        defer { fixture.remove() }
        let site = MemorySite()
        var options = BuildOptions(contentDirectory: fixture.content, themeDirectory: fixture.theme)
        options.memory = site
        #expect(await Build.run(options).succeeded)
        #expect(SitePath.resolve("/", in: site) == .file("index.html"))
        #expect(SitePath.resolve("/research/", in: site) == .file("research/index.html"))
        #expect(SitePath.resolve("/research", in: site) == .redirect(to: "/research/"))
        #expect(SitePath.resolve("/style.css", in: site) == .file("style.css"))
        #expect(SitePath.resolve("/research/nothing/", in: site) == .notFound)
        #expect(SitePath.resolve("/../research/", in: site) == .refused)
    }

    @Test func theScriptGoesBeforeTheLastBodyEndWithARelativePath() {
        let html = Array("<html><body><p>&lt;/body&gt;</p></BODY></html>".utf8)
        let injected = String(decoding: LiveScript.inject(into: html, requestPath: "/research/x/", build: 7), as: UTF8.self)
        #expect(injected == "<html><body><p>&lt;/body&gt;</p><script src=\"../../_drover/live.js\" data-build=\"7\" defer></script>\n</BODY></html>")
        let bare = String(decoding: LiveScript.inject(into: Array("<p>x".utf8), requestPath: "/", build: 0), as: UTF8.self)
        #expect(bare == "<p>x<script src=\"_drover/live.js\" data-build=\"0\" defer></script>\n")
        #expect(LiveScript.relativeRoot(of: "/a/b/page.html") == "../../")
        #expect(LiveScript.relativeRoot(of: "/a") == "")
    }

    @Test func editorsTemporaryFilesAreIgnored() {
        for name in [".x.md.swp", ".x.md.swo", ".x.md.swx", "4913", "x.md~", ".#x.md", "#x.md#"] {
            #expect(WatchFilter.isEditorTemporary(name), "\(name)")
        }
        for name in ["x.md", "_block.md", "style.css", "49130", "site.yml"] {
            #expect(!WatchFilter.isEditorTemporary(name), "\(name)")
        }
        let filter = WatchFilter(excludedFolders: ["/w/site"])
        #expect(!filter.matters(name: "site", in: "/w"))
        #expect(filter.matters(name: "site.yml", in: "/w"))
        #expect(!filter.watches(folder: "/w/.git", name: ".git"))
    }

    @Test func onlyThemeStylesheetsMakeACSSChange() {
        #expect(ChangeSet(paths: ["/w/theme/static/style.css"], themeDirectory: "/w/theme/").onlyStylesheets)
        #expect(!ChangeSet(paths: ["/w/theme/static/style.css", "/w/content/a/b.md"], themeDirectory: "/w/theme").onlyStylesheets)
        #expect(!ChangeSet(paths: ["/w/theme/templates/x.css"], themeDirectory: "/w/theme").onlyStylesheets)
        #expect(!ChangeSet(paths: [], themeDirectory: "/w/theme").onlyStylesheets)
        let changes = ChangeSet(paths: ["/w/content/a/b.md", "/w/content/a/c.md"], themeDirectory: "/w/theme")
        #expect(changes.summary(relativeTo: "/w") == "content/a/b.md and 1 more")
    }

    @Test func changedFilesBecomeSourcePathsAndAnythingElseMeansCheckEverything() {
        func sources(_ paths: [String]) -> Set<String>? {
            ChangeSet(paths: paths, themeDirectory: "/w/theme").sources(in: "/w/content/")
        }
        #expect(sources(["/w/content/a/b.md", "/w/content/tags.yml", "/w/theme/templates/x.mustache"]) == ["a/b.md", "tags.yml"])
        #expect(sources(["/w/theme/static/style.css"]) == [])
        #expect(sources(["/w/content/new-block"]) == nil, "a folder came or went")
        #expect(sources(["/w/content"]) == nil, "the watcher lost events and reported the root")
    }

    @Test func messagesAreOneEventEach() throws {
        #expect(ReloadMessage.reload.eventText == "event: reload\ndata: {}\n\n")
        let diagnostic = Diagnostic(file: "content/a/b.md", line: 3, column: 7, message: "bad\nvalue \"x\"", fix: "fix </script>")
        let text = ReloadMessage.errors([diagnostic]).eventText
        #expect(text.hasPrefix("event: errors\ndata: {"))
        #expect(text.dropLast(2).split(separator: "\n").count == 2)
        let data = String(text.split(separator: "\n")[1].dropFirst(6))
        let payload = try JSONDecoder().decode(ReloadMessage.ErrorsPayload.self, from: Data(data.utf8))
        #expect(payload.diagnostics.first?.place == "content/a/b.md:3:7")
        #expect(payload.diagnostics.first?.message == "bad\nvalue \"x\"")
    }

    @Test func aPageOpenedWhileTheBuildFailsIsToldAtOnce() async {
        let channel = ReloadChannel()
        channel.publish(.errors([Diagnostic(file: "f", message: "m")]))
        channel.publish(nil, generation: 4)
        var messages = channel.subscribe(since: 4).makeAsyncIterator()
        #expect(await messages.next() == .hello(generation: 4))
        #expect(await messages.next() == .errors([Diagnostic(file: "f", message: "m")]))
        channel.publish(.clear)
        #expect(await messages.next() == .clear)
        channel.close()
        #expect(await messages.next() == nil)
        #expect(channel.subscriberCount == 0)
    }

    @Test func aPageFromAnotherBuildIsToldToReloadWhenItConnects() async {
        let channel = ReloadChannel()
        channel.publish(nil, generation: 1)  // the first build: no page to tell
        var current = channel.subscribe(since: 1).makeAsyncIterator()
        #expect(await current.next() == .hello(generation: 1))

        // A rebuild's reload goes out to the pages that listen, and only to them.
        channel.publish(.reload, generation: 2)
        #expect(await current.next() == .reload)
        // A page served before it and connecting after it is told at once; so is one from
        // another server run (a higher count); one of the current build, or that did not say, is not.
        var missed = channel.subscribe(since: 1).makeAsyncIterator()
        #expect(await missed.next() == .hello(generation: 2))
        #expect(await missed.next() == .reload)
        var restarted = channel.subscribe(since: 9).makeAsyncIterator()
        #expect(await restarted.next() == .hello(generation: 2))
        #expect(await restarted.next() == .reload)
        var fresh = channel.subscribe(since: 2).makeAsyncIterator()
        var unsaid = channel.subscribe().makeAsyncIterator()
        #expect(await fresh.next() == .hello(generation: 2))
        #expect(await unsaid.next() == .hello(generation: 2))
        channel.publish(.css, generation: 3)
        #expect(await fresh.next() == .css)
        #expect(await unsaid.next() == .css)
        #expect(channel.generation == 3)
        channel.close()
        #expect(await fresh.next() == nil)
    }
}
