import Foundation
import Testing
@testable import DroverCore

@Suite struct ReadmeExportTests {
    static func collection(_ folder: String) async throws -> Collection {
        let loaded = await Build.loadCollection(content: folder)
        #expect(loaded.diagnostics.errorCount == 0, "\(loaded.diagnostics.sorted.map(\.description))")
        return try #require(loaded.collection)
    }

    static var flagship: String { FixtureSite.repositoryRoot.appendingPathComponent("content").path }
    static var validFixture: String { FixtureSite.fixtures.appendingPathComponent("valid/content").path }

    @Test func theValidFixtureGivesTheGoldenReadme() async throws {
        let readme = ReadmeExport.render(try await Self.collection(Self.validFixture))
        try Golden.check(readme.text, against: "export/valid-README.md")
        #expect(readme.entries == 3)
        #expect(readme.warnings.isEmpty)
    }

    @Test(arguments: ["flagship", "valid"]) func theReadmeFollowsAwesomeLintsRules(_ which: String) async throws {
        let readme = ReadmeExport.render(try await Self.collection(which == "flagship" ? Self.flagship : Self.validFixture))
        #expect(AwesomeLintRules.problems(in: readme.text) == [])
    }

    /// The checker is not satisfied by anything: each rule catches its own break.
    @Test func theRuleCheckerCatchesBrokenReadmes() async {
        let good = "# List\n\n## Contents\n\n- [Tools](#tools)\n\n## Tools\n\n- [A](https://a.example) - Does a.\n"
        #expect(AwesomeLintRules.problems(in: good) == [])
        #expect(!AwesomeLintRules.problems(in: good.replacingOccurrences(of: " - Does a.", with: " - does a.")).isEmpty)
        #expect(!AwesomeLintRules.problems(in: good.replacingOccurrences(of: " - Does a.", with: " – Does a.")).isEmpty)
        #expect(!AwesomeLintRules.problems(in: good.replacingOccurrences(of: " - Does a.", with: " - Does a")).isEmpty)
        #expect(!AwesomeLintRules.problems(in: good.replacingOccurrences(of: "(#tools)", with: "(#tool)")).isEmpty)
        #expect(!AwesomeLintRules.problems(in: good + "- [A again](http://www.a.example/) - Same.\n").isEmpty)
        #expect(!AwesomeLintRules.problems(in: good + "\n# Second title\n").isEmpty)
    }

    @Test func theFlagshipExportIsTheSameEveryTime() async throws {
        let collection = try await Self.collection(Self.flagship)
        let first = ReadmeExport.render(collection)
        #expect(first.text == ReadmeExport.render(try await Self.collection(Self.flagship)).text)
        #expect(first.entries == collection.entries.count)
        #expect(first.blocks == collection.blocks.count)
    }

    @Test func aURLTwiceToAwesomeLintIsLeftOutWithAWarning() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.write("---\ntitle: \"Тот же GPT\"\nurl: http://www.arxiv.org/abs/2303.10130\ntype: paper\ntags: [llm]\nadded: 2024-01-01\n---\nТа же работа.\n",
                       to: "content/prompting/same.md")
        let readme = ReadmeExport.render(try await Self.collection(site.content))
        #expect(readme.entries == 3)
        #expect(readme.warnings.count == 1)
        #expect(readme.warnings.first?.hasSuffix("awesome-lint allows a link once") == true)
        #expect(AwesomeLintRules.problems(in: readme.text) == [])
    }

    @Test func descriptionsAreFirstSentencesCapitalisedAndPunctuated() async {
        #expect(ReadmeDescription.sentence(from: "a tool for widgets. It is fast.") == "A tool for widgets.")
        #expect(ReadmeDescription.sentence(from: "Tools, e.g. hammers. And more.") == "Tools, e.g. hammers.")
        #expect(ReadmeDescription.sentence(from: "By J. Smith and others! Great.") == "By J. Smith and others!")
        #expect(ReadmeDescription.sentence(from: "no punctuation at all") == "No punctuation at all.")
        #expect(ReadmeDescription.sentence(from: "iPhone apps, listed") == "iPhone apps, listed.")
        #expect(ReadmeDescription.sentence(from: "курс о промптах; коротко") == "Курс о промптах; коротко.")
        #expect(ReadmeDescription.sentence(from: "Cut here in the middle of", truncated: true) == "Cut here in the middle…")
        #expect(ReadmeDescription.sentence(from: "  ") == "")
    }
}
