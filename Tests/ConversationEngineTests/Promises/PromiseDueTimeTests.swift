import Foundation
import Testing
@testable import ConversationEngine

/// How phrases are pinned to due times: calendars, closing times, weekdays, rolling dates.
@Suite("Promise due times")
struct PromiseDueTimeTests {
    typealias F = PromiseFixtures

    @Test func aCalendarEndsNamedDaysAtItsClosingTime() {
        let calendar = F.officeHours(F.seoul)
        let tomorrow = F.extract("내일까지 연락드리겠습니다.", .ko, in: F.seoul, calendar: calendar)
        #expect(tomorrow.first?.dueAt == F.wall("2026-12-03 18:00:00", F.seoul))
        let friday = F.extract("We'll ship it by Friday.", .en, in: F.seoul, calendar: calendar)
        #expect(friday.first?.dueAt == F.wall("2026-12-04 18:00:00", F.seoul))
    }

    @Test func businessDaysSkipWeekendsAndHolidaysAndEndAtTheClose() {
        // Monday 21 December; Christmas Day is closed: 22, 23, 24, 28, 29.
        let calendar = F.officeHours(F.seoul, holidays: [LocalDate(year: 2026, month: 12, day: 25)])
        let promises = F.extract("환불은 5영업일 이내에 처리됩니다.", .ko, in: F.seoul, sentAt: F.wall("2026-12-21 11:00:00", F.seoul),
                                 calendar: calendar)
        #expect(promises.first?.dueAt == F.wall("2026-12-29 18:00:00", F.seoul))
    }

    @Test func withoutACalendarBusinessDaysAreWeekdaysEndingAtMidnight() {
        // Friday 4 December: Monday, Tuesday, Wednesday.
        let promises = F.extract("Refund within 3 business days.", .en, in: F.newYork, sentAt: F.wall("2026-12-04 16:00:00", F.newYork))
        #expect(promises.first?.dueAt == F.wall("2026-12-09 23:59:59", F.newYork))
    }

    @Test func businessHoursCountOfficeHoursOnly() {
        // Friday 17:00: one hour on Friday (default 09:00-18:00), one on Monday.
        let promises = F.extract("Expect an update within 2 business hours.", .en, in: F.newYork, sentAt: F.wall("2026-12-04 17:00:00", F.newYork))
        #expect(promises.first?.dueAt == F.wall("2026-12-07 10:00:00", F.newYork))
    }

    @Test func aPromiseForAClosedDayKeepsTheEndOfThatDay() {
        // Friday: tomorrow is Saturday, closed, but Saturday is what the customer was told.
        let promises = F.extract("I'll call you back tomorrow.", .en, in: F.newYork, sentAt: F.wall("2026-12-04 11:00:00", F.newYork),
                                 calendar: F.officeHours(F.newYork))
        #expect(promises.first?.dueAt == F.wall("2026-12-05 23:59:59", F.newYork))
    }

    @Test func todayAfterClosingTimeIsTheEndOfTheDay() {
        let promises = F.extract("We'll reply today.", .en, in: F.newYork, sentAt: F.wall("2026-12-02 19:00:00", F.newYork),
                                 calendar: F.officeHours(F.newYork))
        #expect(promises.first?.dueAt == F.wall("2026-12-02 23:59:59", F.newYork))
    }

    @Test func byFridayOnAFridayIsTodayAndNextFridayIsNextWeeks() {
        let friday = F.wall("2026-12-04 10:00:00", F.moscow)
        #expect(F.extract("Доставим до пятницы.", .ru, in: F.moscow, sentAt: friday).first?.dueAt == F.wall("2026-12-04 23:59:59", F.moscow))
        #expect(F.extract("Перезвоним в следующую пятницу.", .ru, in: F.moscow, sentAt: friday).first?.dueAt
            == F.wall("2026-12-11 23:59:59", F.moscow))
        #expect(F.extract("下周五给您回复。", .zh, in: F.shanghai, sentAt: F.wall("2026-12-04 10:00:00", F.shanghai)).first?.dueAt
            == F.wall("2026-12-11 23:59:59", F.shanghai))
    }

    @Test func aDateThatHasPassedThisYearIsNextYears() {
        let promises = F.extract("The replacement will arrive on 1 December.", .en, in: F.newYork)
        #expect(promises.first?.dueAt == F.wall("2027-12-01 23:59:59", F.newYork))
    }

    @Test func aClockTimeThatHasPassedIsTomorrows() {
        let promises = F.extract("We'll get back to you by 5 pm.", .en, in: F.newYork, sentAt: F.wall("2026-12-02 18:00:00", F.newYork))
        #expect(promises.first?.dueAt == F.wall("2026-12-03 17:00:00", F.newYork))
    }

    @Test func theEndOfTheWeekOnASaturdayIsItsSunday() {
        let promises = F.extract("Your refund will reach your account by the end of the week.", .en, in: F.newYork,
                                 sentAt: F.wall("2026-12-05 10:00:00", F.newYork))
        #expect(promises.first?.dueAt == F.wall("2026-12-06 23:59:59", F.newYork))
    }

    @Test func aPersianWeekRunsSaturdayToFridayOnTheTeamsCalendar() {
        // A Tehran team open Saturday to Wednesday, 08:00-16:00: on Wednesday the week's last
        // business day is today.
        let tehranTeam = BusinessCalendar(timeZone: F.tehran, weekdays: [.saturday, .sunday, .monday, .tuesday, .wednesday],
                                          hours: [BusinessCalendar.Interval(start: 8 * 60, end: 16 * 60)])
        let promises = F.extract("تا آخر هفته وضعیت را اطلاع می‌دهیم.", .fa, in: F.tehran, calendar: tehranTeam)
        #expect(promises.first?.dueAt == F.wall("2026-12-02 16:00:00", F.tehran))
        let nextWeek = F.extract("هفته آینده پاسخ می‌دهیم.", .fa, in: F.tehran, calendar: tehranTeam)
        #expect(nextWeek.first?.dueAt == F.wall("2026-12-09 16:00:00", F.tehran))
    }

    @Test func hoursAreExactAcrossADaylightSavingChange() {
        // New York springs forward on Sunday 8 March 2026.
        let sent = F.wall("2026-03-07 12:00:00", F.newYork)
        let promises = F.extract("We will get back to you within 24 hours.", .en, in: F.newYork, sentAt: sent)
        #expect(promises.first?.dueAt == sent.addingTimeInterval(24 * 3600))
    }

    @Test func aDateThatDoesNotExistIsNoPromise() {
        #expect(F.extract("The parcel will arrive on 31 February.", .en, in: F.newYork).isEmpty)
    }
}
