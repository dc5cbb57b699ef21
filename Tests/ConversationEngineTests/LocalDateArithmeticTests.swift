import Foundation
import Testing
@testable import ConversationEngine

/// Local dates are counted by arithmetic where `Calendar` would give the same answer; these
/// tests hold the two to the same results, `Calendar` being the oracle.
@Suite("Local dates by arithmetic agree with Calendar")
struct LocalDateArithmeticTests {
    /// Zones with daylight saving, half-hour and 45-minute offsets, +14 hours, and Samoa, which
    /// skipped 30 December 2011 when it crossed the date line.
    static let zones = ["UTC", "Asia/Seoul", "Asia/Shanghai", "Europe/Moscow", "Asia/Tehran", "America/New_York",
                        "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Kiritimati", "Pacific/Apia", "America/St_Johns"]

    private func calendar(_ zone: String) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone)!
        return calendar
    }

    @Test(arguments: zones)
    func theDateOfAnInstantIsTheOneCalendarGives(zone: String) {
        let calendar = calendar(zone)
        var generator = SuggestionRandom(seed: UInt64(zone.utf8.count))
        var instants: [TimeInterval] = [0, -1, 86_399, 86_400, 1_325_203_199, 1_325_203_200, 1_325_289_600]
        for _ in 0..<3_000 {
            instants.append(TimeInterval(Int64(generator.next() % 10_000_000_000)) - 2_000_000_000)
        }
        // Every hour around New York's and Tehran's clock changes of 2026.
        instants += (0..<96).map { 1_772_928_000 + TimeInterval($0) * 3_600 }
        instants += (0..<96).map { 1_773_964_800 + TimeInterval($0) * 1_800 }
        for seconds in instants {
            let date = Date(timeIntervalSince1970: seconds)
            let expected = calendar.dateComponents([.year, .month, .day], from: date)
            let local = LocalDate(date, in: calendar)
            #expect([local.year, local.month, local.day] == [expected.year, expected.month, expected.day],
                    "\(date) in \(zone)")
        }
    }

    @Test func addingDaysAndWeekdaysAreCalendars() {
        let utc = calendar("UTC")
        var generator = SuggestionRandom(seed: 7)
        for _ in 0..<3_000 {
            let date = LocalDate(year: 1700 + Int(generator.next() % 600), month: 1 + Int(generator.next() % 12),
                                 day: 1 + Int(generator.next() % 28))
            let days = Int(generator.next() % 2_000) - 1_000
            let start = utc.date(from: DateComponents(year: date.year, month: date.month, day: date.day))!
            let expected = utc.dateComponents([.year, .month, .day], from: utc.date(byAdding: .day, value: days, to: start)!)
            let added = date.adding(days: days)
            #expect([added.year, added.month, added.day] == [expected.year, expected.month, expected.day], "\(date) + \(days)")
            #expect(date.weekday(in: utc) == utc.component(.weekday, from: start), "weekday of \(date)")
        }
        #expect(LocalDate(year: 2026, month: 12, day: 31).next == LocalDate(year: 2027, month: 1, day: 1))
        #expect(LocalDate(year: 2028, month: 2, day: 28).next == LocalDate(year: 2028, month: 2, day: 29))
        #expect(LocalDate(year: 2100, month: 2, day: 28).next == LocalDate(year: 2100, month: 3, day: 1))
        #expect(LocalDate(year: 2026, month: 12, day: 2).weekday(in: calendar("Asia/Seoul")) == 4, "a Wednesday")
    }

    @Test func beforeTheGregorianReformCalendarStillAnswers() {
        let utc = calendar("UTC")
        let old = Date(timeIntervalSince1970: -13_000_000_000)  // 1558, Julian in Calendar
        let expected = utc.dateComponents([.year, .month, .day], from: old)
        let local = LocalDate(old, in: utc)
        #expect([local.year, local.month, local.day] == [expected.year, expected.month, expected.day])
    }
}
