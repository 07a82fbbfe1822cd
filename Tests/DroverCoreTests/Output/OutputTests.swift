import Foundation
import Testing
@testable import DroverCore

/// What a successful build writes: the golden site, byte-identical on every run, swapped in atomically.
@Suite struct OutputTests {
    @Test func theValidFixtureRendersExactlyTheGoldenSite() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let files = site.outputFiles()
        let goldenRoot = FixtureSite.fixtures.appendingPathComponent("valid/expected-site")
        if Golden.updating {
            try? FileManager.default.removeItem(at: goldenRoot)
        }
        for (path, data) in files {
            try Golden.check(String(decoding: data, as: UTF8.self), against: "valid/expected-site/\(path)")
        }
        let goldenFiles = Set(FileManager.default.enumerator(atPath: goldenRoot.path)?.allObjects as? [String] ?? [])
            .filter { !$0.hasSuffix("/") && (try? goldenRoot.appendingPathComponent($0).resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == false }
        #expect(Set(files.keys) == goldenFiles, "the site has exactly the golden files")
    }

    @Test func theSiteHasEveryPageTheFormatPromises() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let files = Set(site.outputFiles().keys)
        for path in ["index.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt", "style.css",
                     "research/index.html", "research/feed.xml", "research/gpts-are-gpts/index.html",
                     "prompting/prompt-guide/index.html", "tags/index.html", "tags/neiroseti/index.html",
                     "tags/neiroseti/feed.xml", "tags/llm/index.html", "tags/mashinnoe-obuchenie/index.html"] {
            #expect(files.contains(path), "missing \(path)")
        }
        #expect(!files.contains("prompting/draft-notes/index.html"), "drafts are left out by default")
    }

    @Test func twoBuildsOfTheSameInputAreByteIdentical() async throws {
        let first = try FixtureSite()
        let second = try FixtureSite()
        defer { first.remove(); second.remove() }
        #expect(await first.build().succeeded)
        #expect(await second.build().succeeded)
        #expect(first.outputFiles() == second.outputFiles())
    }

    @Test func aRebuildOfUnchangedInputRewritesNoFile() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let first = await site.build()
        let second = await site.build()
        #expect(second.succeeded)
        #expect(second.filesWritten == 0)
        #expect(second.filesUnchanged == first.filesWritten)
    }

    @Test func aFailedBuildLeavesThePreviousSiteExactlyAsItWas() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let before = site.outputFiles()
        try site.write("---\ntitle: broken\n", to: "content/research/broken.md")
        let report = await site.build()
        #expect(!report.succeeded)
        #expect(site.outputFiles() == before)
        // What the successful build kept for the next one stays; nothing else is left behind, the lock neither.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("drover") }
        #expect(leftovers.sorted() == [".site.drover-manifest", ".site.drover-sources"], "no staging folder or lock is left behind: \(leftovers)")
    }

    /// Issue 24: a first build that failed left `.site.drover-lock` beside a site it never made.
    @Test func aFailedFirstBuildLeavesNothingBesideTheOutput() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.write("---\ntitle: broken\n", to: "content/research/broken.md")
        #expect(!(await site.build()).succeeded)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("drover") || $0 == "site" }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func filesThatNoLongerBelongToTheSiteDisappear() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        #expect(await site.build().succeeded)
        try site.write("stale", to: "site/old-page/index.html")
        try FileManager.default.removeItem(atPath: site.content + "/research/alignment-primer.md")
        #expect(await site.build().succeeded)
        let files = site.outputFiles()
        #expect(files["old-page/index.html"] == nil)
        #expect(files["research/alignment-primer/index.html"] == nil)
        #expect(files["research/gpts-are-gpts/index.html"] != nil)
    }

    @Test func draftsAreBuiltWhenAskedFor() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        #expect(await site.build(drafts: true).succeeded)
        #expect(site.outputFiles()["prompting/draft-notes/index.html"] != nil)
    }

    @Test func aBaseURLOverrideMovesEveryLink() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        #expect(await site.build(baseURL: "http://localhost:8000/").succeeded)
        let home = try #require(site.read("site/index.html"))
        #expect(home.contains("href=\"/research/\""))
        #expect(!home.contains("\"/collection/"))
        let feed = try #require(site.read("site/feed.xml"))
        #expect(feed.contains("<link>http://localhost:8000/</link>"))
    }

    @Test func relativeLinksAreRewrittenToSiteURLsWithTheBasePath() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        #expect(await site.build().succeeded)
        let page = try #require(site.read("site/research/gpts-are-gpts/index.html"))
        #expect(page.contains("href=\"/collection/prompting/prompt-guide/#%D0%BA%D0%B0%D0%BA-%D0%BD%D0%B0%D1%87%D0%B0%D1%82%D1%8C\"")
                || page.contains("href=\"/collection/prompting/prompt-guide/#как-начать\""))
        let block = try #require(site.read("site/research/index.html"))
        #expect(block.contains("href=\"/collection/research/gpts-are-gpts/\""))
        #expect(block.contains("href=\"/collection/prompting/\""))
        #expect(block.contains("href=\"/collection/tags/neiroseti/\""))
        let feed = try #require(site.read("site/feed.xml"))
        #expect(feed.contains("https://example.org/collection/research/gpts-are-gpts/#"), "feed links are absolute")
    }

    @Test func theOutputFolderCannotBeTheContentFolder() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let report = await Build.run(BuildOptions(contentDirectory: site.content, themeDirectory: site.theme, outputDirectory: site.root.path))
        #expect(!report.succeeded)
        #expect(FileManager.default.fileExists(atPath: site.content + "/site.yml"))
        #expect(report.diagnostics.all.contains { $0.message.contains("would contain the content folder") })
    }
}
