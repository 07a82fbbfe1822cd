import Foundation
import Testing

/// `drover review` end to end: the queue's exit code (0 empty, 1 not, 2 usage or configuration),
/// the formats on standard output, and `--checked` rewriting one line of a file.
@Suite struct ReviewCommandTests {
    /// A copy of the review fixture: its content and its link-check cache where `check` keeps it.
    static func makeSite() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("drover-review-\(UUID().uuidString)")
        let fixture = DroverCLITests.fixtures.appendingPathComponent("review")
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".drover"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixture.appendingPathComponent("content"), to: root.appendingPathComponent("content"))
        try FileManager.default.copyItem(at: fixture.appendingPathComponent("linkcheck.json"),
                                         to: root.appendingPathComponent(".drover/linkcheck.json"))
        return root
    }

    @Test func aQueueWithEntriesExitsOneAndPrintsTheChecklist() throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try DroverCLITests.run(["review", "--format", "markdown", "--today", "2026-12-08"], in: root)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        let expected = try String(contentsOf: DroverCLITests.fixtures.appendingPathComponent("review/expected.md"), encoding: .utf8)
        #expect(run.stdout == expected)
    }

    @Test func anEmptyQueueExitsZero() throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        // The day after the oldest entry that can expire was added nothing is old, and without the cache nothing else counts.
        try FileManager.default.removeItem(at: root.appendingPathComponent(".drover/linkcheck.json"))
        let run = try DroverCLITests.run(["review", "--today", "2024-01-02"], in: root)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout == "nothing to review on 2024-01-02\n")
    }

    @Test(arguments: [["review", "--format", "html"], ["review", "--today", "8.12.2026"], ["review", "--content", "no-such-folder"]])
    func usageAndConfigurationErrorsExitTwo(arguments: [String]) throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try DroverCLITests.run(arguments, in: root)
        #expect(run.status == 2, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func aBadReviewSettingIsAConfigurationError() throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let siteYML = root.appendingPathComponent("content/site.yml")
        let text = try String(contentsOf: siteYML, encoding: .utf8).replacingOccurrences(of: "dataset: 30", with: "dataset: soon")
        try text.write(to: siteYML, atomically: true, encoding: .utf8)
        let run = try DroverCLITests.run(["review", "--today", "2026-12-08"], in: root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("content/site.yml:8:14: error: 'review.max_age.dataset' must be a number of days (1 or more) or never"))
    }

    @Test func checkedSetsUpdatedTodayAndTakesTheEntryOffTheQueue() throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("content/sources/stale-channel.md")
        let before = try String(contentsOf: file, encoding: .utf8)
        let run = try DroverCLITests.run(["review", "--checked", "content/sources/stale-channel.md", "--today", "2026-12-08"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "content/sources/stale-channel.md: updated: 2026-12-08\n")
        let after = try String(contentsOf: file, encoding: .utf8)
        #expect(after == before.replacingOccurrences(of: "added: 2026-01-10\n", with: "added: 2026-01-10\nupdated: 2026-12-08\n"))
        let queue = try DroverCLITests.run(["review", "--format", "json", "--today", "2026-12-08"], in: root)
        #expect(queue.status == 1)
        #expect(!queue.stdout.contains("stale-channel"))
    }

    @Test func checkedReportsAFileThatIsNoEntryAndExitsTwo() throws {
        let root = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let notes = root.appendingPathComponent("notes.md")
        try "# Notes\n".write(to: notes, atomically: true, encoding: .utf8)
        let run = try DroverCLITests.run(["review", "--checked", "notes.md", "missing.md"], in: root)
        #expect(run.status == 2)
        #expect(run.stderr == "error: notes.md: has no front matter between --- lines, so it is not an entry\nerror: missing.md: cannot be read\n")
        #expect(try String(contentsOf: notes, encoding: .utf8) == "# Notes\n")
    }
}
