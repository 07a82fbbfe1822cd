import Foundation
import Testing
@testable import DroverCore

/// Incremental builds: what the previous build kept is reused, and the output is always
/// byte-identical to a clean build of the same input.
@Suite("Incremental builds")
struct IncrementalBuildTests {
    /// A clean build of the site's current content into a folder of its own.
    static func cleanBuild(of site: FixtureSite, drafts: Bool = false) async -> [String: Data] {
        let output = site.root.appendingPathComponent("clean-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let report = await Build.run(BuildOptions(contentDirectory: site.content, themeDirectory: site.theme, outputDirectory: output,
                                                  includeDrafts: drafts, clean: true))
        #expect(report.succeeded, "\(FixtureSite.text(report))")
        return FixtureSite.files(under: output)
    }

    @Test func aBuildWithNothingChangedReadsTheSourcesAndStops() async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        let first = await site.build()
        #expect(first.succeeded && first.clean)
        let before = site.outputFiles()
        let second = await site.build()
        #expect(second.succeeded && second.nothingChanged)
        #expect(second.filesWritten == 0 && second.pagesRendered == 0)
        #expect(site.outputFiles() == before)
    }

    @Test func editingTheEndOfOneBodyRendersOnlyItsPageAndWritesOnlyFilesWhoseBytesChange() async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        // A body longer than a card's excerpt, so that its end shows on its own page and in feeds only.
        let path = "content/research/alignment-primer.md"
        let long = String(repeating: "Длинное вступление о выравнивании моделей. ", count: 8)
        try site.write(try #require(site.read(path)) + "\n" + long + "\n", to: path)
        #expect(await site.build().succeeded)
        let before = site.outputFiles()
        try site.write(try #require(site.read(path)) + "\nЕщё одна фраза.\n", to: path)
        let report = await site.build()
        #expect(report.succeeded && !report.clean)
        // Two block files and four entry files (a draft among them): all but the edited one reused.
        #expect(report.sourcesReused == 5)
        // Only the entry's own page has the end of its body among its inputs: its cards, and so
        // its lists, show the start of it, and its neighbours only its title.
        #expect(report.renderedPages == ["research/alignment-primer/index.html"])
        let after = site.outputFiles()
        let changed = Set(after.keys.filter { after[$0] != before[$0] })
        #expect(changed.contains("research/alignment-primer/index.html"))
        #expect(changed.isSubset(of: ["research/alignment-primer/index.html", "feed.xml", "research/feed.xml",
                                       "tags/llm/feed.xml", "tags/neiroseti/feed.xml", "tags/mashinnoe-obuchenie/feed.xml"]),
                "\(changed.sorted())")
        #expect(report.filesWritten == changed.count)
        #expect(after == (await Self.cleanBuild(of: site)))
    }

    @Test func aLinkBrokenByAnEditElsewhereIsFoundThoughItsBodyIsUnchanged() async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        // alignment-primer links to gpts-are-gpts#главные-цифры; only gpts-are-gpts changes.
        let target = "content/research/gpts-are-gpts.md"
        let original = try #require(site.read(target))
        try site.write(original.replacingOccurrences(of: "## Главные цифры", with: "## Цифры"), to: target)
        let renamed = await site.build()
        #expect(!renamed.succeeded)
        #expect(FixtureSite.text(renamed).contains("alignment-primer.md:12:"), "\(FixtureSite.text(renamed))")
        try site.write(original, to: target)
        #expect(await site.build().succeeded)
        // Its own broken link, in a body edited while nothing it can point at changed.
        let entry = "content/research/alignment-primer.md"
        try site.write(try #require(site.read(entry)) + "\nСм. [нет такого](missing.md).\n", to: entry)
        let broken = await site.build()
        #expect(!broken.succeeded && FixtureSite.text(broken).contains("missing.md"))
    }

    /// Random edits of the sources, of the build's options and of what the previous build left
    /// (hand edits of the output, damage, a killed build's leftovers), a few hundred steps in
    /// all: after each, the incremental build equals a clean one byte for byte, and the
    /// hand-kept pre-filter left no page alone whose derived key moved (see `ContextKey`).
    @Test(arguments: Array(UInt64(1)...12))
    func anySequenceOfEditsGivesTheCleanBuildsBytes(seed: UInt64) async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        var editor = SiteEditor(site: site, seed: seed)
        // Two entries a page: the fixture's lists have two or three entries, so new, deleted,
        // moved and redated entries keep crossing page boundaries.
        try editor.setSitePageSize(2)
        #expect(await Build.run(editor.options(output: site.output)).succeeded)
        var history: [String] = []
        for step in 0..<25 {
            let edit = try editor.applyRandomEdit()
            var options = editor.options(output: site.output)
            options.verifyOutputKeys = true
            let report = await Build.run(options)
            try #require(report.succeeded, "seed \(seed), step \(step) (\(edit)): \(FixtureSite.text(report))")
            try #require(report.missedByOutputFilter.isEmpty, """
                seed \(seed), step \(step) (\(edit)), after \(history): the pre-filter kept \(report.missedByOutputFilter)
                """)
            let expected = await Self.cleanBuild(editor.options(output: site.root.appendingPathComponent("clean-\(step)").path))
            let actual = site.outputFiles()
            let differing = Set(actual.keys).union(expected.keys).filter { actual[$0] != expected[$0] }.sorted()
            try #require(differing.isEmpty, """
                seed \(seed), step \(step) (\(edit)), after \(history): \(differing); \
                first difference: \(differing.first.map { Self.firstDifference(actual[$0], expected[$0]) } ?? "")
                """)
            history.append(edit)
        }
    }

    /// A clean build with `options` into their output, read and removed.
    static func cleanBuild(_ options: BuildOptions) async -> [String: Data] {
        var options = options
        options.clean = true
        defer { try? FileManager.default.removeItem(atPath: options.outputDirectory) }
        let report = await Build.run(options)
        #expect(report.succeeded, "\(FixtureSite.text(report))")
        return FixtureSite.files(under: options.outputDirectory)
    }

    /// Where two versions of a file part, with some bytes of each, for a failure message.
    static func firstDifference(_ actual: Data?, _ expected: Data?) -> String {
        guard let actual, let expected else { return actual == nil ? "missing in the incremental build" : "missing in the clean build" }
        let a = [UInt8](actual), e = [UInt8](expected)
        let index = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
        func around(_ bytes: [UInt8]) -> String {
            String(decoding: bytes[max(0, index - 60)..<min(bytes.count, index + 120)], as: UTF8.self)
        }
        return "at byte \(index) of \(a.count)/\(e.count): incremental «\(around(a))» clean «\(around(e))»"
    }

    @Test func aFailedIncrementalBuildLeavesTheSiteAndItsManifestAsTheyWere() async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let before = site.outputFiles()
        let manifest = BuildManifest.path(forOutput: site.output)
        let manifestBefore = FileManager.default.contents(atPath: manifest)
        try site.write("---\ntitle: \"Без ссылки\"\ntype: article\ntags: [llm]\nadded: 2024-01-01\n---\nТекст.\n",
                       to: "content/research/broken.md")
        #expect(await !site.build().succeeded)
        #expect(site.outputFiles() == before)
        #expect(FileManager.default.contents(atPath: manifest) == manifestBefore)
        try FileManager.default.removeItem(atPath: site.content + "/research/broken.md")
        let fixed = await site.build()
        #expect(fixed.succeeded && fixed.nothingChanged)
    }

    @Test(arguments: ["corrupt", "truncated", "missing"])
    func aDamagedManifestMeansACleanBuild(damage: String) async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let path = BuildManifest.path(forOutput: site.output)
        var bytes = try #require(FileManager.default.contents(atPath: path))
        switch damage {
        case "corrupt": bytes.replaceSubrange(40..<60, with: Data(repeating: 0xFF, count: 20))
        case "truncated": bytes = bytes.prefix(bytes.count / 2)
        default: try FileManager.default.removeItem(atPath: path)
        }
        if damage != "missing" { try bytes.write(to: URL(fileURLWithPath: path)) }
        try site.write(try #require(site.read("content/research/alignment-primer.md")) + "\nПравка.\n",
                       to: "content/research/alignment-primer.md")
        let report = await site.build()
        #expect(report.succeeded && report.clean)
        #expect(site.outputFiles() == (await Self.cleanBuild(of: site)))
        #expect(report.notes.count == (damage == "missing" ? 0 : 1), "\(report.notes)")
    }

    /// A store cut short under a manifest that points past its end, or filled with garbage, is
    /// never mapped or trusted: the build parses its sources again and says so.
    @Test(arguments: ["truncated", "garbage", "missing"])
    func aDamagedStoreCostsAParseNotACrash(damage: String) async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let path = SourceStore.path(forOutput: site.output)
        let bytes = try #require(FileManager.default.contents(atPath: path))
        switch damage {
        case "truncated": try bytes.prefix(bytes.count / 3).write(to: URL(fileURLWithPath: path))
        case "garbage": try Data(repeating: 0xA5, count: bytes.count).write(to: URL(fileURLWithPath: path))
        default: try FileManager.default.removeItem(atPath: path)
        }
        try site.write(try #require(site.read("content/research/alignment-primer.md")) + "\nПравка.\n",
                       to: "content/research/alignment-primer.md")
        let report = await site.build()
        #expect(report.succeeded && report.sourcesReused == 0)
        #expect(report.notes.contains { $0.contains("missing or damaged") }, "\(report.notes)")
        #expect(site.outputFiles() == (await Self.cleanBuild(of: site)))
    }

    @Test func filesChangedOrDeletedInTheOutputByHandAreWrittenAgain() async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let expected = site.outputFiles()
        try FileManager.default.removeItem(atPath: site.output + "/research/index.html")
        try site.write("changed by hand", to: "site/tags/index.html")
        let report = await site.build()
        #expect(report.succeeded && !report.nothingChanged)
        #expect(site.outputFiles() == expected)
    }

    /// A block's introduction is one of the inputs every page shares (the navigation shows
    /// blocks), so the pre-filter lets every page through; only the block's own page has a
    /// context that changed, and only its template runs.
    @Test func onlyPagesWhoseContextChangedAreRendered() async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let path = "content/research/_block.md"
        try site.write(try #require(site.read(path)) + "\nЕщё одна фраза введения.\n", to: path)
        var options = BuildOptions(contentDirectory: site.content, themeDirectory: site.theme, outputDirectory: site.output)
        options.verifyOutputKeys = true
        let report = await Build.run(options)
        #expect(report.succeeded && report.missedByOutputFilter.isEmpty)
        #expect(report.renderedPages == ["research/index.html"])
        #expect(site.outputFiles() == (await Self.cleanBuild(of: site)))
    }

    /// Reproduces a report: a page edited by hand to the same size survived every later build,
    /// since outputs were compared by size. A second case sets the file's modification time
    /// back, as a tool that pins times would; its change time still tells.
    @Test(arguments: [false, true])
    func aFileEditedByHandToTheSameSizeIsWrittenAgain(pinningItsTime: Bool) async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let expected = site.outputFiles()
        let path = site.output + "/tags/index.html"
        let original = try #require(expected["tags/index.html"])
        let modified = try #require(FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
        var edited = original
        edited[edited.count / 2] = edited[edited.count / 2] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
        try edited.write(to: URL(fileURLWithPath: path))
        if pinningItsTime { try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path) }

        let report = await site.build()
        #expect(report.succeeded && !report.nothingChanged)
        #expect(report.filesWritten == 1)
        #expect(site.outputFiles() == expected)
        let again = await site.build()
        #expect(again.nothingChanged, "the rewritten file is recorded as it now is")
    }

    @Test func buildsIntoMemoryMatchCleanBuildsOnDiskAndWriteNothing() async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        let (memory, initialOptions) = site.memoryBuild()
        var options = initialOptions
        var editor = SiteEditor(site: site, seed: 42)
        for step in 0..<8 {
            let report = await Build.run(options)
            try #require(report.succeeded, "step \(step): \(FixtureSite.text(report))")
            let files = Dictionary(uniqueKeysWithValues: memory.paths.map { ($0, Data(memory.file(at: $0)!)) })
            #expect(files == (await Self.cleanBuild(editor.options(output: site.root.appendingPathComponent("clean").path))), "step \(step)")
            #expect(!FileManager.default.fileExists(atPath: site.output))
            _ = try editor.applyRandomEdit()
            options = editor.options(output: site.output)
            options.memory = memory
        }
        #expect(await Build.run(options).succeeded)
        let generation = memory.generation
        let again = await Build.run(options)
        #expect(again.succeeded && again.nothingChanged)
        #expect(memory.generation == generation, "a build that changes nothing does not make pages reload")
    }

    @Test func aSecondBuildIntoTheSameOutputWaitsForTheFirst() async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        // Hold the output as another build would, and let a build start.
        var held: OutputLock? = try await OutputLock(output: site.output) { _ in }
        let (waiting, announce) = AsyncStream<String>.makeStream()
        var options = BuildOptions(contentDirectory: site.content, themeDirectory: site.theme, outputDirectory: site.output)
        options.waitingForOutput = { holder in announce.yield(holder) }
        let build = Task { await Build.run(options) }
        var iterator = waiting.makeAsyncIterator()
        let holder = await iterator.next()
        #expect(holder == "process \(ProcessInfo.processInfo.processIdentifier)")
        #expect(!FileManager.default.fileExists(atPath: site.output), "nothing is written while another build holds the output")
        _ = held
        held = nil
        let report = await build.value
        #expect(report.succeeded)
        #expect(site.outputFiles() == (await Self.cleanBuild(of: site)))
    }
}

/// Applies random but valid edits to a fixture site: bodies, titles, dates, tags, weights, new,
/// deleted and moved entries, drafts, blocks' sort_by, tags.yml, site.yml, page sizes, templates and CSS; the build's
/// options (the content folder's name, the base URL, drafts, the language); and what the previous
/// build left (its files edited or deleted by hand, its manifest or store damaged, a killed build's
/// leftovers).
struct SiteEditor {
    let site: FixtureSite
    private var random: SplitMix64
    private var added: [String] = []
    private(set) var drafts = false
    /// The content folder's name under the site's root (`--content`).
    private(set) var contentFolder = "content"
    private(set) var baseURL: String?

    init(site: FixtureSite, seed: UInt64) {
        self.site = site
        random = SplitMix64(seed: seed)
    }

    /// The options of a build of the site as the edits left it, into `output`.
    func options(output: String) -> BuildOptions {
        BuildOptions(contentDirectory: site.root.appendingPathComponent(contentFolder).path, themeDirectory: site.theme,
                     outputDirectory: output, baseURL: baseURL, includeDrafts: drafts)
    }

    /// Entries no other file links to, which can be retitled, moved and deleted freely.
    private static let freeEntries = ["research/alignment-primer.md"]

    private var content: String { contentFolder + "/" }

    mutating func applyRandomEdit() throws -> String {
        switch random.next(below: 24) {
        case 0:
            let path = try pick(["research/gpts-are-gpts.md", "prompting/prompt-guide.md"] + Self.freeEntries + added)
            try append("\nАбзац \(random.next(below: 1000)).\n", to: content + path)
            return "body of \(path)"
        case 1:
            let path = try pick(Self.freeEntries + added)
            try replaceLine(starting: "title:", with: "title: \"Заголовок \(random.next(below: 1000))\"", in: content + path)
            return "title of \(path)"
        case 2:
            let block = try pick(["research", "prompting"])
            let slug = "new-\(random.next(below: 100_000))"
            let day = 10 + random.next(below: 18)
            let tags = try pick(["[llm]", "[llm, нейросети]", "[новый тег, llm]", "[Машинное обучение]"])
            try site.write("""
                ---
                title: "Новый материал \(slug)"
                url: https://example.com/\(slug)
                type: article
                tags: \(tags)
                added: 2024-02-\(day)
                ---
                Текст материала со ссылкой на [гайд](../prompting/prompt-guide.md).
                """, to: "\(content)\(block)/\(slug).md")
            added.append("\(block)/\(slug).md")
            return "new entry \(block)/\(slug)"
        case 3:
            guard let path = added.popLast() else { return "nothing to delete" }
            try FileManager.default.removeItem(atPath: folder(path))
            return "deleted \(path)"
        case 4:
            guard let path = added.popLast() else { return "nothing to move" }
            let target = (path.hasPrefix("research/") ? "prompting/" : "research/") + path.split(separator: "/")[1]
            try FileManager.default.moveItem(atPath: folder(path), toPath: folder(target))
            added.append(target)
            return "moved \(path) to \(target)"
        case 5:
            guard let path = added.last else { return "no entry to draft" }
            let text = try #require(site.read(content + path))
            let toggled = text.contains("\ndraft: true\n") ? text.replacingOccurrences(of: "\ndraft: true\n", with: "\n")
                : text.replacingOccurrences(of: "\ntype:", with: "\ndraft: true\ntype:")
            try site.write(toggled, to: content + path)
            return "draft toggled on \(path)"
        case 6:
            drafts.toggle()
            return "--drafts \(drafts ? "on" : "off")"
        case 7:
            try replaceLine(starting: "  title: \"LLM", with: "  title: \"LLM \(random.next(below: 100))\"", in: content + "tags.yml")
            return "a tag's title in tags.yml"
        case 8:
            try replaceLine(starting: "description:", with: "description: \"Описание \(random.next(below: 100))\"", in: content + "site.yml")
            return "site.yml's description"
        case 9:
            try append("\n<!-- \(random.next(below: 1000)) -->\n", to: "theme/templates/footer.mustache")
            return "a template"
        case 10:
            try append("\n/* \(random.next(below: 1000)) */\n", to: "theme/static/style.css")
            return "the stylesheet"
        case 12:
            let size = random.next(below: 4)
            try setSitePageSize(size)
            return "site.yml's per_page \(size)"
        case 13:
            let block = try pick(["research", "prompting"])
            let size = random.next(below: 4)
            let path = "\(content)\(block)/_block.md"
            let lines = try #require(site.read(path)).split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("per_page:") }.map(String.init)
            let order = try #require(lines.firstIndex { $0.hasPrefix("order:") })
            var edited = lines
            if size > 0 { edited.insert("per_page: \(size - 1)", at: order + 1) }
            try site.write(edited.joined(separator: "\n"), to: path)
            return size > 0 ? "\(block)'s per_page \(size - 1)" : "\(block) without its own per_page"
        case 14:
            let moved = contentFolder == "content" ? "docs" : "content"
            try FileManager.default.moveItem(at: site.root.appendingPathComponent(contentFolder), to: site.root.appendingPathComponent(moved))
            contentFolder = moved
            return "the content folder moved to \(moved)/"
        case 15:
            baseURL = baseURL == nil ? "https://mirror.example.net/preview/" : nil
            return "--base-url \(baseURL ?? "off")"
        case 16:
            let language = try #require(site.read(content + "site.yml")).contains("\nlanguage: ru") ? "en" : "ru"
            try replaceLine(starting: "language:", with: "language: \(language)", in: content + "site.yml")
            return "the site's language switched to \(language)"
        case 17:
            guard let path = try pickOutputFile() else { return "no output to edit" }
            let file = site.output + "/" + path
            var bytes = try #require(FileManager.default.contents(atPath: file))
            guard !bytes.isEmpty else { return "an empty output" }
            let modified = try FileManager.default.attributesOfItem(atPath: file)[.modificationDate]
            let index = random.next(below: bytes.count)
            bytes[index] = bytes[index] == UInt8(ascii: "#") ? UInt8(ascii: "%") : UInt8(ascii: "#")
            try bytes.write(to: URL(fileURLWithPath: file))
            let pinned = random.next(below: 2) == 0
            if pinned, let modified { try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: file) }
            return "\(path) edited by hand to the same size\(pinned ? ", its time set back" : "")"
        case 18:
            guard let path = try pickOutputFile() else { return "no output to delete" }
            try FileManager.default.removeItem(atPath: site.output + "/" + path)
            return "\(path) deleted by hand"
        case 19:
            let path = try pick([SourceStore.path(forOutput: site.output), BuildManifest.path(forOutput: site.output)])
            guard var bytes = FileManager.default.contents(atPath: path), bytes.count > 64 else { return "nothing to damage" }
            if random.next(below: 2) == 0 {
                bytes = bytes.prefix(random.next(below: bytes.count))
            } else {
                let start = random.next(below: bytes.count - 16)
                bytes.replaceSubrange(start..<start + 16, with: Data(repeating: 0xA5, count: 16))
            }
            try bytes.write(to: URL(fileURLWithPath: path))
            return "\((path as NSString).lastPathComponent) damaged"
        case 20:
            // What a build killed while putting files in place leaves: no manifest (it goes first),
            // a file half written, pending files and a staging folder beside the site.
            guard FileManager.default.fileExists(atPath: site.output) else { return "no site to kill a build in" }
            try? FileManager.default.removeItem(atPath: BuildManifest.path(forOutput: site.output))
            if let path = try pickOutputFile(), let bytes = FileManager.default.contents(atPath: site.output + "/" + path) {
                try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: site.output + "/" + path))
            }
            try Data("half".utf8).write(to: URL(fileURLWithPath: site.output + "/index.html" + InPlaceOutput.pendingSuffix))
            let staging = site.root.appendingPathComponent(".site.drover-staging/research")
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
            try Data("old".utf8).write(to: staging.appendingPathComponent("index.html"))
            return "a build killed while swapping"
        case 22:
            // Weights move entries within their block: pages, slices, neighbours and its feed.
            let path = try pick(["research/gpts-are-gpts.md", "prompting/prompt-guide.md"] + Self.freeEntries + added)
            let weight = random.next(below: 4)
            try setField("weight", to: weight == 0 ? nil : "\(weight - 1)", after: "type:", in: content + path)
            return weight == 0 ? "no weight on \(path)" : "weight \(weight - 1) on \(path)"
        case 23:
            let block = try pick(["research", "prompting"])
            let order = try pick([nil] + ListOrder.allCases.map { $0.rawValue as String? })
            try setField("sort_by", to: order, after: "order:", in: "\(content)\(block)/_block.md")
            return "\(block)'s sort_by \(order ?? "left out")"
        default:
            let path = try pick(Self.freeEntries + added)
            try replaceLine(starting: "added:", with: "added: 2023-0\(1 + random.next(below: 9))-\(10 + random.next(below: 18))", in: content + path)
            return "date of \(path)"
        }
    }

    /// Sets a front matter field on the line after the one starting with `anchor`, or removes it (nil).
    func setField(_ key: String, to value: String?, after anchor: String, in path: String) throws {
        let lines = try #require(site.read(path)).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("\(key):") }.map(String.init)
        var edited = lines
        if let value, let line = lines.firstIndex(where: { $0.hasPrefix(anchor) }) { edited.insert("\(key): \(value)", at: line + 1) }
        try site.write(edited.joined(separator: "\n"), to: path)
    }

    /// Sets (or adds) site.yml's `pagination.per_page`.
    func setSitePageSize(_ size: Int) throws {
        let path = content + "site.yml"
        if try #require(site.read(path)).contains("\n  per_page:") {
            try replaceLine(starting: "  per_page:", with: "  per_page: \(size)", in: path)
        } else {
            try append("\npagination:\n  per_page: \(size)\n", to: path)
        }
    }

    private func folder(_ sourcePath: String) -> String {
        site.root.appendingPathComponent(content + sourcePath).path
    }

    /// One file of the built site, chosen at random; nil when there is none.
    private mutating func pickOutputFile() throws -> String? {
        let files = FixtureSite.files(under: site.output).keys.sorted()
        return files.isEmpty ? nil : files[random.next(below: files.count)]
    }

    private mutating func pick<T>(_ values: [T]) throws -> T {
        values[random.next(below: values.count)]
    }

    private func append(_ text: String, to path: String) throws {
        try site.write(try #require(site.read(path)) + text, to: path)
    }

    private func replaceLine(starting prefix: String, with line: String, in path: String) throws {
        let lines = try #require(site.read(path)).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(lines.firstIndex { $0.hasPrefix(prefix) }, "\(path) has no line starting \(prefix)")
        var edited = lines
        edited[index] = line
        try site.write(edited.joined(separator: "\n"), to: path)
    }
}

/// A small deterministic generator, so a failing sequence of edits can be replayed from its seed.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
