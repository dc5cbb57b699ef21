import Foundation

/// When a team works: weekly opening hours in the team's time zone, minus holidays.
///
/// SLA targets such as "email within 8 business hours" only mean something against such a
/// calendar: a mail that arrives on Friday at 17:00 for a team that works 09:00–18:00 is due
/// on Monday at 16:00, not on Saturday at 01:00. Days are laid out in the calendar's own zone
/// with `Calendar`, so daylight-saving changes move the opening times with the clock on the wall.
///
/// ```swift
/// let seoul = BusinessCalendar(timeZone: TimeZone(identifier: "Asia/Seoul")!,
///                              weekdays: [.monday, .tuesday, .wednesday, .thursday, .friday],
///                              hours: [BusinessCalendar.Interval(start: 9 * 60, end: 18 * 60)],
///                              holidays: [LocalDate(year: 2026, month: 10, day: 9)])
/// let due = seoul.adding(8 * 3600, to: arrival)
/// ```
public struct BusinessCalendar: Sendable, Hashable {
    /// Opening hours within one day, in minutes after local midnight (`end` up to 1440).
    public struct Interval: Sendable, Hashable, Comparable {
        public var start: Int
        public var end: Int

        public init(start: Int, end: Int) {
            self.start = max(0, min(start, 1440))
            self.end = max(self.start, min(end, 1440))
        }

        public static func < (lhs: Interval, rhs: Interval) -> Bool { (lhs.start, lhs.end) < (rhs.start, rhs.end) }

        /// "09:00-18:00".
        public var description: String {
            String(format: "%02d:%02d-%02d:%02d", start / 60, start % 60, end / 60, end % 60)
        }
    }

    public enum Weekday: Int, Sendable, Hashable, CaseIterable, Comparable {
        case sunday = 1, monday, tuesday, wednesday, thursday, friday, saturday

        public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }

        /// Three-letter English names, as configuration files write them ("mon", "tue", …).
        public var shortName: String {
            ["sun", "mon", "tue", "wed", "thu", "fri", "sat"][rawValue - 1]
        }

        public init?(shortName: String) {
            guard let index = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"].firstIndex(of: String(shortName.lowercased().prefix(3)))
            else { return nil }
            self.init(rawValue: index + 1)
        }

        public static let workweek: Set<Weekday> = [.monday, .tuesday, .wednesday, .thursday, .friday]
    }

    public let timeZone: TimeZone
    /// Opening hours per weekday; a day without an entry is closed.
    public let hours: [Weekday: [Interval]]
    /// Closed days, as dates on the calendar's wall.
    public let holidays: Set<LocalDate>
    /// Whether the calendar never closes (every day 00:00–24:00, no holidays): durations are
    /// then plain wall-clock durations.
    public let isAlwaysOpen: Bool
    /// A Gregorian calendar in `timeZone`, made once: clocks are computed for every row of the queue.
    private let wall: Calendar

    /// A calendar open every day, all day: for channels that are staffed around the clock.
    public static let always = BusinessCalendar(timeZone: TimeZone(identifier: "UTC")!, weekdays: Set(Weekday.allCases),
                                                hours: [Interval(start: 0, end: 1440)])

    public init(timeZone: TimeZone, hours: [Weekday: [Interval]], holidays: Set<LocalDate> = []) {
        self.timeZone = timeZone
        let merged = hours.mapValues { Self.merged($0) }.filter { !$0.value.isEmpty }
        self.hours = merged
        self.holidays = holidays
        isAlwaysOpen = holidays.isEmpty && Weekday.allCases.allSatisfy { merged[$0] == [Interval(start: 0, end: 1440)] }
        wall = LocalDate.calendar(timeZone)
    }

    public static func == (lhs: BusinessCalendar, rhs: BusinessCalendar) -> Bool {
        lhs.timeZone.identifier == rhs.timeZone.identifier && lhs.hours == rhs.hours && lhs.holidays == rhs.holidays
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(timeZone.identifier)
        hasher.combine(hours)
        hasher.combine(holidays)
    }

    /// The same hours on every day of `weekdays`.
    public init(timeZone: TimeZone, weekdays: Set<Weekday>, hours: [Interval], holidays: Set<LocalDate> = []) {
        self.init(timeZone: timeZone, hours: Dictionary(uniqueKeysWithValues: weekdays.map { ($0, hours) }), holidays: holidays)
    }

    /// Whether anybody works at all in a week.
    public var hasOpeningHours: Bool { !hours.isEmpty }

    public func isOpen(at date: Date) -> Bool {
        if isAlwaysOpen { return true }
        let day = LocalDate(date, in: wall)
        return openIntervals(on: day).contains { $0.contains(date) }
    }

    /// Business time between two instants (zero when `end` is not after `start`).
    public func businessDuration(from start: Date, to end: Date) -> TimeInterval {
        guard end > start else { return 0 }
        if isAlwaysOpen { return end.timeIntervalSince(start) }
        var total: TimeInterval = 0
        var day = LocalDate(start, in: wall)
        let lastDay = LocalDate(end, in: wall)
        var guardDays = 0
        while day <= lastDay && guardDays < Self.searchLimitDays {
            for interval in openIntervals(on: day) {
                let from = max(interval.lowerBound, start), to = min(interval.upperBound, end)
                if to > from { total += to.timeIntervalSince(from) }
            }
            day = day.next
            guardDays += 1
        }
        return total
    }

    /// The instant when `duration` of business time has passed after `start`; `.distantFuture`
    /// when the calendar has no opening hours in the next ten years.
    public func adding(_ duration: TimeInterval, to start: Date) -> Date {
        if isAlwaysOpen { return start.addingTimeInterval(max(0, duration)) }
        var left = max(0, duration)
        var day = LocalDate(start, in: wall)
        for _ in 0..<Self.searchLimitDays {
            for interval in openIntervals(on: day) where interval.upperBound > start {
                let from = max(interval.lowerBound, start)
                let available = interval.upperBound.timeIntervalSince(from)
                if left <= available { return from.addingTimeInterval(left) }
                left -= available
            }
            day = day.next
        }
        return .distantFuture
    }

    /// The next instant at or after `date` when the calendar is open.
    public func nextOpening(atOrAfter date: Date) -> Date {
        if isAlwaysOpen { return date }
        var day = LocalDate(date, in: wall)
        for _ in 0..<Self.searchLimitDays {
            if let interval = openIntervals(on: day).first(where: { $0.upperBound > date }) {
                return max(interval.lowerBound, date)
            }
            day = day.next
        }
        return .distantFuture
    }

    /// The open ranges of one local day as instants, in order.
    public func openIntervals(on day: LocalDate) -> [Range<Date>] {
        guard !holidays.contains(day), let weekday = Weekday(rawValue: day.weekday(in: wall)),
              let intervals = hours[weekday] else { return [] }
        return intervals.compactMap { interval in
            guard let from = day.instant(minutes: interval.start, in: wall), let to = day.instant(minutes: interval.end, in: wall),
                  to > from else { return nil }
            return from..<to
        }
    }

    /// Ten years: a calendar with no open day in that span is treated as never open.
    static let searchLimitDays = 3660

    private static func merged(_ intervals: [Interval]) -> [Interval] {
        var result: [Interval] = []
        for interval in intervals.sorted() where interval.end > interval.start {
            if let last = result.last, interval.start <= last.end {
                result[result.count - 1].end = max(last.end, interval.end)
            } else {
                result.append(interval)
            }
        }
        return result
    }
}
