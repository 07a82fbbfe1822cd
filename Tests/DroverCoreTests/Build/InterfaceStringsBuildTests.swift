import Foundation
import Testing
@testable import DroverCore

/// Translation tables in a build: the site's overrides, the errors that stop a build, and the
/// incremental build noticing a changed string.
@Suite struct InterfaceStringsBuildTests {
    static let siteYML = """
        title: "Learning Machines"
        description: "An English collection"
        base_url: "https://example.org/learning/"
        language: en

        """

    /// The English fixture with `overrides` (YAML lines under `strings:`) in its site.yml.
    static func site(overriding overrides: String) throws -> FixtureSite {
        let site = try FixtureSite(base: "english", theme: "real")
        try site.write(siteYML + "strings:\n" + overrides, to: "content/site.yml")
        return site
    }

    @Test func aSiteOverridesStringsWithoutTouchingTheTheme() async throws {
        let site = try Self.site(overriding: """
              all_tags: "Every tag"
              count_entries: { one: "{count} link", other: "{count} links" }
              months: [Jan., Feb., Mar., Apr., May, June, July, Aug., Sept., Oct., Nov., Dec.]

            """)
        defer { site.remove() }
        let report = await site.build(strict: true)
        #expect(report.succeeded, "\(FixtureSite.text(report))")
        let home = try #require(site.read("site/index.html"))
        #expect(home.contains(">Every tag</a>"))
        #expect(home.contains("<span>3 links</span>"))
        #expect(home.contains("Added <time datetime=\"2024-01-21\">Jan. 21, 2024</time>"))
        #expect(home.contains(">Skip to content</a>"))  // the rest from the theme's table
    }

    @Test func aMissingStringIsAnErrorNamingTheKeyTheLanguageAndTheTemplate() async throws {
        let site = try FixtureSite(base: "english", theme: "real")
        defer { site.remove() }
        let table = try #require(site.read("theme/i18n/en.yml"))
        try site.write(table.split(separator: "\n").filter { !$0.hasPrefix("skip_link:") && !$0.hasPrefix("page_title:") }
            .joined(separator: "\n"), to: "theme/i18n/en.yml")
        let report = await site.build()
        #expect(!report.succeeded)
        let problems = report.diagnostics.all.filter { $0.severity == .error }
        #expect(problems.count == 2, "\(FixtureSite.text(report))")
        #expect(problems.allSatisfy { $0.kind == .theme && $0.file == "theme/i18n/en.yml" })
        let text = FixtureSite.text(report)
        #expect(text.contains("the 'en' interface strings have no 'skip_link', which templates/header.mustache reads as t.skip_link"))
        #expect(text.contains("the 'en' interface strings have no 'page_title', which the engine needs"))
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    @Test func aLanguageTheThemeDoesNotSpeakIsAnErrorListingThoseItDoes() async throws {
        let site = try FixtureSite(base: "english", theme: "real")
        defer { site.remove() }
        try site.write(Self.siteYML.replacingOccurrences(of: "language: en", with: "language: de"), to: "content/site.yml")
        let report = await site.build()
        #expect(!report.succeeded)
        let problem = try #require(report.diagnostics.all.first { $0.severity == .error })
        #expect(problem.kind == .theme)
        #expect(problem.message == "the theme has no interface strings for the site's language 'de'")
        #expect(problem.fix?.contains("one of: en, ru") == true)
    }

    @Test func badOverridesPointAtSiteYML() async throws {
        let site = try Self.site(overriding: """
              tag_description: "Tagged {tagg}"
              count_entries: { one: "{count} link" }
              al_tags: "Every tag"

            """)
        defer { site.remove() }
        let report = await site.build()
        #expect(!report.succeeded)
        let text = FixtureSite.text(report)
        #expect(text.contains("content/site.yml:6:20: error: 'tag_description' of the 'en' strings uses {tagg}, which the engine does not fill; it can use {tag}"))
        #expect(text.contains("content/site.yml:7:18: error: 'count_entries' of the 'en' strings has no other form; the one-other plural rule needs one, other"))
        #expect(text.contains("content/site.yml:8:12: warning: unknown interface string 'al_tags' in strings:; did you mean 'all_tags'?"))
        #expect(report.diagnostics.all.allSatisfy { $0.kind == .configuration })
    }

    @Test func aChangedStringRendersThePagesAgain() async throws {
        let site = try FixtureSite(base: "english", theme: "real")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let unchanged = await site.build()
        #expect(unchanged.nothingChanged)
        // In the theme's table…
        let table = try #require(site.read("theme/i18n/en.yml"))
        try site.write(table.replacingOccurrences(of: "colophon: \"Built with Drover.\"", with: "colophon: \"Made with Drover.\""),
                       to: "theme/i18n/en.yml")
        let themeEdit = await site.build()
        #expect(themeEdit.succeeded && !themeEdit.nothingChanged)
        #expect(themeEdit.pagesRendered == themeEdit.pages)
        #expect(site.read("site/tags/llm/index.html")?.contains("Made with Drover.") == true)
        // …and in the site's overrides.
        let config = try #require(site.read("content/site.yml"))
        try site.write(config + "strings:\n  colophon: \"Hand-made.\"\n", to: "content/site.yml")
        let siteEdit = await site.build()
        #expect(siteEdit.succeeded && siteEdit.pagesRendered == siteEdit.pages)
        #expect(site.read("site/basics/attention-paper/index.html")?.contains("Hand-made.") == true)
    }
}
