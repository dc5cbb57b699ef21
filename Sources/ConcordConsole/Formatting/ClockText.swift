import Foundation

/// Dates for the timeline and the customer card, formatted from calendar components rather
/// than `DateFormatter` (cheap enough to call while drawing every frame, and identical on
/// every machine regardless of the system locale).
public struct ClockText: Sendable {
    public let timeZone: TimeZone
    private let calendar: Calendar
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// "Mon 11-21 14:05".
    public func dayAndTime(_ date: Date) -> String {
        let c = calendar.dateComponents([.weekday, .month, .day, .hour, .minute], from: date)
        return "\(Self.weekdays[(c.weekday ?? 1) - 1]) \(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))"
    }

    /// "2026-11-21 14:05", for dates that may be in another year.
    public func fullDate(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))"
    }

    /// "Tue 02:05".
    public func weekdayAndTime(_ date: Date) -> String {
        let c = calendar.dateComponents([.weekday, .hour, .minute], from: date)
        return "\(Self.weekdays[(c.weekday ?? 1) - 1]) \(two(c.hour)):\(two(c.minute))"
    }

    /// "UTC+9", "UTC-3:30", "UTC".
    public func utcOffset(at date: Date) -> String {
        let seconds = timeZone.secondsFromGMT(for: date)
        if seconds == 0 { return "UTC" }
        let sign = seconds < 0 ? "-" : "+"
        let hours = abs(seconds) / 3600
        let minutes = (abs(seconds) % 3600) / 60
        return minutes == 0 ? "UTC\(sign)\(hours)" : "UTC\(sign)\(hours):\(two(minutes))"
    }

    private func two(_ value: Int?) -> String {
        let v = value ?? 0
        return v < 10 ? "0\(v)" : "\(v)"
    }
}
