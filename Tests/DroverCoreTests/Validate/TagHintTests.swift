import Foundation
import Testing
@testable import DroverCore

/// The hints about tags that a new user of issue 24 was misled by: a misspelt tag is pointed at
/// the tag tags.yml defines, never at another entry's typo; two spellings of one word get one
/// diagnostic; examples speak the site's language.
@Suite struct TagHintTests {
    /// The English fixture with `async` defined in tags.yml and entries in a block `rust`.
    static func rustSite(tags: [String: String], defining extra: String = "async:\n  title: \"Async\"\n") throws -> FixtureSite {
        let site = try FixtureSite(base: "english", theme: "real")
        let tagsFile = try #require(site.read("content/tags.yml"))
        try site.write(tagsFile + extra, to: "content/tags.yml")
        try site.write("---\ntitle: \"Rust\"\norder: 3\nsummary: \"Rust\"\n---\n", to: "content/rust/_block.md")
        for (slug, tagList) in tags.sorted(by: { $0.key < $1.key }) {
            try site.write("---\ntitle: \"\(slug)\"\nurl: https://example.org/\(slug)\ntype: book\ntags: \(tagList)\nadded: 2024-01-10\n---\nA book.\n",
                           to: "content/rust/\(slug).md")
        }
        return site
    }

    static func lines(_ site: FixtureSite) async -> [String] {
        FixtureSite.text(await site.build()).split(separator: "\n").map(String.init)
    }

    @Test func aMisspeltTagIsPointedAtTheTagTagsYmlDefinesInOneDiagnostic() async throws {
        let site = try Self.rustSite(tags: ["tokio": "[asnyc]"])
        defer { site.remove() }
        #expect(await Self.lines(site) == [
            "content/rust/tokio.md:5:8: warning: unknown tag 'asnyc'; did you mean 'async', which tags.yml defines?",
        ])
    }

    @Test func theTypoOfSeveralEntriesIsNeverSuggestedForTheDefinedTag() async throws {
        // Two entries share the typo, one writes the defined tag: the defined one is right.
        let site = try Self.rustSite(tags: ["a": "[asnyc]", "b": "[asnyc]", "c": "[async]"])
        defer { site.remove() }
        let lines = await Self.lines(site)
        #expect(lines == ["content/rust/a.md:5:8: warning: unknown tag 'asnyc'; did you mean 'async', which tags.yml defines?"])
    }

    @Test func aMisspeltTagLinkSuggestsTheDefinedTagNotAnEntrysTypo() async throws {
        let site = try Self.rustSite(tags: ["tokio": "[asnyc]"])
        defer { site.remove() }
        try site.write("---\ntitle: \"Rust\"\norder: 3\nsummary: \"Rust\"\n---\nSee [async](tag:asyncc).\n", to: "content/rust/_block.md")
        let lines = await Self.lines(site)
        #expect(lines.contains("content/rust/_block.md:6:5: error: link 'tag:asyncc' names a tag that no entry uses; did you mean 'tag:async'?"),
                "\(lines)")
    }

    @Test func twoSpellingsOfOneTagGetOneErrorNamingTheMoreUsedSpelling() async throws {
        let site = try Self.rustSite(tags: ["a": "[rust]", "b": "[rust]", "c": "[Rust]"], defining: "")
        defer { site.remove() }
        #expect(await Self.lines(site) == [
            "content/rust/c.md:5:8: error: tags 'rust' and 'Rust' would both get the URL tags/rust/; write the tag as 'rust' everywhere",
        ])
    }

    @Test func theSpellingTagsYmlDefinesWinsOverTheMoreUsedOne() async throws {
        let site = try Self.rustSite(tags: ["a": "[rust]", "b": "[rust]", "c": "[Rust]"], defining: "Rust:\n  title: \"Rust\"\n")
        defer { site.remove() }
        #expect(await Self.lines(site) == [
            "content/rust/a.md:5:8: error: tags 'Rust' and 'rust' would both get the URL tags/rust/; write the tag as 'Rust' everywhere",
        ])
    }

    @Test func aTagWrittenAsTextIsShownAsTheListItShouldBe() async throws {
        let site = try Self.rustSite(tags: ["perf": "performance"], defining: "")
        defer { site.remove() }
        #expect(await Self.lines(site) == [
            "content/rust/perf.md:5:7: error: 'tags' must be a list, found \"performance\"; write it as tags: [performance]",
        ])
    }

    @Test func examplesInFixesAreInTheSitesLanguage() async throws {
        let english = try Self.rustSite(tags: [:], defining: "")
        defer { english.remove() }
        try english.write("---\nurl: https://example.org/x\ntype: book\nadded: 2024-01-10\n---\nA book.\n", to: "content/rust/x.md")
        try english.write("---\norder: 3\nsummary: \"Rust\"\n---\n", to: "content/rust/_block.md")
        let lines = await Self.lines(english)
        #expect(lines.contains("content/rust/x.md:1:1: error: missing required field 'tags'; add a line like tags: [performance, async]"), "\(lines)")
        #expect(lines.contains("content/rust/x.md:1:1: error: missing required field 'title'; add a line like title: \"The resource's title\""))
        #expect(lines.contains("content/rust/_block.md:1:1: error: missing required field 'title'; add a line like title: \"Getting started\""))
        #expect(!lines.joined().unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }, "no Cyrillic in an English site's messages")

        let russian = try FixtureSite()
        defer { russian.remove() }
        try russian.write("---\nurl: https://example.org/x\ntype: book\nadded: 2024-01-10\n---\nКнига.\n", to: "content/research/x.md")
        #expect(await Self.lines(russian).contains("content/research/x.md:1:1: error: missing required field 'tags'; add a line like tags: [llm, промпты]"))
    }
}
