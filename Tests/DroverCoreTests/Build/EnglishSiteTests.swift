import Foundation
import Testing
@testable import DroverCore

/// Fixtures/english: a collection with `language: en`, built with the real theme, speaks
/// English everywhere it is the interface speaking; only its entries' own words may be other.
@Suite struct EnglishSiteTests {
    /// The one Russian entry's title: content, not interface.
    static let russianTitle = "Учебник по машинному обучению"

    @Test func theInterfaceHasNoCyrillicInAnyOutputFile() async throws {
        let site = try FixtureSite(base: "english", theme: "real")
        defer { site.remove() }
        let report = await site.build(strict: true)
        #expect(report.succeeded, "\(FixtureSite.text(report))")
        let files = site.outputFiles()
        #expect(files.count > 15)
        var checked = 0
        for (path, data) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".html") || path.hasSuffix(".xml") || path.hasSuffix(".txt") {
            let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: Self.russianTitle, with: "")
            let cyrillic = text.unicodeScalars.filter { (0x0400...0x04FF).contains($0.value) }
            #expect(cyrillic.isEmpty, "\(path) has Cyrillic interface text: \(String(String.UnicodeScalarView(cyrillic)).prefix(40))")
            checked += 1
        }
        #expect(checked == files.count { $0.key.hasSuffix(".html") || $0.key.hasSuffix(".xml") || $0.key.hasSuffix(".txt") })
    }

    @Test func languageDatesCountsAndForeignTitlesFollowTheSite() async throws {
        let site = try FixtureSite(base: "english", theme: "real")
        defer { site.remove() }
        let report = await site.build(strict: true)
        #expect(report.succeeded, "\(FixtureSite.text(report))")
        let home = try #require(site.read("site/index.html"))
        #expect(home.contains("<html lang=\"en\">"))
        #expect(home.contains("<span>3 resources</span>"))
        #expect(home.contains("<span>1 resource</span>"))
        #expect(home.contains("Added <time datetime=\"2024-05-01\">May 1, 2024</time>"))
        #expect(home.contains("Checked <time datetime=\"2024-11-17\">November 17, 2024</time>"))
        // A Russian resource in an English collection: its title is marked, so screen readers
        // and hyphenation switch language; the English titles around it are not.
        #expect(home.contains("href=\"/learning/basics/russian-handbook/\" lang=\"ru\">\(Self.russianTitle)</a>"))
        #expect(home.contains("href=\"/learning/basics/attention-paper/\">Attention Is All You Need</a>"))
        let entry = try #require(site.read("site/basics/russian-handbook/index.html"))
        #expect(entry.contains("<h1 class=\"entry__title\" lang=\"ru\">\(Self.russianTitle)</h1>"))
        // English readers get the language's English name, which is English text (no lang).
        #expect(entry.contains("Language: <span>Russian</span>"))
        #expect(home.contains("<span class=\"meta-line__item meta-line__lang\">Russian</span>"))
        let paper = try #require(site.read("site/basics/attention-paper/index.html"))
        #expect(paper.contains("<li>Ashish Vaswani</li><li>Noam Shazeer</li><li>Niki Parmar</li><li>Jakob Uszkoreit</li>"))
        #expect(try #require(site.read("site/basics/index.html")).contains("Ashish Vaswani, Noam Shazeer et al."))
        #expect(paper.contains("<span class=\"badge badge--paper\">Paper</span>"))
        #expect(paper.contains("Difficulty: advanced"))
        let tags = try #require(site.read("site/tags/index.html"))
        #expect(tags.contains("<title>All tags — Learning Machines</title>"))
        let feed = try #require(site.read("site/feed.xml"))
        #expect(feed.contains("<language>en</language>"))
        #expect(try #require(site.read("site/basics/feed.xml")).contains("<title>Basics — Learning Machines</title>"))
        let notFound = try #require(site.read("site/404.html"))
        #expect(notFound.contains("<h1 class=\"page-head__title\">Page not found</h1>"))
    }

    @Test func aThemeWhoseTemplatesCarryTheirOwnWordsNeedsOnlyTheEngineStrings() async throws {
        // The test theme's tables hold only what the engine composes; imported collections
        // (language: en) are built with it.
        let site = try FixtureSite(base: "english")
        defer { site.remove() }
        try FileManager.default.removeItem(atPath: site.content + "/about.md")  // the test theme has no 'page' template
        let report = await site.build(strict: true)
        #expect(report.succeeded, "\(FixtureSite.text(report))")
        #expect(site.read("site/tags/index.html")?.contains("All tags") == true)
    }
}
