import Foundation
import Testing
@testable import DroverCore

/// The theme's contract: theme/README.md documents exactly the keys the typed contexts provide,
/// and the preview contexts use no key the engine does not provide.
@Suite struct ThemeContractTests {
    static let readme = FixtureSite.repositoryRoot.appendingPathComponent("theme/README.md")

    /// Each documented context (by the type name in its heading) and the keys its table lists.
    static func documentedKeys() throws -> [String: [String]] {
        let text = try String(contentsOf: readme, encoding: .utf8)
        var keys: [String: [String]] = [:]
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") {
                current = line.hasPrefix("### ") && line.contains(" — ")
                    ? line.components(separatedBy: " — ")[1].split(separator: " ").first.map(String.init) : nil
                if let current { keys[current] = [] }
            } else if let current, line.hasPrefix("| `") {
                let key = line.dropFirst(3).prefix { $0 != "`" }
                keys[current]!.append(String(key))
            }
        }
        return keys
    }

    static let contexts: [String: [String]] = [
        "SiteContext": SiteContext.keys, "PageInfo": PageInfo.keys, "NavItem": NavItem.keys, "URLShortcuts": URLShortcuts.keys,
        "PageContext": PageContext.keys, "EntrySummary": EntrySummary.keys,
        "EntryDetail": Array(EntryDetail.keys.dropFirst(EntrySummary.keys.count)),
        "TitledLink": TitledLink.keys, "TagLink": TagLink.keys, "BlockItem": BlockItem.keys, "BlockDetail": BlockDetail.keys,
        "TagItem": TagItem.keys, "TagDetail": TagDetail.keys, "FilterLink": FilterLink.keys, "StandaloneDetail": StandaloneDetail.keys,
        "Pagination": Pagination.keys, "PageNumberLink": PageNumberLink.keys,
    ]

    @Test func theReadmeDocumentsExactlyTheKeysEachContextProvides() throws {
        let documented = try Self.documentedKeys()
        // `t`'s keys are the texts of the theme's tables, the same in every language.
        var contexts = Self.contexts
        contexts["InterfaceStrings"] = try ShippedStrings.load("ru").textKeys
        #expect(try ShippedStrings.load("en").textKeys == contexts["InterfaceStrings"])
        for (type, keys) in contexts {
            let written = try #require(documented[type], "theme/README.md has no table for \(type)")
            #expect(Set(written) == Set(keys), """
                \(type): documented but not provided: \(Set(written).subtracting(keys).sorted()); \
                provided but not documented: \(Set(keys).subtracting(written).sorted())
                """)
        }
        #expect(Set(documented.keys) == Set(contexts.keys))
    }

    @Test func everyKeyOfEveryContextAnswers() throws {
        // A full build of the fixture site with the real theme exercises every context; here each
        // type answers each of its keys (optional ones may be nil) and nothing unknown.
        let summary = try Self.sampleSummary()
        let site = SiteContext(title: "t", description: "d", language: "ru", baseURL: "https://e.org/", root: "/", author: "a",
                               repoURL: "https://github.com/o/r", feedURL: "https://e.org/feed.xml",
                               pages: [TitledLink(title: "О проекте", url: "/about/")])
        let detail = EntryDetail(summary: summary, bodyHTML: "<p>x</p>", authors: ["A"], editURL: "https://x")
        let values: [any TemplateContext] = [site, summary, detail]
        for value in values {
            let optional: Set = ["author", "repo_url", "suggest_url", "difficulty", "difficulty_label", "updated", "updated_label",
                                 "authors_label", "excerpt", "language_label_lang", "edit_url"]
            for key in type(of: value).keys {
                #expect(value.child(named: key) != nil || optional.contains(key), "\(type(of: value)).\(key)")
            }
            #expect(value.child(named: "no-such-key") == nil)
        }
        guard case .text(let suggestURL) = site.child(named: "suggest_url") else { Issue.record("suggest_url is not a text"); return }
        #expect(suggestURL == "https://github.com/o/r/issues/new?template=resource.yml")
    }

    @Test func thePreviewContextsUseOnlyDocumentedKeys() throws {
        let documented = try Self.documentedKeys()
        let known = Set(documented.values.joined()).union(EntrySummary.keys)
        let folder = FixtureSite.repositoryRoot.appendingPathComponent("theme/preview")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".json") {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(file)))
            var unknown: Set<String> = []
            func walk(_ value: Any) {
                if let dictionary = value as? [String: Any] {
                    for (key, child) in dictionary {
                        if !known.contains(key) { unknown.insert(key) }
                        walk(child)
                    }
                } else if let array = value as? [Any] {
                    array.forEach(walk)
                }
            }
            walk(object)
            #expect(unknown.isEmpty, "\(file) uses keys no context provides: \(unknown.sorted())")
        }
    }

    static func sampleSummary() throws -> EntrySummary {
        let empty = ParsedBody(firstLine: 5, links: [], anchors: [], excerpt: "Текст", isEmpty: false, html: BodyHTML(page: ""))
        let location = SourceLocation(file: "f")
        let entry = Entry(block: "research", slug: "x", sourcePath: "research/x.md", file: "content/research/x.md", title: "X",
                          url: "https://example.com/x", type: .article, tags: ["llm"], added: try #require(ISODate("2024-01-01")),
                          language: "en", difficulty: .beginner, authors: ["A"], updated: ISODate("2024-02-01"), draft: false,
                          checkLinks: true, body: empty, urlLocation: location, tagLocations: [location])
        let tag = Tag(name: "llm", slug: "llm", title: "LLM", description: nil, entryIndices: [0])
        return EntrySummary(entry: entry, at: 0, config: SiteConfig(title: "t", description: "d", baseURL: "https://e.org/"),
                            strings: try ShippedStrings.load("ru"), urls: SiteURLs(baseURL: "https://e.org/"), blockTitle: "Исследования", tags: ["llm": tag])
    }
}
