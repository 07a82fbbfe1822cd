import Foundation
import Testing
@testable import DroverCore

/// One fixture per class of bad input: the build must fail, leave nothing behind, and print
/// exactly the diagnostics in the case's expected.txt (file:line:col, message, fix).
/// Regenerate with DROVER_UPDATE_GOLDEN=1 after reviewing the change.
@Suite struct BuildDiagnosticsTests {
    static let failingCases = [
        "not-utf8", "front-matter-missing", "front-matter-unterminated", "invalid-yaml", "missing-field",
        "wrong-type", "bad-url", "invalid-date", "unknown-type-level", "bad-slug", "duplicate-url",
        "tag-slug-clash", "broken-links", "site-config", "renamed-level", "pagination", "misspelled-field",
    ]

    @Test(arguments: failingCases)
    func badInputFailsWithExactDiagnostics(_ name: String) async throws {
        let site = try FixtureSite(overlay: name)
        defer { site.remove() }
        let report = await site.build()
        #expect(!report.succeeded)
        #expect(report.diagnostics.errorCount > 0)
        #expect(!FileManager.default.fileExists(atPath: site.output), "a failed build must not create the output")
        try Golden.check(FixtureSite.text(report) + "\n", against: "errors/\(name)/expected.txt")
    }

    @Test func warningsAloneStillBuildButFailUnderStrict() async throws {
        let site = try FixtureSite(overlay: "warnings")
        defer { site.remove() }
        let report = await site.build()
        #expect(report.succeeded)
        #expect(report.diagnostics.errorCount == 0)
        try Golden.check(FixtureSite.text(report) + "\n", against: "errors/warnings/expected.txt")

        let strict = await site.build(strict: true)
        #expect(!strict.succeeded)
        #expect(strict.diagnostics.warningCount == 0, "under --strict every warning is reported as an error")
        #expect(strict.diagnostics.errorCount == report.diagnostics.warningCount)
    }

    @Test func anInvalidDateIsReportedAtItsValueWithTheExpectedForm() async throws {
        let site = try FixtureSite(overlay: "invalid-date")
        defer { site.remove() }
        let lines = FixtureSite.text(await site.build()).split(separator: "\n").map(String.init)
        #expect(lines.contains("content/research/dates.md:6:8: error: 'added' must be a date like 2024-05-01, found \"May 2024\""))
        #expect(lines.contains("content/research/dates.md:7:10: error: 'updated' must be a date like 2024-05-01, found \"2024-02-30\"; February 2024 has 29 days"))
    }

    @Test func aNearMissBlockInALinkSuggestsTheRealPath() async throws {
        let site = try FixtureSite(overlay: "broken-links")
        defer { site.remove() }
        let text = FixtureSite.text(await site.build())
        #expect(text.contains("content/prompting/links.md:9:55: error: link '../promting/prompt-guide.md' points at promting/prompt-guide.md, which does not exist; did you mean 'prompt-guide.md'?"))
    }

    @Test func aFileWithFrontMatterErrorsStillHasItsLinksChecked() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.write("---\ntitle: x\nurl: https://example.com/x\ntype: article\ntags: [llm]\nadded: 2026-13-01\n---\nСм. [гайд](prompt-guide.md#нет).\n",
                       to: "content/prompting/new.md")
        #expect(FixtureSite.text(await site.build()) == """
            content/prompting/new.md:6:8: error: 'added' must be a date like 2024-05-01, found "2026-13-01"; there is no month 13; months go from 01 to 12
            content/prompting/new.md:8:5: error: heading '#нет' does not exist in prompting/prompt-guide.md
            """)
    }

    @Test func aLinkToAFileThatFailedToParseIsNotReportedButAMisspeltOneIsSuggestedIt() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let paper = try #require(site.read("content/research/gpts-are-gpts.md"))
        try site.write(paper.replacingOccurrences(of: "type: paper", with: "type: papr"), to: "content/research/gpts-are-gpts.md")
        let intro = try #require(site.read("content/research/_block.md"))
        try site.write(intro.replacingOccurrences(of: "(gpts-are-gpts.md)", with: "(gpts-are-gpt.md)"), to: "content/research/_block.md")
        let text = FixtureSite.text(await site.build())
        #expect(text.contains("content/research/_block.md:7:11: error: link 'gpts-are-gpt.md' points at research/gpts-are-gpt.md, which does not exist; did you mean 'gpts-are-gpts.md'?"))
        #expect(!text.contains("alignment-primer.md:"), "links to the unparsable entry are not reported again")
    }

    @Test func theValidFixtureBuildsWithoutAnyDiagnostic() async throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let report = await site.build()
        #expect(report.succeeded)
        #expect(report.diagnostics.all.isEmpty, "\(FixtureSite.text(report))")
        #expect(report.entries == 3)
        #expect(report.tags == 3)
    }
}
