import Foundation
import Testing
@testable import DroverCore

/// A page's key holds everything its template can read (see `ContextKey`).
@Suite struct ContextKeyTests {
    /// The fast `fold` of every context (straight from its fields, wrapped contexts folded in
    /// turn) equals the reference walk of every key of the contract through `child(named:)`,
    /// on every page of the fixtures and of the flagship.
    @Test(arguments: ["valid", "paginated", "english", "flagship"])
    func everyPagesFoldIsTheWalkOfEveryKey(collection: String) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("drover-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = FixtureSite.repositoryRoot.path
        let content = collection == "flagship" ? root + "/content" : FixtureSite.fixtures.appendingPathComponent("\(collection)/content").path
        let report = await Build.run(BuildOptions(contentDirectory: content, themeDirectory: root + "/theme",
                                                  outputDirectory: folder.appendingPathComponent("site").path))
        let site = try #require(report.site, "\(FixtureSite.text(report))")
        let renderer = SiteRenderer(site: site, dependencies: OutputDependencies(site: site, buildKey: "test", settingsFingerprint: 0,
                                                                                sourceHashes: [:]))
        let contexts = await PageContexts(collection: site.collection, urls: site.urls, strings: site.strings,
                                          contentPathInRepo: site.contentPathInRepo, hasSearchPage: renderer.hasSearchPage)
        var pages = 0
        for planned in await renderer.plan() {
            guard case .page(let recipe) = planned.content else { continue }
            let page = recipe.context(in: contexts)
            var fast = StableHasher(), reference = StableHasher()
            page.fold(into: &fast)
            Self.walk(page, into: &reference)
            #expect(fast.value == reference.value, "\(planned.path)")
            pages += 1
        }
        #expect(pages > 5)
    }

    /// Every key of a context through `child(named:)`, nested contexts and list items walked the
    /// same way (shared contexts and the strings table fold as they do in the build).
    static func walk(_ context: any TemplateParent, into hasher: inout StableHasher) {
        guard let keyed = context as? any TemplateContext else { return context.fold(into: &hasher) }
        for key in type(of: keyed).keys {
            hasher.combine(key)
            walk(context.child(named: key), into: &hasher)
        }
    }

    static func walk(_ value: TemplateValue?, into hasher: inout StableHasher) {
        guard let value else { return hasher.combine(UInt8(0)) }
        switch value {
        case .context(let parent):
            hasher.combine(UInt8(5))
            walk(parent, into: &hasher)
        case .list(let list):
            hasher.combine(UInt8(6))
            hasher.combine(Int64(list.count))
            for index in 0..<list.count {
                guard case .context(let item) = list.value(at: index) else { continue }
                walk(item, into: &hasher)
            }
        default:
            TemplateValue.fold(value, into: &hasher)
        }
    }

    /// A context of every kind of value a template reads.
    struct Sample: TemplateContext {
        var title = "Заголовок"
        var count = 3
        var flag = false
        var authors = ["А", "Б"]
        var next: TitledLink? = TitledLink(title: "Дальше", url: "/next/")
        var tags = [TagLink(name: "llm", title: "LLM", url: "/tags/llm/")]

        static let fields = TemplateFields<Self>([
            "title": { .text($0.title) },
            "count": { .number($0.count) },
            "flag": { .flag($0.flag) },
            "authors": { .texts($0.authors) },
            "next": { $0.next.map { .context($0) } },
            "tags": { .list($0.tags) },
        ])

        var key: UInt64 {
            var hasher = StableHasher()
            fold(into: &hasher)
            return hasher.value
        }
    }

    /// Changing any one value a template can read moves the key, an absent value included.
    @Test func anyOneValueATemplateReadsMovesTheKey() {
        let base = Sample()
        let changes: [(String, (inout Sample) -> Void)] = [
            ("title", { $0.title = "Другой" }), ("count", { $0.count = 4 }), ("flag", { $0.flag = true }),
            ("authors", { $0.authors = ["А"] }), ("authors order", { $0.authors = ["Б", "А"] }),
            ("next title", { $0.next?.title = "Иначе" }), ("next absent", { $0.next = nil }),
            ("tag title", { $0.tags[0].title = "Большие модели" }), ("no tags", { $0.tags = [] }),
        ]
        var keys: Set<UInt64> = [base.key]
        for (name, change) in changes {
            var changed = base
            change(&changed)
            #expect(keys.insert(changed.key).inserted, "\(name)")
        }
        #expect(Sample().key == base.key, "the key is a function of the values")
    }
}
