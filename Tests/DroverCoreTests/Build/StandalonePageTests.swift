import Foundation
import Testing
@testable import DroverCore

/// `content/about.md` is the «О проекте» page: built at /about/, linked from every page's
/// footer, listed in the sitemap, and its links resolved and checked like an entry's.
@Suite struct StandalonePageTests {
    static let about = """
        ---
        title: "О проекте"
        summary: "Откуда взялась коллекция"
        ---
        Начните с [работы о рынке труда](research/gpts-are-gpts.md#главные-цифры).

        ## Как предложить материал

        Через форму.

        """

    @Test func theAboutPageIsBuiltLinkedFromTheFooterAndListedInTheSitemap() async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        try site.write(Self.about, to: "content/about.md")
        let report = await site.build(strict: true)
        #expect(report.succeeded, "\(FixtureSite.text(report))")
        let page = try #require(site.read("site/about/index.html"))
        #expect(page.contains("<h1 class=\"page-head__title\">О проекте</h1>"))
        #expect(page.contains("Откуда взялась коллекция"))
        #expect(page.contains("href=\"/collection/research/gpts-are-gpts/#%D0%B3%D0%BB%D0%B0%D0%B2%D0%BD%D1%8B%D0%B5-%D1%86%D0%B8%D1%84%D1%80%D1%8B\""))
        #expect(page.contains("id=\"как-предложить-материал\""))
        #expect(page.contains("https://github.com/example/collection/edit/main/content/about.md"))
        let home = try #require(site.read("site/index.html"))
        #expect(home.contains("<li><a href=\"/collection/about/\">О проекте</a></li>"))
        let sitemap = try #require(site.read("site/sitemap.xml"))
        #expect(sitemap.contains("<loc>https://example.org/collection/about/</loc>"))
    }

    @Test func entriesLinkToTheAboutPageAndBrokenLinksInItAreReportedWhereWritten() async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        try site.write(Self.about + "См. [раздел](research/_block.md#нет-такого).\n", to: "content/about.md")
        try site.write("---\ntitle: x\nurl: https://example.com/x\ntype: article\ntags: [llm]\nadded: 2024-01-01\n---\nСм. [о проекте](../about.md#как-предложить-материал).\n",
                       to: "content/research/links-about.md")
        let report = await site.build()
        #expect(!report.succeeded)
        let lines = FixtureSite.text(report).split(separator: "\n").map(String.init)
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first == "content/about.md:10:5: error: heading '#нет-такого' does not exist in research/_block.md", "\(lines)")
    }

    @Test func aThemeWithoutAPageTemplateIsToldWhatTheAboutPageNeeds() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.write(Self.about, to: "content/about.md")
        let report = await site.build()
        #expect(!report.succeeded)
        #expect(FixtureSite.text(report).contains("error: the theme has no 'page' template, which content/about.md needs"))
    }

    @Test func aBlockFolderCannotTakeThePagesAddress() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.write(Self.about, to: "content/about.md")
        try site.write("---\ntitle: x\norder: 9\nsummary: x\n---\n", to: "content/about/_block.md")
        #expect(FixtureSite.text(await site.build()).contains("content/about.md: error: the page about.md and the block folder about/ would both live at /about/"))
    }
}
