import Foundation
import Testing
@testable import ConversationEngine

/// Fixed clocks and zones for promise tests: every message is sent on Wednesday 2 December 2026
/// at 10:00 on the wall of its own zone unless a test says otherwise.
enum PromiseFixtures {
    static let seoul = zone("Asia/Seoul")
    static let shanghai = zone("Asia/Shanghai")
    static let moscow = zone("Europe/Moscow")
    static let tehran = zone("Asia/Tehran")
    static let newYork = zone("America/New_York")

    static func zone(_ identifier: String) -> TimeZone {
        guard let zone = TimeZone(identifier: identifier) else { fatalError("unknown zone \(identifier)") }
        return zone
    }

    /// "2026-12-03 23:59:59" on the wall of `zone`.
    static func wall(_ text: String, _ zone: TimeZone) -> Date {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == ":" }).compactMap { Int($0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: parts.count > 3 ? parts[3] : 0,
                                        minute: parts.count > 4 ? parts[4] : 0, second: parts.count > 5 ? parts[5] : 0)
        guard let date = calendar.date(from: components) else { fatalError("bad wall time \(text)") }
        return date
    }

    /// Wednesday 2 December 2026, 10:00 in `zone`.
    static func wednesday(_ zone: TimeZone) -> Date { wall("2026-12-02 10:00:00", zone) }

    static func extract(_ text: String, _ language: Language, in zone: TimeZone, sentAt: Date? = nil,
                        calendar: BusinessCalendar? = nil) -> [ExtractedPromise] {
        PromiseExtractor().extract(from: text, language: language, sentAt: sentAt ?? wednesday(zone), timeZone: zone, calendar: calendar)
    }

    /// Weekdays 09:00–18:00 in `zone`, with optional holidays.
    static func officeHours(_ zone: TimeZone, holidays: Set<LocalDate> = []) -> BusinessCalendar {
        BusinessCalendar(timeZone: zone, weekdays: BusinessCalendar.Weekday.workweek,
                         hours: [BusinessCalendar.Interval(start: 9 * 60, end: 18 * 60)], holidays: holidays)
    }
}

/// One extraction case: the text, and the single promise it must yield.
struct PromiseCase: Sendable, CustomTestStringConvertible {
    let text: String
    let kind: PromiseKind
    let expression: String
    /// The due time on the wall of the test's zone.
    let due: String

    init(_ text: String, _ kind: PromiseKind, _ expression: String, due: String) {
        self.text = text
        self.kind = kind
        self.expression = expression
        self.due = due
    }

    var testDescription: String { text }
}
