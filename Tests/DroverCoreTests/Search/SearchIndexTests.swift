import Foundation
import Testing
@testable import DroverCore

/// The index files: what they hold, that they are the same for the same collection, and that
/// editing one entry changes only the files that hold its words.
@Suite struct SearchIndexTests {
    /// A shard as search.js reads it.
    struct Shard {
        var stems: [String]
        /// word → (stem, entries per field)
        var words: [String: (stem: String, fields: [[Int]])]

        init(_ file: SearchIndex.File) throws {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(file.bytes)) as? [String: Any])
            stems = try #require(object["stems"] as? [String])
            words = [:]
            for case let row as [Any] in try #require(object["words"] as? [Any]) {
                let word = try #require(row[0] as? String)
                let stem = stems[try #require(row[1] as? Int)]
                let fields = try row[2...].map { cell -> [Int] in
                    let text = try #require(cell as? String)
                    return try #require(Postings.decode(text))
                }
                words[word] = (stem, fields)
            }
        }
    }

    static func index(_ site: FixtureSite) async throws -> SearchIndex {
        let report = await site.build()
        #expect(report.succeeded, "\(FixtureSite.text(report))")
        let prepared = try #require(report.site)
        return await SearchIndex.build(collection: prepared.collection, strings: prepared.strings)
    }

    static func shard(for word: String, in index: SearchIndex) throws -> Shard {
        let path = SearchIndex.folder + "shards/" + SearchText.shardFileName(SearchText.shardKey(word)) + ".json"
        return try Shard(try #require(index.files.first { $0.path == path }, "no shard \(path)"))
    }

    static func json(_ path: String, in index: SearchIndex) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(try #require(index.files.first { $0.path == path }).bytes))
    }

    // Entries of the valid fixture, in collection order (block order, then slug).
    static let alignment = 0, gpts = 1, promptGuide = 2

    @Test func wordsAreFiledUnderTheirBestField() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let index = try await Self.index(site)
        let meta = try #require(try Self.json("search/meta.json", in: index) as? [String: Any])
        #expect(meta["docs"] as? Int == 3, "drafts are not indexed")

        let gpts = try Self.shard(for: "gpts", in: index).words["gpts"]
        #expect(gpts?.fields == [[Self.gpts], [], [], []], "a title word")
        let neuro = try Self.shard(for: "нейросети", in: index).words["нейросети"]
        #expect(neuro?.fields == [[], [Self.alignment, Self.gpts], [], []], "a tag, by name and title")
        let market = try Self.shard(for: "рынке", in: index).words["рынке"]
        #expect(market?.fields == [[], [], [Self.gpts], []], "the start of the body is the summary")
        // «Работа» starts the body too, but the type's label («Научная работа») files it as a tag word.
        let work = try Self.shard(for: "работа", in: index).words["работа"]
        #expect(work?.fields == [[], [Self.gpts], [], []], "a word of the type's label")
        let author = try Self.shard(for: "иванова", in: index).words["иванова"]
        #expect(author?.fields == [[], [], [], [Self.promptGuide]], "authors count as body")
    }

    @Test func formsOfAWordShareTheirStemInTheShard() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let shard = try Self.shard(for: "модели", in: try await Self.index(site))
        // «языковые модели» (gpts) and «выравнивание моделей» (alignment).
        let forms = shard.words.filter { $0.key.hasPrefix("модел") }
        #expect(Set(forms.keys) == ["модели", "моделей"])
        #expect(Set(forms.values.map(\.stem)) == ["модел"])
    }

    @Test func filterColumnsGiveEveryEntrysValues() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let index = try await Self.index(site)
        let meta = try #require(try Self.json("search/meta.json", in: index) as? [String: Any])
        let facets = try #require(meta["facets"] as? [[String: Any]])
        func column(_ name: String) throws -> [String?] {
            let facet = try #require(facets.first { $0["name"] as? String == name })
            let values = try #require(facet["values"] as? [[String]])
            return try #require(facet["column"] as? String).utf8.map { digit in
                let position = Alphabet64.values[digit]!
                return position == 0 ? nil : values[position - 1][0]
            }
        }
        #expect(try column("block") == ["research", "research", "prompting"])
        #expect(try column("type") == ["article", "paper", "course"])
        #expect(try column("level") == ["intermediate", "beginner", nil])
        #expect(try column("lang") == ["en", "en", "ru"])
        let tags = try #require(meta["tags"] as? [[String]]).map { $0[0] }
        let members = try #require(try Self.json("search/tags.json", in: index) as? [String]).map { Postings.decode($0) }
        let byTag = Dictionary(uniqueKeysWithValues: zip(tags, members))
        #expect(byTag["llm"] == [Self.alignment, Self.gpts, Self.promptGuide])
        #expect(byTag["neiroseti"] == [Self.alignment, Self.gpts])
    }

    @Test func docsChunksHoldWhatAResultShows() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let index = try await Self.index(site)
        let docs = try #require(try Self.json("search/docs/0.json", in: index) as? [[Any]])
        #expect(docs.count == 3)
        let guide = docs[Self.promptGuide]
        #expect(guide[0] as? String == "Руководство по промптам")
        #expect(guide[1] as? String == "prompting/prompt-guide/")
        #expect((guide[2] as? String)?.hasPrefix("Короткий курс") == true, "the excerpt, for the result's excerpt")
        let tags = try #require(try Self.json("search/meta.json", in: index) as? [String: Any])["tags"] as? [[String]]
        let slugs = try #require(guide[3] as? [Int]).map { tags?[$0][0] ?? "" }
        #expect(slugs.count == 2 && slugs.contains("llm"), "tag positions in meta.json, found \(slugs)")
    }

    @Test func theSameCollectionGivesTheSameBytes() async throws {
        let first = try FixtureSite()
        let second = try FixtureSite()
        defer { first.remove(); second.remove() }
        #expect(try await Self.index(first).files == Self.index(second).files)
    }

    @Test func editingOneEntryChangesOnlyTheShardsOfItsWords() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let before = try await Self.index(site)
        let file = site.root.appendingPathComponent("content/prompting/prompt-guide.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "title: \"Руководство по промптам\"", with: "title: \"Руководство по промптам и агентам\"")
            .write(to: file, atomically: true, encoding: .utf8)
        let after = try await Self.index(site)

        let old = Dictionary(uniqueKeysWithValues: before.files.map { ($0.path, $0.bytes) })
        let new = Dictionary(uniqueKeysWithValues: after.files.map { ($0.path, $0.bytes) })
        let changed = Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }
        // «агентам» is new; «и» is too short to index. Its docs chunk holds the new title.
        let expected: Set<String> = [
            "search/shards/" + SearchText.shardFileName(SearchText.shardKey("агентам")) + ".json",
            "search/docs/0.json",
            "search/meta.json",  // the shard "ag" is new, so the shard list changed
        ]
        #expect(changed == expected)
        #expect(old.count > changed.count + 5, "most files are untouched")
    }

    @Test func editingAnEntrysWordsWithinExistingShardsLeavesTheMetaAlone() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let before = try await Self.index(site)
        let file = site.root.appendingPathComponent("content/prompting/prompt-guide.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        // «курс» → «курсы»: same shard "ku", new word; summary only.
        try text.replacingOccurrences(of: "Короткий курс", with: "Короткие курсы").write(to: file, atomically: true, encoding: .utf8)
        let after = try await Self.index(site)
        let changed = Set(zip(before.files, after.files).filter { $0 != $1 }.map(\.0.path))
        #expect(before.files.map(\.path) == after.files.map(\.path))
        // The docs chunk holds the excerpt, which the edit changed.
        #expect(changed == ["search/docs/0.json", "search/shards/ko.json", "search/shards/ku.json"])
    }
}

/// The build writes the index unless site.yml says `search: false`.
@Suite struct SearchBuildTests {
    @Test func theBuildWritesTheIndexByDefault() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let files = site.outputFiles()
        #expect(files["search/meta.json"] != nil)
        #expect(files["search/tags.json"] != nil)
        #expect(files.keys.contains { $0.hasPrefix("search/shards/") })
        #expect(files["search/index.html"] == nil, "the test theme has no search template")
    }

    @Test func theRealThemeGetsASearchPageAndAFormInEveryHeader() async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let page = try #require(site.read("site/search/index.html"))
        #expect(page.contains("id=\"search-results\""))
        #expect(page.contains("aria-live=\"polite\""))
        #expect(page.contains("<noscript>"))
        for path in ["site/index.html", "site/research/gpts-are-gpts/index.html", "site/tags/index.html", "site/404.html"] {
            let html = try #require(site.read(path))
            #expect(html.contains("role=\"search\"") && html.contains("type=\"search\""), "\(path) has the header search form")
        }
    }

    @Test func searchFalseTurnsItOff() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let config = site.root.appendingPathComponent("content/site.yml")
        try (try String(contentsOf: config, encoding: .utf8) + "search: false\n").write(to: config, atomically: true, encoding: .utf8)
        #expect(await site.build().succeeded)
        #expect(!site.outputFiles().keys.contains { $0.hasPrefix("search/") })
    }

    @Test func aWrongSearchValueIsAnErrorAtItsPosition() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let config = site.root.appendingPathComponent("content/site.yml")
        let text = try String(contentsOf: config, encoding: .utf8)
        try (text + "search: maybe\n").write(to: config, atomically: true, encoding: .utf8)
        let report = await site.build()
        #expect(!report.succeeded)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count
        let problem = try #require(report.diagnostics.all.first { $0.message.contains("'search'") })
        #expect(problem.file == "content/site.yml")
        #expect(problem.line == line)
        #expect(problem.column == 9)
        #expect(problem.message.contains("true or false"))
    }
}
