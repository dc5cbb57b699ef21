import Foundation

/// A date on a wall calendar (2026-12-24), without a time or a zone: holidays, "by Friday",
/// a due date in the customer's own calendar.
public struct LocalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The local date of `date` in `timeZone`.
    public init(_ date: Date, in timeZone: TimeZone) {
        self.init(date, in: Self.calendar(timeZone))
    }

    init(_ date: Date, in calendar: Calendar) {
        let seconds = date.timeIntervalSince1970
        if Self.arithmeticSpan.contains(seconds) {
            // The zone's offset at that instant puts it on the wall clock; the rest is counting days.
            let local = seconds + Double(calendar.timeZone.secondsFromGMT(for: date))
            self.init(daysSinceEpoch: Int((local / 86_400).rounded(.down)))
            return
        }
        let components = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: components.year ?? 1970, month: components.month ?? 1, day: components.day ?? 1)
    }

    /// Instants (1601 to the end of 9997) whose dates are computed by counting days in the proleptic
    /// Gregorian calendar instead of asking `Calendar`: business calendars step through days
    /// for every message ingested, and `Calendar` calls were most of that time. Outside this
    /// span (before the Gregorian reform, where `Calendar` switches to Julian dates) `Calendar`
    /// answers as before.
    static let arithmeticSpan: ClosedRange<TimeInterval> = -11_644_473_600...253_339_228_800

    /// Years whose dates `adding(days:)` and `weekday` count by arithmetic (see `arithmeticSpan`).
    private static let arithmeticYears = 1601...9998

    /// The date `days` days after 1970-01-01 (before it when negative).
    init(daysSinceEpoch days: Int) {
        // Howard Hinnant's civil_from_days: eras of 400 years, years starting in March.
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// Days since 1970-01-01 (negative before it); an out-of-range day rolls over into the
    /// next month as `Calendar` would (February 30 is March 2 or 1).
    var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let marchYear = month <= 2 ? year - 1 : year
        let era = (marchYear >= 0 ? marchYear : marchYear - 399) / 400
        let yearOfEra = marchYear - era * 400
        let monthFromMarch = (month + 9) % 12
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Reads "2026-12-24".
    public init?(iso text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        self.init(year: year, month: month, day: day)
        guard start(in: TimeZone(identifier: "UTC")!).map({ LocalDate($0, in: TimeZone(identifier: "UTC")!) }) == self else { return nil }
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    /// The next day.
    public var next: LocalDate { adding(days: 1) }

    public func adding(days: Int) -> LocalDate {
        if Self.arithmeticYears.contains(year), (1...12).contains(month) {
            return LocalDate(daysSinceEpoch: daysSinceEpoch + days)
        }
        let utc = TimeZone(identifier: "UTC")!
        guard let start = start(in: utc) else { return self }
        return LocalDate(start.addingTimeInterval(TimeInterval(days) * 86_400 + 3600), in: utc)
    }

    /// Local midnight of this date in `timeZone` (or the first instant of the day, where a
    /// daylight-saving change skips midnight).
    public func start(in timeZone: TimeZone) -> Date? { start(in: Self.calendar(timeZone)) }

    /// The weekday in `Calendar` numbering (1 = Sunday … 7 = Saturday).
    public func weekday(in timeZone: TimeZone) -> Int { weekday(in: Self.calendar(timeZone)) }

    func start(in calendar: Calendar) -> Date? {
        calendar.date(from: DateComponents(year: year, month: month, day: day))
    }

    func weekday(in calendar: Calendar) -> Int {
        if Self.arithmeticYears.contains(year), (1...12).contains(month), (1...31).contains(day) {
            // 1970-01-01 was a Thursday (5 when Sunday is 1); a date's weekday is the same in every zone.
            let fromThursday = (daysSinceEpoch % 7 + 7) % 7
            return (fromThursday + 4) % 7 + 1
        }
        guard let start = start(in: calendar) else { return 1 }
        return calendar.component(.weekday, from: start)
    }

    /// The instant `minutes` after the start of this day on the wall clock (1440 is the next
    /// midnight), honouring daylight-saving changes.
    func instant(minutes: Int, in calendar: Calendar) -> Date? {
        if minutes >= 1440 { return next.start(in: calendar) }
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: minutes / 60, minute: minutes % 60))
    }

    static func calendar(_ timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
