import Foundation
import Testing

/// `drover check` as CI runs it: exit codes, formats and the cache file, on copies of the fixtures.
@Suite struct CheckCommandTests {
    typealias CLI = DroverCLITests

    @Test func offlineCheckOfAGoodSiteExitsZeroWithASummary() throws {
        let root = try CLI.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try CLI.run(["check", "--offline"], in: root)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("external URLs not requested: no problems"), "\(run.stdout)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/index.html").path))
    }

    @Test func aBrokenInternalLinkFailsWithItsMarkdownLine() throws {
        let root = try CLI.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let config = root.appendingPathComponent("content/site.yml")
        try (String(contentsOf: config, encoding: .utf8) + "unsafe_html: true\n").write(to: config, atomically: true, encoding: .utf8)
        let entry = root.appendingPathComponent("content/research/alignment-primer.md")
        try (String(contentsOf: entry, encoding: .utf8) + "\n<a href=\"../../nowhere/\">x</a>\n").write(to: entry, atomically: true, encoding: .utf8)
        let run = try CLI.run(["check", "--offline", "--format", "github"], in: root)
        #expect(run.status == 1)
        #expect(run.stdout.contains("::error file=content/research/alignment-primer.md,line="), "\(run.stdout)")
        #expect(run.stdout.contains("reaches no file of the site"))
    }

    @Test func aBuildWarningIsShownAndFailsOnlyUnderStrict() throws {
        let root = try CLI.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let entry = root.appendingPathComponent("content/research/alignment-primer.md")
        let text = try String(contentsOf: entry, encoding: .utf8)
        try text.replacingOccurrences(of: "\ntitle:", with: "\ncolour: red\ntitle:").write(to: entry, atomically: true, encoding: .utf8)
        let relaxed = try CLI.run(["check", "--offline"], in: root)
        #expect(relaxed.status == 0, "\(relaxed.stdout)\(relaxed.stderr)")
        #expect(relaxed.stdout.contains("unknown field 'colour'"), "\(relaxed.stdout)")
        let strict = try CLI.run(["check", "--offline", "--strict"], in: root)
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("unknown field 'colour'"), "the report on standard output carries the build's diagnostics")
    }

    @Test func contradictoryFlagsAndUnknownFormatsAreUsageErrors() throws {
        let root = try CLI.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let both = try CLI.run(["check", "--external", "--offline"], in: root)
        #expect(both.status == 2)
        #expect(both.stderr.contains("--external and --offline contradict each other"))
        let format = try CLI.run(["check", "--format", "xml"], in: root)
        #expect(format.status == 2)
        let fixOffline = try CLI.run(["check", "--fix", "--offline"], in: root)
        #expect(fixOffline.status == 2)
        #expect(fixOffline.stderr.contains("--fix needs the external check"))
        let dryRun = try CLI.run(["check", "--dry-run"], in: root)
        #expect(dryRun.status == 2)
        #expect(dryRun.stderr.contains("--dry-run only makes sense with --fix"))
        let resolve = try CLI.run(["check", "--offline", "--resolve", "github.com=localhost:80"], in: root)
        #expect(resolve.status == 2)
        #expect(resolve.stderr.contains("--resolve: cannot read the resolve rule 'github.com=localhost:80'"), "\(resolve.stderr)")
    }

    @Test func aBadResolveRuleInSiteYmlNamesTheFileAndExitsTwo() throws {
        let root = try CLI.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let config = root.appendingPathComponent("content/site.yml")
        try (String(contentsOf: config, encoding: .utf8) + "check:\n  resolve: [\"github.com\"]\n").write(to: config, atomically: true, encoding: .utf8)
        let run = try CLI.run(["check", "--offline"], in: root)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stdout.contains("content/site.yml"), "\(run.stdout)")
        #expect(run.stdout.contains("write it as HOST=ADDRESS:PORT"), "\(run.stdout)")
    }

    @Test func aBadCheckSettingExitsTwo() throws {
        let root = try CLI.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let config = root.appendingPathComponent("content/site.yml")
        try (String(contentsOf: config, encoding: .utf8) + "check:\n  connections: none\n").write(to: config, atomically: true, encoding: .utf8)
        let run = try CLI.run(["check", "--offline"], in: root)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stdout.contains("content/site.yml"), "\(run.stdout)")
        #expect(run.stdout.contains("'connections' must be a whole number"))
    }

    @Test func contentErrorsStopTheCheckWithExitOne() throws {
        let root = try CLI.makeSite(extra: ("content/research/broken.md", "---\ntitle: x\n---\n"))
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try CLI.run(["check", "--offline"], in: root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("check stopped: the build failed"))
    }

    @Test func onlyNamesFilesWithOrWithoutDotSlash() throws {
        let root = try CLI.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["content/research/gpts-are-gpts.md", "./content/research/gpts-are-gpts.md"] {
            let run = try CLI.run(["check", "--offline", "--format", "json", "--only", name], in: root)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let urls = try #require(json["urls"] as? [[String: Any]])
            #expect(urls.map { $0["url"] as? String } == ["https://arxiv.org/abs/2303.10130"], "\(name)")
        }
    }

    @Test func jsonOutputListsEveryExternalURLAsSkippedOffline() throws {
        let root = try CLI.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try CLI.run(["check", "--offline", "--format", "json"], in: root)
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let urls = try #require(json["urls"] as? [[String: Any]])
        #expect(!urls.isEmpty)
        #expect(urls.allSatisfy { $0["class"] as? String == "skipped" && $0["detail"] as? String == "offline" })
        #expect(urls.allSatisfy { ($0["sources"] as? [[String: Any]])?.isEmpty == false })
    }
}
