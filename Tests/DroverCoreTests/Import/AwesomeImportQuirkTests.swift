import Foundation
import Testing
@testable import DroverCore

/// One fixture README per quirk of real awesome lists; each golden file holds the report
/// and every file the import wrote, and the imported folder must pass the strict build.
@Suite struct AwesomeImportQuirkTests {
    static let quirks = ["separators", "by-author", "several-links", "badges-and-stars", "no-description", "nested-items",
                         "grouping-items", "deep-sections", "table-of-contents", "html-snippets", "duplicate-links"]

    @Test(arguments: quirks) func quirkGivesTheExpectedEntriesAndReport(_ name: String) async throws {
        let run = try await ImportRun(readme: ImportRun.fixture(name))
        defer { run.remove() }
        try Golden.check(run.snapshot, against: "import/\(name)/expected.txt")
        let build = await run.build()
        // An item the list gave no description keeps import's placeholder, which the strict build
        // refuses until someone writes one (PlaceholderText); nothing else may be wrong.
        let unfinished = build.diagnostics.all.filter { $0.message.hasPrefix("the description is still the placeholder drover import wrote") }
        #expect(unfinished.count == run.report.entriesWithoutDescription, "\(FixtureSite.text(build))")
        #expect(build.diagnostics.all.count == unfinished.count, "\(FixtureSite.text(build))")
        #expect(build.succeeded == unfinished.isEmpty)
    }

    /// Every link of the README has a line in the report: none is dropped without one.
    @Test(arguments: quirks) func everyLinkIsAccountedFor(_ name: String) async throws {
        let run = try await ImportRun(readme: ImportRun.fixture(name))
        defer { run.remove() }
        let text = try String(contentsOfFile: ImportRun.fixture(name), encoding: .utf8)
        let markdownLinks = text.matches(of: #/\]\(([^)\s]+)/#).map { String($0.output.1) }
        let htmlLinks = HTMLLinks.all(in: text).map(\.url)
        let reported = run.report.lines.map(\.target)
        for link in markdownLinks + htmlLinks {
            #expect(reported.contains(link), "\(link) has no line in the report")
        }
    }

    @Test func separatorsAllGiveTheDescription() async throws {
        let run = try await ImportRun(readme: ImportRun.fixture("separators"))
        defer { run.remove() }
        let bodies = run.files.filter { $0.key.hasPrefix("tools/") && !$0.key.hasSuffix("_block.md") }
            .mapValues { $0.components(separatedBy: "---\n").last!.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(bodies["tools/en-dash.md"] == "An en dash.")
        #expect(bodies["tools/em-dash.md"] == "An em dash.")
        #expect(bodies["tools/double-hyphen.md"] == "Two hyphens.")
        #expect(bodies["tools/colon.md"] == "A colon.")
        #expect(bodies["tools/nothing.md"] == "a description with no separator at all.")
        #expect(bodies["tools/comma.md"] == "a comma instead.")
        #expect(bodies["tools/dash-inside.md"] == "Fast - and small.")
        #expect(run.report.exitCode == 0)
    }

    @Test func authorsBeforeTheDashGoToAuthors() async throws {
        let run = try await ImportRun(readme: ImportRun.fixture("by-author"))
        defer { run.remove() }
        #expect(run.files["books/deep-learning.md"]?.contains("authors: [\"Ian Goodfellow\", \"Yoshua Bengio\", \"Aaron Courville\"]\n") == true)
        #expect(run.files["books/the-hundred-page-ml-book.md"]?.contains("authors: [\"Andriy Burkov\"]\n") == true)
        #expect(run.files["books/linked-author.md"]?.contains("[Jane Doe](https://jane.example)") == true)
        #expect(run.files["books/only-author.md"]?.contains("authors: [\"John Roe\"]\n") == true)
    }

    @Test func badgesAndStarCountsAreDropped() async throws {
        let run = try await ImportRun(readme: ImportRun.fixture("badges-and-stars"))
        defer { run.remove() }
        for (path, text) in run.files where path.hasPrefix("tools/") {
            #expect(!text.contains("shields.io") && !text.contains("⭐") && !text.contains("★") && !text.contains("stars)"), "\(path): \(text)")
        }
        #expect(run.files["site.yml"]?.contains("title: \"Awesome Badges\"\n") == true)
        let badges = run.report.lines.filter { $0.outcome == .ignored("badge") }.map(\.target)
        #expect(badges.contains("https://img.shields.io/github/stars/acme/starry"))
        #expect(badges.contains("https://npmjs.com/package/shiny"))
    }

    @Test func nestedItemsKeepTheirParentsTags() async throws {
        let run = try await ImportRun(readme: ImportRun.fixture("nested-items"))
        defer { run.remove() }
        for slug in ["django", "django-rest-framework", "drf-spectacular", "flask"] {
            #expect(run.files["frameworks/\(slug).md"]?.contains("tags: [\"web\"]\n") == true, "\(slug)")
        }
    }

    @Test func groupingItemsBecomeTags() async throws {
        let run = try await ImportRun(readme: ImportRun.fixture("grouping-items"))
        defer { run.remove() }
        #expect(run.files["libraries/numpy.md"]?.contains("tags: [\"python\"]\n") == true)
        #expect(run.files["libraries/d3.md"]?.contains("tags: [\"javascript\", \"charts\"]\n") == true)
        #expect(run.files["libraries/standalone.md"]?.contains("tags: [\"libraries\"]\n") == true)
        #expect(run.files["tags.yml"]?.contains("charts:\n  title: \"Charts\"\n") == true)
    }

    @Test func duplicatesAreMergedIntoTheFirstEntry() async throws {
        let run = try await ImportRun(readme: ImportRun.fixture("duplicate-links"))
        defer { run.remove() }
        let neovim = try #require(run.files["editors/neovim.md"])
        // It stays in its own section: the other section's tag would put it under a heading of
        // that section inside its own in an exported README.
        #expect(neovim.contains("tags: [\"editors\"]\n"))
        #expect(neovim.contains("Also runs in the terminal. Works over [SSH](https://www.openssh.com)."))
        #expect(run.files.keys.filter { $0.hasPrefix("terminal-tools/") }.isEmpty)
        #expect(run.report.lines.contains { $0.outcome == .merged(into: "editors/neovim.md", firstLine: 7, otherSection: "Terminal Tools") })
    }
}
