import Foundation
import Testing
@testable import DroverCore

/// `drover review` on the review fixture: one entry for each reason, and entries that must stay
/// out of the queue (checked recently, a paper or book however old, a repository pushed to).
@Suite struct ReviewQueueTests {
    static let fixture = FixtureSite.fixtures.appendingPathComponent("review")
    static let today = ISODate("2026-12-08")!

    static func queue(cache: String = "linkcheck.json") async throws -> ReviewQueue {
        let (queue, diagnostics, problem) = await ReviewQueue.load(content: fixture.appendingPathComponent("content").path,
                                                                   cachePath: fixture.appendingPathComponent(cache).path, today: today)
        #expect(diagnostics.all.isEmpty, "\(diagnostics.sorted)")
        #expect(problem == nil)
        return try #require(queue)
    }

    @Test func queuesEachEntryForItsReasonMostUrgentFirst() async throws {
        let queue = try await Self.queue()
        let seen = queue.items.map { "\(($0.file as NSString).lastPathComponent) \($0.reasons.map(\.kind.rawValue).joined(separator: ","))" }
        #expect(seen == [
            "broken-article.md broken",
            "withdrawn-paper.md withdrawn",
            "soft-course.md soft-404",
            "archived-tool.md archived",
            "moved-article.md moved",
            "blocked-video.md blocked",
            "dormant-tool.md dormant",
            "newer-paper.md newer-version",
            "old-article.md overdue",
            "stale-channel.md overdue",
            "small-dataset.md overdue",
        ])
    }

    @Test func leavesOutFreshEntriesAndTypesThatNeverExpire() async throws {
        let files = try await Self.queue().items.map { ($0.file as NSString).lastPathComponent }
        for calm in ["fresh-channel.md", "fresh-tool.md", "old-paper.md", "old-book.md"] {
            #expect(!files.contains(calm), "\(calm) should not be queued")
        }
    }

    @Test func ageReasonsSayHowLongAndWhatTheTypeAllows() async throws {
        let items = try await Self.queue().items
        let channel = try #require(items.first { $0.file.hasSuffix("stale-channel.md") })
        #expect(channel.reasons.map(\.text) == ["not checked for 332 days (added 2026-01-10); a channel allows 180"])
        // site.yml shortens datasets to 30 days.
        let dataset = try #require(items.first { $0.file.hasSuffix("small-dataset.md") })
        #expect(dataset.reasons.map(\.text) == ["not checked for 68 days (added 2026-10-01); a dataset allows 30"])
        let article = try #require(items.first { $0.file.hasSuffix("old-article.md") })
        #expect(article.reasons.map(\.text) == ["not checked for 1072 days (added 2024-01-01); an article allows 540"])
    }

    @Test func cacheReasonsSayTheDayTheLinkCheckSawThemEvenWhenExpired() async throws {
        let items = try await Self.queue().items
        let broken = try #require(items.first { $0.file.hasSuffix("broken-article.md") })
        #expect(broken.reasons.map(\.text) == ["the link is broken: 404 Not Found (seen 2026-10-20)"])
        let paper = try #require(items.first { $0.file.hasSuffix("newer-paper.md") })
        #expect(paper.reasons.map(\.text) == ["a newer version exists: this links v1, and v5 is the latest (seen 2026-12-01)"])
        let dormant = try #require(items.first { $0.file.hasSuffix("dormant-tool.md") })
        #expect(dormant.reasons.map(\.text) == ["no push to the repository since 2023-05-04 (seen 2026-12-03)"])
    }

    @Test func aRepositoryPushedToWithinTwoYearsIsNotDormant() throws {
        let pushed = LinkCheckCache.Record(result: result(facts: ["pushed_at": "2024-12-09T00:00:00Z"]),
                                           checked: Date(timeIntervalSince1970: 0), expires: Date(timeIntervalSince1970: 0))
        #expect(ReviewQueue.reasons(from: pushed, today: Self.today).isEmpty)
        let older = LinkCheckCache.Record(result: result(facts: ["pushed_at": "2024-12-07T00:00:00Z"]),
                                          checked: Date(timeIntervalSince1970: 0), expires: Date(timeIntervalSince1970: 0))
        #expect(ReviewQueue.reasons(from: older, today: Self.today).map(\.kind) == [.dormant])
    }

    private func result(facts: [String: String]) -> LinkResult {
        var result = LinkResult(.ok, status: 200, detail: "the repository exists")
        result.checkedBy = "github"
        result.facts = facts
        return result
    }

    @Test func withoutACacheOnlyAgesCount() async throws {
        let queue = try await Self.queue(cache: "no-such-cache.json")
        #expect(queue.items.map { ($0.file as NSString).lastPathComponent } == ["old-article.md", "stale-channel.md", "small-dataset.md"])
    }

    @Test func markdownChecklistMatchesGolden() async throws {
        try Golden.check(ReviewReport.render(try await Self.queue(), as: .markdown), against: "review/expected.md")
    }

    @Test func textReportMatchesGolden() async throws {
        // Files as a run in the fixture's folder names them, not where this checkout lives.
        let text = ReviewReport.render(try await Self.queue(), as: .text).replacingOccurrences(of: Self.fixture.path + "/", with: "")
        try Golden.check(text, against: "review/expected.txt")
    }

    @Test func jsonReportCarriesEveryItemWithItsReasons() async throws {
        let json = ReviewReport.render(try await Self.queue(), as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["today"] as? String == "2026-12-08")
        let entries = try #require(object["entries"] as? [[String: Any]])
        #expect(entries.count == 11)
        #expect(entries[0]["page"] as? String == "https://example.org/collection/sources/broken-article/")
        #expect(entries[0]["edit"] as? String == "https://github.com/example/collection/edit/main/content/sources/broken-article.md")
        let reasons = try #require(entries[0]["reasons"] as? [[String: Any]])
        #expect(reasons[0]["kind"] as? String == "broken")
        #expect(reasons[0]["seen"] as? String == "2026-10-20")
    }

    @Test func emptyQueueSaysSoInTextAndIsEmptyInMarkdown() {
        let queue = ReviewQueue(today: Self.today, items: [])
        #expect(ReviewReport.render(queue, as: .text) == "nothing to review on 2026-12-08\n")
        #expect(ReviewReport.render(queue, as: .markdown) == "")
    }
}
