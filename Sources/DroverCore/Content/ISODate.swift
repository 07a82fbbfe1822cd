/// A calendar date written as `YYYY-MM-DD` in entries' front matter.
///
/// Dates have no time or time zone on purpose: "added on 1 May" must not turn
/// into 30 April on a build machine west of Greenwich. All formatting is done
/// by hand with fixed names, never with locale-dependent formatters or
/// `Calendar`, so output is identical on every machine. (Dates as readers see
/// them come from the translation tables: `InterfaceStrings.date`.)
public struct ISODate: Comparable, Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Parses exactly `YYYY-MM-DD` (ten ASCII characters, zero-padded) naming a
    /// real date in the proleptic Gregorian calendar, years 0001–9999.
    /// "2024-5-1", "2024-05-01T10:00", " 2024-05-01" and "2023-02-29" are nil.
    /// The date `text` most likely means when written another common way: `12.03.2024` (day
    /// first, as Russian writes it), `25/03/2024` (day first, since no month is 25), `2024/03/12`
    /// and `2024.3.12` or `2024-3-12` (year first). Nil when it is no such date, or when day and month could be
    /// either way round (`03/04/2024`).
    static func likelyMeant(_ text: String) -> ISODate? {
        guard let (year, month, day) = writtenParts(text) else { return nil }
        return ISODate(year: year, month: month, day: day)
    }

    /// Why a date written with its parts in a known order (`2024-02-30`, `30.02.2024`) is no day
    /// of the calendar, e.g. "February 2024 has 29 days"; nil when it is one, or not such a date.
    static func calendarProblem(_ text: String) -> String? {
        guard let (year, month, day) = writtenParts(text), ISODate(year: year, month: month, day: day) == nil else { return nil }
        guard (1...12).contains(month) else { return "there is no month \(month); months go from 01 to 12" }
        guard (1...9999).contains(year) else { return "the year must have four digits" }
        return "\(monthNames[month - 1]) \(year) has \(daysIn(month: month, year: year)) days"
    }

    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                     "October", "November", "December"]

    /// Year, month and day of a date written as `2024-02-30`, `2024/4/1` or `30.02.2024` (day
    /// first, as Russian writes it; with slashes only when the day is over 12), whether or not the
    /// day exists.
    private static func writtenParts(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let parts = text.split(whereSeparator: { $0 == "." || $0 == "/" || $0 == "-" }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) }),
              let first = Int(parts[0]), let second = Int(parts[1]), let third = Int(parts[2]) else { return nil }
        if parts[0].count == 4 { return (first, second, third) }
        guard parts[2].count == 4, !text.contains("-") else { return nil }
        let dayFirst = text.contains(".") || first > 12
        guard dayFirst, !(text.contains("/") && second > 12) else { return nil }
        return (third, second, first)
    }

    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
            return nil
        }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
            return nil
        }
        self.init(year: year, month: month, day: day)
    }

    /// A date from its parts, or nil if it does not exist (years 1–9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...ISODate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (lhs: ISODate, rhs: ISODate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// "2024-05-01".
    public var description: String { w3c }

    /// "2024-05-01": the W3C date format sitemaps and Atom accept.
    public var w3c: String {
        "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))"
    }

    /// "Wed, 01 May 2024 00:00:00 +0000": RSS 2.0's `pubDate`, at midnight UTC.
    public var rfc822: String {
        let weekday = Self.weekdayNames[weekdayIndex]
        let monthName = Self.englishMonths[month - 1]
        return "\(weekday), \(Self.padded(day, 2)) \(monthName) \(Self.padded(year, 4)) 00:00:00 +0000"
    }

    /// Days since 1970-01-01 (negative before it).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil: exact integer arithmetic, no tables.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9  // March = 0
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `days` after 1970-01-01: the inverse of `daysSinceEpoch` (nil outside years 1–9999), for days that come
    /// as instants (the link check's cache, today's date), always in UTC.
    public init?(daysSinceEpoch days: Int) {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: dayOfYear - (153 * shiftedMonth + 2) / 5 + 1)
    }

    /// 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday (4).
    private var weekdayIndex: Int {
        let days = daysSinceEpoch
        return ((days % 7) + 7 + 4) % 7
    }

    private static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let englishMonths = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
}
