import Foundation
import Testing
@testable import DroverCore

@Suite("Retry-After")
struct RetryAfterTests {
    @Test func readsSecondsAndAllThreeHTTPDateForms() throws {
        let now = try #require(RetryAfter.httpDate("Sun, 06 Nov 1994 08:49:37 GMT"))
        #expect(RetryAfter.seconds("120", now: now) == 120)
        #expect(RetryAfter.seconds(" 0 ", now: now) == 0)
        #expect(RetryAfter.seconds("Sun, 06 Nov 1994 08:50:37 GMT", now: now) == 60)
        #expect(RetryAfter.seconds("Sunday, 06-Nov-94 08:50:37 GMT", now: now) == 60)
        #expect(RetryAfter.seconds("Sun Nov  6 08:50:37 1994", now: now) == 60)
    }

    @Test func aDateInThePastMeansNowAndGarbageMeansNothing() throws {
        let now = try #require(RetryAfter.httpDate("Sun, 06 Nov 1994 08:49:37 GMT"))
        #expect(RetryAfter.seconds("Sun, 06 Nov 1994 08:00:00 GMT", now: now) == 0)
        #expect(RetryAfter.seconds("soon", now: now) == nil)
        #expect(RetryAfter.seconds(nil, now: now) == nil)
        #expect(RetryAfter.seconds("-5", now: now) == 0)
    }

    @Test func anIMFFixdateNamesItsInstantInGMT() {
        #expect(RetryAfter.httpDate("Sun, 06 Nov 1994 08:49:37 GMT") == Date(timeIntervalSince1970: 784_111_777))
    }
}

@Suite("Check settings in site.yml")
struct LinkCheckSettingsTests {
    static func read(_ yaml: String) -> (LinkCheckSettings, [Diagnostic]) {
        guard case .success(var mapping) = YAMLMapping.parse(yaml, file: "content/site.yml", lineOffset: 1, what: "site.yml"),
              var section = mapping.mapping("check")
        else { return (LinkCheckSettings(), []) }
        let settings = LinkCheckSettings.read(&section, contact: nil)
        return (settings, section.diagnostics)
    }

    @Test func readsEverySetting() {
        let (settings, problems) = Self.read("""
            check:
              external: true
              user_agent: "pogonshchik-check/1.0"
              connections: 8
              timeout: 15
              connect_timeout: 3
              retries: 1
              retry_delay: 0.5
              max_retry_after: 30
              per_host: {concurrency: 3, interval: 0.5}
              hosts:
                github.com: {concurrency: 1, interval: 2, method: head}
              exclude: ["https://www.linkedin.com/*"]
              exclude_hosts: [T.me]
            """)
        #expect(problems.isEmpty, "\(problems)")
        #expect(settings.external && settings.userAgent == "pogonshchik-check/1.0" && settings.connections == 8)
        #expect(settings.requestTimeout == 15 && settings.connectTimeout == 3 && settings.retries == 1 && settings.retryDelay == 0.5)
        #expect(settings.maxRetryAfter == 30)
        #expect(settings.perHost == .init(concurrency: 3, interval: 0.5))
        #expect(settings.policy(for: "api.github.com") == .init(concurrency: 1, interval: 2, method: .head))
        #expect(settings.policy(for: "notgithub.com") == settings.perHost)
        #expect(settings.exclusion(of: "https://www.linkedin.com/in/someone", host: "www.linkedin.com") != nil)
        #expect(settings.exclusion(of: "https://t.me/channel", host: "t.me") == "host t.me is excluded in site.yml")
        #expect(settings.exclusion(of: "https://example.org/", host: "example.org") == nil)
    }

    @Test func reportsWrongValuesWhereTheyAreWritten() {
        let (_, problems) = Self.read("""
            check:
              connections: 0
              per_host: {concurrency: two}
              hosts:
                github.com: {method: post, intervall: 1}
              timeout: -1
            """)
        let text = problems.sorted().map(\.description)
        #expect(text == [
            "content/site.yml:2:16: error: 'connections' must be at least 1, found 0; write it as connections: 32",
            "content/site.yml:3:27: error: 'concurrency' must be a whole number, found \"two\"; write it as concurrency: 2",
            "content/site.yml:5:26: error: 'check.hosts.github.com.method' must be get or head, found \"post\"",
            "content/site.yml:5:32: warning: unknown field 'intervall' in check.hosts.github.com; did you mean 'interval'?",
            "content/site.yml:6:12: error: 'timeout' must be a number of seconds, found \"-1\"; write it as timeout: 30",
        ])
    }

    @Test func theUserAgentNamesTheToolAndTheCollectionsRepository() throws {
        var problems: [Diagnostic] = []
        let config = try #require(SiteConfig.load(yaml: """
            title: "T"
            description: "D"
            base_url: "https://example.org/"
            language: ru
            repo_url: "https://github.com/owner/collection"
            """, file: "content/site.yml", baseURLOverride: nil, diagnostics: &problems))
        #expect(config.check.userAgent == "drover-linkcheck/\(DroverVersion.current) (+https://github.com/owner/collection)")
        #expect(LinkCheckSettings().userAgent == "drover-linkcheck/\(DroverVersion.current)")
    }

    @Test func globsMatchAnyRunOfCharacters() {
        #expect(LinkCheckSettings.glob("https://*.example.com/*", matches: "https://docs.example.com/a/b"))
        #expect(LinkCheckSettings.glob("*/private/*", matches: "http://x/private/y"))
        #expect(!LinkCheckSettings.glob("https://example.com/a", matches: "https://example.com/ab"))
        #expect(LinkCheckSettings.glob("HTTPS://EXAMPLE.COM/*", matches: "https://example.com/"))
        #expect(LinkCheckSettings.glob("*", matches: ""))
    }
}

@Suite("HTML link scanner")
struct HTMLLinkScannerTests {
    @Test func findsLinksWithPositionsAndIds() {
        let html = """
            <!DOCTYPE html>
            <html><head><link rel="stylesheet" href="/style.css"></head>
            <body><h2 id="intro">Введение</h2><p>Текст <a href='a.html?x=1&amp;y=2#intro'>ссылка</a>
            <img src=pic.png alt=""><a name="old-anchor"></a></body></html>
            """
        let scan = HTMLLinkScanner(html: html)
        #expect(scan.links.map(\.target) == ["/style.css", "a.html?x=1&y=2#intro", "pic.png"])
        let positions = scan.links.map { TextPosition.of(byteOffset: $0.offset, in: html.utf8) }
        #expect(positions.map(\.line) == [2, 3, 4])
        #expect(positions.map(\.column) == [41, 52, 10])
        #expect(scan.ids == ["intro", "old-anchor"])
    }

    @Test func toleratesBrokenMarkup() {
        let scan = HTMLLinkScanner(html: "<a href=\"x.html\" =oops / <b id='y'>< p><a href=\"unterminated")
        #expect(scan.links.map(\.target) == ["x.html", "unterminated"])
        #expect(scan.ids == ["y"])
    }

    @Test func skipsCommentsScriptsAndStyles() {
        let scan = HTMLLinkScanner(html: """
            <!-- <a href="commented.html"> --><script>var s = '<a href="script.html">';</script>
            <style>a[href="style.html"] {}</style><a HREF="real.html" ID=x>
            """)
        #expect(scan.links.map(\.target) == ["real.html"])
        #expect(scan.ids == ["x"])
    }

    @Test func decodesCharacterReferences() {
        #expect(HTMLLinkScanner.decodeReferences("a&amp;b&#39;c&#x41;&lt;&unknown;&") == "a&b'cA<&unknown;&")
    }
}

@Suite("Link check cache")
struct LinkCheckCacheTests {
    @Test func keepsEachClassForItsLifetimeWithJitterAndNeverTransientOnes() {
        var cache = LinkCheckCache()
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        cache.store(LinkResult(.ok, status: 200, detail: "200 OK"), for: "a", now: now, random: { 0.999 })
        cache.store(LinkResult(.broken, status: 404, detail: "404"), for: "b", now: now, random: { 0 })
        cache.store(LinkResult(.unreachable, detail: "reset"), for: "c", now: now)
        cache.store(LinkResult(.rateLimited, status: 429, detail: "429"), for: "d", now: now)
        #expect(cache.lookup("a", now: now.addingTimeInterval(5 * 86400))?.linkClass == .ok)
        // The jitter cut the week by up to a quarter: with the maximum cut it is gone after 5.3 days.
        #expect(cache.lookup("a", now: now.addingTimeInterval(5.3 * 86400)) == nil)
        #expect(cache.lookup("b", now: now.addingTimeInterval(3000))?.fromCache == true)
        #expect(cache.lookup("b", now: now.addingTimeInterval(3700)) == nil)
        #expect(cache.lookup("c", now: now) == nil && cache.lookup("d", now: now) == nil)
    }

    @Test func aTransientFailureReplacesAStoredResult() {
        var cache = LinkCheckCache()
        let now = Date()
        cache.store(LinkResult(.ok, status: 200, detail: "200 OK"), for: "a", now: now)
        cache.store(LinkResult(.unreachable, detail: "timeout"), for: "a", now: now)
        #expect(cache.lookup("a", now: now) == nil)
    }

    @Test func survivesARoundTripAndReportsAnUnreadableFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("drover-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("nested/linkcheck.json").path
        var cache = LinkCheckCache()
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        cache.store(LinkResult(.moved, status: 301, finalURL: "https://new.example/", detail: "moved"), for: "https://old.example/", now: now)
        try cache.save(path: path)
        let loaded = LinkCheckCache.load(path: path)
        #expect(loaded.problem == nil)
        #expect(loaded.cache.lookup("https://old.example/", now: now)?.finalURL == "https://new.example/")

        // Saving over an existing file replaces it whole.
        var next = loaded.cache
        next.store(LinkResult(.ok, status: 200, detail: "200 OK"), for: "https://other.example/", now: now)
        try next.save(path: path)
        #expect(LinkCheckCache.load(path: path).cache.records.count == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("nested").path) == ["linkcheck.json"])

        try "{ not json".write(toFile: path, atomically: true, encoding: .utf8)
        let broken = LinkCheckCache.load(path: path)
        #expect(broken.problem?.contains("cannot be read") == true)
        #expect(broken.cache.records.isEmpty)
    }
}
