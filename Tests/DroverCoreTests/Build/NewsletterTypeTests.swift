import Foundation
import Testing
@testable import DroverCore

/// Newsletters (e-mail digests) are their own resource type, not channels.
@Suite struct NewsletterTypeTests {
    @Test func aNewsletterEntryShowsItsOwnBadge() async throws {
        let site = try FixtureSite(theme: "real")
        defer { site.remove() }
        try site.write("---\ntitle: Рассылка\nurl: https://example.com/letter\ntype: newsletter\ntags: [llm]\nadded: 2024-01-01\n---\nПисьмо раз в неделю.\n",
                       to: "content/research/letter.md")
        let report = await site.build(strict: true)
        #expect(report.succeeded, "\(FixtureSite.text(report))")
        let page = try #require(site.read("site/research/letter/index.html"))
        #expect(page.contains("<span class=\"badge badge--newsletter\">Рассылка</span>"))
    }
}
