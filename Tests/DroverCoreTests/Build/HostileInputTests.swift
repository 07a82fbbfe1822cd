import Foundation
import Testing
@testable import DroverCore
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Untrusted text never becomes markup: titles, tags, authors and bodies are escaped in HTML and XML.
@Suite struct HostileInputTests {
    static let hostile = """
    ---
    title: "<script>alert('title')</script> & co"
    url: "https://example.com/?q=<script>&a=1"
    type: article
    tags: ["<script>tag</script>", llm]
    added: 2024-09-01
    authors: ["<img src=x onerror=alert(1)>"]
    ---
    Текст <script>alert('body')</script> и [ссылка](javascript:alert(1)) и <b>жирный</b>.

    ![картинка](javascript:alert(2))
    """

    /// The same text with its refused links taken out, so the build succeeds and its output can be inspected.
    static let hostileWithoutUnsafeLinks = hostile
        .replacingOccurrences(of: "[ссылка](javascript:alert(1)) и ", with: "")
        .replacingOccurrences(of: "![картинка](javascript:alert(2))", with: "")

    @Test func hostileTextIsEscapedInEveryPageAndFeed() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.write(Self.hostileWithoutUnsafeLinks, to: "content/research/hostile.md")
        let report = await site.build()
        #expect(report.succeeded, "\(FixtureSite.text(report))")
        for (path, data) in site.outputFiles() where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("<script>"), "\(path) contains a raw <script>")
            #expect(!text.contains("<img src=x"), "\(path) contains a raw <img>")
        }
        let page = try #require(site.read("site/research/hostile/index.html"))
        #expect(page.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; co"))
        #expect(page.contains("<!-- raw HTML omitted -->"), "safe mode drops raw HTML in bodies")
        let tagSlug = Slug.make("<script>tag</script>")
        #expect(site.outputFiles()["tags/\(tagSlug)/index.html"] != nil)
    }

    @Test func feedsStayWellFormedXMLWithHostileText() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.write(Self.hostileWithoutUnsafeLinks, to: "content/research/hostile.md")
        #expect(await site.build().succeeded)
        for (path, data) in site.outputFiles() where path.hasSuffix(".xml") {
            let parser = XMLParser(data: data)
            #expect(parser.parse(), "\(path) is not well-formed: \(String(describing: parser.parserError))")
        }
    }

    @Test func unsafeLinkSchemesInBodiesAreRefused() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.write(Self.hostile, to: "content/research/hostile.md")
        let text = FixtureSite.text(await site.build())
        #expect(text.contains("content/research/hostile.md:9:"))
        #expect(text.contains("link uses the unsafe scheme 'javascript:', which is refused"))
        #expect(text.contains("content/research/hostile.md:11:"))
    }
}
