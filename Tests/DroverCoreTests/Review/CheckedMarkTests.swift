import Testing
@testable import DroverCore

/// `drover review --checked`: `updated:` set to today, every other byte kept.
@Suite struct CheckedMarkTests {
    static let today = ISODate("2026-12-08")!

    static func mark(_ text: String) -> Result<String, CheckedMark.Problem> {
        CheckedMark.apply(to: Array(text.utf8), today: today).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func replacesTheUpdatedLineAndNothingElse() {
        let before = "---\ntitle: \"T\"  # a comment\nadded: 2024-01-01\nupdated:   2025-02-02\ntags: [a]\n---\nBody with updated: 1999-01-01\n"
        #expect(Self.mark(before) == .success(before.replacingOccurrences(of: "updated:   2025-02-02", with: "updated: 2026-12-08")))
    }

    @Test func addsTheLineAfterAddedWhenThereIsNone() {
        let before = "---\ntitle: T\nadded: 2024-01-01\ntags: [a]\n---\nBody\n"
        #expect(Self.mark(before) == .success("---\ntitle: T\nadded: 2024-01-01\nupdated: 2026-12-08\ntags: [a]\n---\nBody\n"))
    }

    @Test func keepsWindowsLineEndingsAndAByteOrderMark() {
        let before = "\u{FEFF}---\r\ntitle: T\r\nadded: 2024-01-01\r\n---\r\nBody\r\n"
        #expect(Self.mark(before) == .success("\u{FEFF}---\r\ntitle: T\r\nadded: 2024-01-01\r\nupdated: 2026-12-08\r\n---\r\nBody\r\n"))
    }

    @Test func withoutAddedTheLineGoesBeforeTheClosingFence() {
        #expect(Self.mark("---\ntitle: T\n---\n") == .success("---\ntitle: T\nupdated: 2026-12-08\n---\n"))
    }

    @Test func aNestedKeyCalledUpdatedIsNotTheEntrysField() {
        let before = "---\ntitle: T\nadded: 2024-01-01\nextra:\n  updated: 2020-01-01\n---\n"
        #expect(Self.mark(before) == .success("---\ntitle: T\nadded: 2024-01-01\nupdated: 2026-12-08\nextra:\n  updated: 2020-01-01\n---\n"))
    }

    @Test func refusesFilesWithoutFrontMatterOrWithTwoUpdatedLines() {
        #expect(Self.mark("# Just Markdown\n") == .failure(.noFrontMatter))
        #expect(Self.mark("---\ntitle: T\n") == .failure(.noFrontMatter))
        #expect(Self.mark("---\nupdated: 2020-01-01\nupdated: 2021-01-01\n---\n") == .failure(.repeatedUpdated(lines: [2, 3])))
    }

    @Test func daysSinceEpochRoundTrips() {
        for days in stride(from: -800_000, through: 2_900_000, by: 97) {
            guard let date = ISODate(daysSinceEpoch: days) else { continue }
            #expect(date.daysSinceEpoch == days)
        }
        #expect(ISODate(daysSinceEpoch: 0) == ISODate("1970-01-01"))
        #expect(ISODate(daysSinceEpoch: 20_795) == ISODate("2026-12-08"))
        #expect(ISODate(daysSinceEpoch: 19_782) == ISODate("2024-02-29"))
    }
}
