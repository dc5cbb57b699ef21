import Foundation

/// A day named in a promise, relative to the day it was written.
enum DayReference: Hashable, Sendable {
    /// Today (0), tomorrow (1), the day after (2).
    case relative(days: Int)
    /// The coming weekday (`weeksAhead` 0: today if today is that day) or the one in a later
    /// week ("next Friday", "다음 주 금요일", "下周五": 1).
    case weekday(BusinessCalendar.Weekday, weeksAhead: Int)
    /// A Gregorian date; the year, when not written, is the next time that date comes, and the
    /// month, when not written (Korean "3일까지"), is this month or the next.
    case gregorian(month: Int?, day: Int, year: Int?)
    /// A date in the Solar Hijri calendar Persian speakers use ("۱۲ آذر").
    case persian(month: Int, day: Int, year: Int?)
    /// Whichever day the time of day next comes: "by 5 pm" is today before five, tomorrow after.
    case upcoming
}
