import Foundation

/// Pins a `TimeExpression` to the instant the customer will hold the team to.
///
/// The rules, chosen to match how a customer reads a promise (see `PromiseExtractor` for the
/// full list):
/// - "within N minutes / hours" is exactly N after sending; "within N business hours" counts
///   the calendar's open hours (Monday to Friday 09:00–18:00 when there is none).
/// - "within N days / weeks / months" ends with the Nth day after the day of sending: a customer
///   told "in two days" on Monday expects something by Wednesday, not by Wednesday 10:14.
/// - "within N business days" counts the calendar's open days (Monday to Friday when there is
///   none) after the day of sending, and ends at the close of the last one.
/// - A named day ends at the end of that local day, or at the calendar's closing time that day
///   when a calendar is given, that day is open and the close is still ahead. A morning ends at
///   12:00, an afternoon at 18:00.
/// - The end of a week or a month is the end of its last business day (the week runs Monday to
///   Sunday, or Saturday to Friday in Persian); once that day has passed, the end of its last
///   day ("by the end of the week" on a Saturday is Sunday night).
struct DueDateResolver {
    let sentAt: Date
    let timeZone: TimeZone
    let calendar: BusinessCalendar?
    /// Persian weeks run Saturday to Friday; the others Monday to Sunday.
    let weekStartsOnSaturday: Bool
    private let wall: Calendar
    private let today: LocalDate

    init(sentAt: Date, timeZone: TimeZone, calendar: BusinessCalendar?, language: Language) {
        self.sentAt = sentAt
        self.timeZone = timeZone
        self.calendar = calendar.flatMap { $0.hasOpeningHours ? $0 : nil }
        weekStartsOnSaturday = language == .fa
        wall = LocalDate.calendar(timeZone)
        today = LocalDate(sentAt, in: wall)
    }

    /// When the promise falls due, or nil for a date that does not exist ("31 February").
    func due(_ expression: TimeExpression) -> Date? {
        switch expression {
        case .span(let span): return due(span)
        case .day(let reference, let minutes):
            if case .upcoming = reference {
                guard let minutes else { return nil }
                guard let instant = today.instant(minutes: minutes, in: wall) else { return nil }
                return instant > sentAt ? instant : today.next.instant(minutes: minutes, in: wall)
            }
            guard let day = day(reference) else { return nil }
            if let minutes { return day.instant(minutes: minutes, in: wall) }
            return end(of: day)
        case .weekEnd(let weeksAhead):
            let start = startOfWeek(today).adding(days: 7 * weeksAhead)
            return lastBusinessDayEnd(in: (0..<7).map { start.adding(days: $0) })
                ?? end(of: start.adding(days: 6))
        case .monthEnd(let monthsAhead):
            let days = daysOfMonth(monthsAhead)
            guard let last = days.last else { return nil }
            return lastBusinessDayEnd(in: days) ?? end(of: last)
        }
    }

    /// The local day a day-naming expression points at, for comparing dates said on different
    /// days ("by Friday" on Monday and "tomorrow" on Thursday are the same day).
    func localDay(_ expression: TimeExpression) -> LocalDate? {
        guard let instant = due(expression) else { return nil }
        // A due time at the very end of a day belongs to that day, not the next.
        return LocalDate(instant.addingTimeInterval(-1), in: wall)
    }

    // MARK: Spans

    private func due(_ span: TimeSpan) -> Date? {
        let count = span.high
        switch span.unit {
        case .minute, .hour:
            return sentAt.addingTimeInterval(span.highSeconds)
        case .businessHour:
            let hours = calendar ?? Self.workweekHours(timeZone)
            let due = hours.adding(span.highSeconds, to: sentAt)
            return due == .distantFuture ? nil : due
        case .day:
            return end(of: today.adding(days: count))
        case .week:
            return end(of: today.adding(days: 7 * count))
        case .month:
            guard let start = today.start(in: wall), let later = wall.date(byAdding: .month, value: count, to: start) else { return nil }
            return end(of: LocalDate(later, in: wall))
        case .businessDay:
            var day = today
            var counted = 0
            guard count > 0 else { return end(of: today) }
            for _ in 0..<BusinessCalendar.searchLimitDays {
                day = day.next
                if isBusinessDay(day) {
                    counted += 1
                    if counted == count { return end(of: day) }
                }
            }
            return nil
        }
    }

    // MARK: Days

    private func day(_ reference: DayReference) -> LocalDate? {
        switch reference {
        case .relative(let days):
            return today.adding(days: days)
        case .weekday(let weekday, let weeksAhead):
            if weeksAhead == 0 {
                let ahead = (weekday.rawValue - today.weekday(in: wall) + 7) % 7
                return today.adding(days: ahead)
            }
            let start = startOfWeek(today).adding(days: 7 * weeksAhead)
            return (0..<7).map { start.adding(days: $0) }.first { $0.weekday(in: wall) == weekday.rawValue }
        case .gregorian(let month, let dayOfMonth, let year):
            return gregorianDay(month: month, day: dayOfMonth, year: year)
        case .persian(let month, let dayOfMonth, let year):
            return persianDay(month: month, day: dayOfMonth, year: year)
        case .upcoming:
            return today
        }
    }

    private func gregorianDay(month: Int?, day: Int, year: Int?) -> LocalDate? {
        if let month {
            if let year { return valid(LocalDate(year: year, month: month, day: day)) }
            if let thisYear = valid(LocalDate(year: today.year, month: month, day: day)), thisYear >= today { return thisYear }
            return valid(LocalDate(year: today.year + 1, month: month, day: day))
        }
        // Korean "3일까지": this month's 3rd, or next month's once it has passed.
        if let thisMonth = valid(LocalDate(year: today.year, month: today.month, day: day)), thisMonth >= today { return thisMonth }
        let nextMonth = today.month == 12 ? LocalDate(year: today.year + 1, month: 1, day: day) : LocalDate(year: today.year, month: today.month + 1, day: day)
        return valid(nextMonth)
    }

    private func persianDay(month: Int, day: Int, year: Int?) -> LocalDate? {
        var persian = Calendar(identifier: .persian)
        persian.timeZone = timeZone
        let now = persian.dateComponents([.year, .month, .day], from: sentAt)
        guard let currentYear = now.year, let currentMonth = now.month, let currentDay = now.day else { return nil }
        let passed = (month, day) < (currentMonth, currentDay)
        let targetYear = year ?? (passed ? currentYear + 1 : currentYear)
        let components = DateComponents(year: targetYear, month: month, day: day, hour: 12)
        guard let instant = persian.date(from: components) else { return nil }
        let check = persian.dateComponents([.year, .month, .day], from: instant)
        guard check.year == targetYear, check.month == month, check.day == day else { return nil }
        return LocalDate(instant, in: wall)
    }

    /// The date itself when it exists on the calendar ("30 February" does not).
    private func valid(_ date: LocalDate) -> LocalDate? {
        guard let start = date.start(in: wall) else { return nil }
        return LocalDate(start, in: wall) == date ? date : nil
    }

    // MARK: Ends of days

    /// The end of `day`: the calendar's close when it is open that day and the close is still
    /// ahead, otherwise the last second of the local day.
    private func end(of day: LocalDate) -> Date? {
        if let calendar, let close = calendar.openIntervals(on: day).last?.upperBound, close > sentAt {
            return close
        }
        guard let nextStart = day.next.start(in: wall) else { return nil }
        return nextStart.addingTimeInterval(-1)
    }

    private func isBusinessDay(_ day: LocalDate) -> Bool {
        if let calendar { return !calendar.openIntervals(on: day).isEmpty }
        return BusinessCalendar.Weekday(rawValue: day.weekday(in: wall)).map(BusinessCalendar.Weekday.workweek.contains) ?? false
    }

    /// The end of the last business day among `days` that is today or later.
    private func lastBusinessDayEnd(in days: [LocalDate]) -> Date? {
        guard let last = days.last(where: { $0 >= today && isBusinessDay($0) }) else { return nil }
        return end(of: last)
    }

    private func startOfWeek(_ day: LocalDate) -> LocalDate {
        let first = weekStartsOnSaturday ? BusinessCalendar.Weekday.saturday.rawValue : BusinessCalendar.Weekday.monday.rawValue
        return day.adding(days: -((day.weekday(in: wall) - first + 7) % 7))
    }

    private func daysOfMonth(_ monthsAhead: Int) -> [LocalDate] {
        let total = today.year * 12 + (today.month - 1) + monthsAhead
        let first = LocalDate(year: total / 12, month: total % 12 + 1, day: 1)
        var days: [LocalDate] = []
        var day = first
        while day.month == first.month && days.count < 31 {
            days.append(day)
            day = day.next
        }
        return days
    }

    /// Monday to Friday, 09:00–18:00: business hours when the team has not configured any.
    private static func workweekHours(_ timeZone: TimeZone) -> BusinessCalendar {
        BusinessCalendar(timeZone: timeZone, weekdays: BusinessCalendar.Weekday.workweek,
                         hours: [BusinessCalendar.Interval(start: 9 * 60, end: 18 * 60)])
    }
}
