import Testing
@testable import DroverCore

@Suite("ISODate")
struct ISODateTests {
    @Test("A real date in YYYY-MM-DD form is parsed")
    func aRealDateIsParsed() throws {
        let date = try #require(ISODate("2024-05-01"))
        #expect(date.year == 2024)
        #expect(date.month == 5)
        #expect(date.day == 1)
        #expect(date.description == "2024-05-01")
        #expect(date.w3c == "2024-05-01")
    }

    @Test("Leap days exist only in leap years")
    func leapDaysExistOnlyInLeapYears() {
        #expect(ISODate("2024-02-29") != nil)
        #expect(ISODate("2000-02-29") != nil)
        #expect(ISODate("2023-02-29") == nil)
        #expect(ISODate("1900-02-29") == nil)
    }

    @Test("Anything but an exact real YYYY-MM-DD is rejected", arguments: [
        "2023-13-01", "2023-00-10", "2023-04-31", "2023-01-00", "2023-01-32", "May 2024",
        "2024-5-1", "2024-05-1", "", " 2024-05-01", "2024-05-01 ", "2024-05-01T00:00",
        "2024/05/01", "20240501", "0000-01-01", "+024-05-01", "2024-０5-01", "２０２４-05-01",
    ])
    func anythingButAnExactRealDateIsRejected(text: String) {
        #expect(ISODate(text) == nil)
    }

    @Test("RFC 822 dates have English names and a computed weekday", arguments: [
        ("2024-05-01", "Wed, 01 May 2024 00:00:00 +0000"),
        ("1970-01-01", "Thu, 01 Jan 1970 00:00:00 +0000"),
        ("1969-12-31", "Wed, 31 Dec 1969 00:00:00 +0000"),
        ("2000-02-29", "Tue, 29 Feb 2000 00:00:00 +0000"),
        ("2024-12-31", "Tue, 31 Dec 2024 00:00:00 +0000"),
        ("2026-11-26", "Thu, 26 Nov 2026 00:00:00 +0000"),
        ("1900-01-01", "Mon, 01 Jan 1900 00:00:00 +0000"),
        ("0001-01-01", "Mon, 01 Jan 0001 00:00:00 +0000"),
    ])
    func rfc822DatesHaveEnglishNamesAndAComputedWeekday(text: String, expected: String) throws {
        #expect(try #require(ISODate(text)).rfc822 == expected)
    }

    @Test("Dates order chronologically and compare by value")
    func datesOrderChronologically() {
        let texts = ["2024-05-01", "2023-12-31", "2024-01-15", "2024-05-02"]
        let sorted = texts.compactMap(ISODate.init).sorted().map(\.description)
        #expect(sorted == ["2023-12-31", "2024-01-15", "2024-05-01", "2024-05-02"])
        #expect(ISODate("2024-05-01") == ISODate(year: 2024, month: 5, day: 1))
        #expect(Set([ISODate("2024-05-01"), ISODate("2024-05-01")]).count == 1)
    }

    @Test("Days since the epoch are consecutive across month and year ends")
    func daysSinceTheEpochAreConsecutive() {
        #expect(ISODate("1970-01-01")?.daysSinceEpoch == 0)
        #expect(ISODate("2000-03-01")!.daysSinceEpoch - ISODate("2000-02-28")!.daysSinceEpoch == 2)
        #expect(ISODate("2025-01-01")!.daysSinceEpoch - ISODate("2024-01-01")!.daysSinceEpoch == 366)
        #expect(ISODate("2024-05-01")?.daysSinceEpoch == 19_844)
    }

    @Test("A date written another common way is recognised, to suggest the ISO form")
    func otherSpellingsSuggestTheISOForm() {
        #expect(ISODate.likelyMeant("12.03.2024")?.description == "2024-03-12", "day first with dots, as Russian writes it")
        #expect(ISODate.likelyMeant("1.3.2024")?.description == "2024-03-01")
        #expect(ISODate.likelyMeant("25/03/2024")?.description == "2024-03-25", "no month is 25")
        #expect(ISODate.likelyMeant("2024/04/01")?.description == "2024-04-01")
        #expect(ISODate.likelyMeant("2024.4.1")?.description == "2024-04-01")
        #expect(ISODate.likelyMeant("03/04/2024") == nil, "day and month could be either way round")
        #expect(ISODate.likelyMeant("31.02.2024") == nil, "no such date")
        #expect(ISODate.likelyMeant("May 2024") == nil)
        #expect(ISODate.likelyMeant("12.03.24") == nil, "a two-digit year is not guessed")
        #expect(ISODate.likelyMeant("2024-4-1")?.description == "2024-04-01", "the ISO order without its zeros")
        #expect(ISODate.likelyMeant("01-04-2024") == nil, "day first with dashes is no common way")
    }

    @Test func aDateThatIsNoDaySaysWhy() {
        #expect(ISODate.calendarProblem("31.02.2024") == "February 2024 has 29 days")
        #expect(ISODate.calendarProblem("2023-02-29") == "February 2023 has 28 days")
        #expect(ISODate.calendarProblem("2024-13-01") == "there is no month 13; months go from 01 to 12")
        #expect(ISODate.calendarProblem("2024-02-29") == nil, "a real day")
        #expect(ISODate.calendarProblem("May 2024") == nil)
    }
}
