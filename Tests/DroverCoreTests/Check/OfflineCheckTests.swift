import Foundation
import Testing
@testable import DroverCore

/// A new user's first `drover check --external` on a machine with no network: every URL is
/// `unreachable` with a note saying the machine looks offline, and nothing of it may be cached,
/// or the next run would call good links broken from the cache.
@Suite("drover check --external with no network", .serialized, .timeLimit(.minutes(2)))
struct OfflineCheckTests {
    @Test func twoOfflineRunsGiveTheSameWarningsAndCacheNothing() async throws {
        let site = try FixtureSite()
        // No server is given: every host name is unknown at once, as with no route to any host.
        let first = await site.check()
        let second = await site.check()
        for report in [first, second] {
            #expect(report.links.contains { $0.result.linkClass == .unreachable })
            #expect(!report.links.contains { $0.result.linkClass == .broken })
            #expect(report.notes.contains(ExternalLinkChecker.offlineNote))
            #expect(report.problems.allSatisfy { $0.severity == .warning })
        }
        #expect(second.links.allSatisfy { !$0.result.fromCache })
        // The same warnings at the same places; only which URL of a host went first (and so
        // carries no "not asked again") may differ between runs.
        func places(_ report: CheckReport) -> [String] {
            report.problems.map { "\($0.place): \($0.severity.rawValue): \($0.message.prefix { $0 != "—" })" }
        }
        #expect(places(first) == places(second))
        let cache = LinkCheckCache.load(path: site.root.appendingPathComponent(".drover/linkcheck.json").path)
        #expect(cache.cache.records.isEmpty)
    }

    @Test func everyReportFormatCarriesTheOfflineNote() async throws {
        let report = await try FixtureSite().check()
        for format in [CheckFormat.text, .json, .github, .junit] {
            #expect(format.render(report, color: false).contains("is this machine offline?"), "\(format)")
        }
    }
}
