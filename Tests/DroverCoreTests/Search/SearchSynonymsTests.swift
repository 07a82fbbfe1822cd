import Foundation
import Testing
@testable import DroverCore

/// What a word stands for: the synonym table, the words an entry gets from its host and type,
/// and the groups the browser receives.
@Suite struct SearchSynonymsTests {
    @Test func linesBecomeGroupsOfHostsAndFoldedWords() {
        let synonyms = SearchSynonyms(lines: ["t.me, www.Telegram.me, Telegram, Телеграм, ТГ", "одно", " , "])
        #expect(synonyms.groups == [.init(hosts: ["t.me", "telegram.me"], words: ["telegram", "телеграм", "тг"])],
                "a line of one member says nothing")
        #expect(synonyms.wordGroups == [["telegram", "телеграм", "тг"]])
    }

    @Test func anEntrysHostGivesItsGroupsWords() {
        let synonyms = SearchSynonyms(lines: ["t.me, telegram, телеграм", "youtube.com, youtu.be, youtube, ютуб", "github.com, github"])
        #expect(synonyms.hostWords(url: "https://t.me/ai_newz") == ["telegram", "телеграм"])
        #expect(synonyms.hostWords(url: "https://www.youtube.com/watch?v=1") == ["youtube", "ютуб"])
        #expect(synonyms.hostWords(url: "https://m.youtube.com/watch?v=1") == ["youtube", "ютуб"], "a subdomain")
        #expect(synonyms.hostWords(url: "https://notyoutube.com/") == [], "not a subdomain")
        #expect(synonyms.hostWords(url: "https://example.com/t.me") == [])
        #expect(synonyms.hostWords(url: "not a url") == [])
    }

    @Test func theThemesTablesHaveGroups() throws {
        let theme = FixtureSite.repositoryRoot.appendingPathComponent("theme/i18n")
        for language in ["ru", "en"] {
            let text = try String(contentsOf: theme.appendingPathComponent(language + ".yml"), encoding: .utf8)
            var diagnostics: [Diagnostic] = []
            let table = try #require(StringTable.read(yaml: text, file: language + ".yml", diagnostics: &diagnostics))
            guard case .list(let lines)? = table.items[SearchSynonyms.stringKey]?.value else {
                Issue.record("\(language).yml has no list \(SearchSynonyms.stringKey)")
                continue
            }
            let synonyms = SearchSynonyms(lines: lines)
            #expect(synonyms.groups.count == lines.count, "every line of \(language).yml is a group")
            #expect(synonyms.hostWords(url: "https://t.me/x").contains("telegram"))
        }
    }

    /// A reader's «телеграм» finds the channel on t.me, and «канал» finds it by its type.
    @Test func entriesAreIndexedByTheirHostAndTypeWords() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let config = site.root.appendingPathComponent("content/site.yml")
        try (try String(contentsOf: config, encoding: .utf8) + "search:\n  synonyms: [\"arxiv.org, arxiv, архив\", \"промпт, prompt\"]\n")
            .write(to: config, atomically: true, encoding: .utf8)
        let index = try await SearchIndexTests.index(site)
        let archive = try SearchIndexTests.shard(for: "архив", in: index).words["архив"]
        #expect(archive?.fields == [[], [SearchIndexTests.gpts], [], []], "the arXiv entry, as a tag word")
        let paper = try SearchIndexTests.shard(for: "paper", in: index).words["paper"]
        #expect(paper?.fields[1] == [SearchIndexTests.gpts], "its type's name")
        let meta = try #require(try SearchIndexTests.json("search/meta.json", in: index) as? [String: Any])
        let groups = try #require(meta["synonyms"] as? [[String]])
        #expect(groups.contains(["промпт", "prompt"]) && groups.contains(["arxiv", "архив"]))
    }

    @Test func aChangedSynonymTableChangesTheIndexKey() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let before = try #require(await site.build().site)
        let config = site.root.appendingPathComponent("content/site.yml")
        try (try String(contentsOf: config, encoding: .utf8) + "search: { synonyms: [\"тг, телеграм\"] }\n")
            .write(to: config, atomically: true, encoding: .utf8)
        let after = try #require(await site.build().site)
        #expect(after.collection.config.searchSynonyms == ["тг, телеграм"])
        #expect(SearchIndex.inputsKey(collection: before.collection, strings: before.strings)
                != SearchIndex.inputsKey(collection: after.collection, strings: after.strings))
    }

    @Test func aWrongSynonymsValueIsAnError() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let config = site.root.appendingPathComponent("content/site.yml")
        try (try String(contentsOf: config, encoding: .utf8) + "search:\n  synonyms: \"тг, телеграм\"\n  synonims: []\n")
            .write(to: config, atomically: true, encoding: .utf8)
        let report = await site.build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.all.contains { $0.message.contains("'synonyms' must be a list") && $0.file == "content/site.yml" })
        #expect(report.diagnostics.all.contains { $0.message.contains("synonims") }, "an unknown key is reported")
    }
}
