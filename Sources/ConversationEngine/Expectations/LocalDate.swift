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
        let components = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: components.year ?? 1970, month: components.month ?? 1, day: components.day ?? 1)
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
