import Foundation
import Testing
@testable import ConversationEngine

@Suite("Business calendars")
struct BusinessCalendarTests {
    static func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    static let seoul = BusinessCalendar(
        timeZone: TimeZone(identifier: "Asia/Seoul")!, weekdays: BusinessCalendar.Weekday.workweek,
        hours: [.init(start: 9 * 60, end: 18 * 60)], holidays: [LocalDate(year: 2026, month: 12, day: 25)])

    @Test func businessHoursSkipTheNightAndTheWeekend() {
        // Friday 2026-11-27 17:00 in Seoul: one hour left that day, seven more on Monday.
        let due = Self.seoul.adding(8 * 3600, to: Self.date("2026-11-27T08:00:00Z"))
        #expect(due == Self.date("2026-11-30T07:00:00Z"), "Monday 16:00 in Seoul")
        #expect(Self.seoul.businessDuration(from: Self.date("2026-11-27T08:00:00Z"), to: due) == 8 * 3600)
    }

    @Test func holidaysAreClosed() {
        // Thursday 2026-12-24 17:00 Seoul + 2 h: Christmas is closed, so Saturday and Sunday too: Monday 10:00.
        let due = Self.seoul.adding(2 * 3600, to: Self.date("2026-12-24T08:00:00Z"))
        #expect(due == Self.date("2026-12-28T01:00:00Z"))
        #expect(!Self.seoul.isOpen(at: Self.date("2026-12-25T03:00:00Z")))
        #expect(Self.seoul.isOpen(at: Self.date("2026-12-24T03:00:00Z")))
    }

    @Test func aMessageBeforeOpeningCountsFromOpening() {
        // 06:00 in Seoul: the clock starts at 09:00.
        let arrival = Self.date("2026-12-01T21:00:00Z")  // Wednesday 06:00 in Seoul
        #expect(Self.seoul.nextOpening(atOrAfter: arrival) == Self.date("2026-12-02T00:00:00Z"))
        #expect(Self.seoul.adding(3600, to: arrival) == Self.date("2026-12-02T01:00:00Z"))
        #expect(Self.seoul.businessDuration(from: arrival, to: Self.date("2026-12-02T00:30:00Z")) == 1800)
    }

    @Test func daylightSavingMovesOpeningHoursWithTheWallClock() {
        let berlin = BusinessCalendar(timeZone: TimeZone(identifier: "Europe/Berlin")!,
                                      weekdays: Set(BusinessCalendar.Weekday.allCases), hours: [.init(start: 9 * 60, end: 17 * 60)])
        // Saturday 2026-03-28 16:00 CET (15:00Z) + 2 h: one hour on Saturday; Sunday opens at 09:00 CEST (07:00Z).
        let due = berlin.adding(2 * 3600, to: Self.date("2026-03-28T15:00:00Z"))
        #expect(due == Self.date("2026-03-29T08:00:00Z"))
        // Autumn: Sunday 2026-10-25 opens at 09:00 CET, 08:00Z.
        #expect(berlin.nextOpening(atOrAfter: Self.date("2026-10-25T02:00:00Z")) == Self.date("2026-10-25T08:00:00Z"))
    }

    @Test func splitDaysAndOverlappingIntervalsAreMerged() {
        let lunch = BusinessCalendar(timeZone: TimeZone(identifier: "UTC")!, weekdays: [.monday],
                                     hours: [.init(start: 13 * 60, end: 17 * 60), .init(start: 9 * 60, end: 12 * 60),
                                             .init(start: 11 * 60, end: 12 * 60)])
        #expect(lunch.hours[.monday] == [.init(start: 9 * 60, end: 12 * 60), .init(start: 13 * 60, end: 17 * 60)])
        // Monday 2026-11-30 11:30 + 1 h = 13:30, across the lunch break.
        #expect(lunch.adding(3600, to: Self.date("2026-11-30T11:30:00Z")) == Self.date("2026-11-30T13:30:00Z"))
    }

    @Test func anAlwaysOpenCalendarIsTheWallClockAndAClosedOneNeverComes() {
        let start = Self.date("2026-11-28T23:00:00Z")
        #expect(BusinessCalendar.always.adding(7200, to: start) == start.addingTimeInterval(7200))
        #expect(BusinessCalendar.always.isAlwaysOpen)
        let closed = BusinessCalendar(timeZone: TimeZone(identifier: "UTC")!, hours: [:])
        #expect(closed.adding(60, to: start) == .distantFuture)
        #expect(!closed.hasOpeningHours)
    }

    @Test func localDatesReadAndStepAcrossMonthEnds() {
        #expect(LocalDate(iso: "2026-02-29") == nil, "2026 is not a leap year")
        #expect(LocalDate(iso: "2028-02-29")?.next == LocalDate(year: 2028, month: 3, day: 1))
        #expect(LocalDate(iso: "2026-12-31")?.adding(days: 1).description == "2027-01-01")
        #expect(LocalDate(iso: "tomorrow") == nil)
        #expect(BusinessCalendar.Weekday(shortName: "Friday") == .friday)
    }
}
