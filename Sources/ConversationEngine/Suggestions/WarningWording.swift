import Foundation

/// The plain English an agent reads in a draft warning: "On 3 Dec, Dana told this customer by
/// email that the refund would take 5 business days, but this draft says 10 days."
///
/// Warnings are English whatever the customer's language: they speak to the agent, and quote
/// the customer-facing words as written beside them.
struct WarningWording {
    let timeZone: TimeZone
    let now: Date

    /// "On 3 Dec, Dana told this customer by email".
    func told(by agent: String?, on channel: Channel, at date: Date) -> String {
        "On \(day(date)), \(agent.flatMap { $0.isEmpty ? nil : $0 } ?? "the team") told this customer \(channelPhrase(channel))"
    }

    /// "the refund", "delivery", "a reply".
    func subject(_ topic: FactTopic) -> String {
        switch topic {
        case .refund: "the refund"
        case .replacement: "the replacement"
        case .delivery: "delivery"
        case .callback: "a call back"
        case .reply: "a reply"
        case .update: "an update"
        case .charge: "the charge"
        case .other: "it"
        }
    }

    func subject(_ kind: PromiseKind) -> String {
        switch kind {
        case .refund: "the refund"
        case .replacement: "the replacement"
        case .delivery: "delivery"
        case .callback: "a call back"
        case .reply: "a reply"
        case .update: "an update"
        case .other: "it"
        }
    }

    /// "3 Dec", or "3 Dec 2025" in another year.
    func day(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let thisYear = calendar.component(.year, from: now)
        let text = "\(parts.day ?? 1) \(Self.months[((parts.month ?? 1) - 1) % 12])"
        return parts.year == thisYear ? text : "\(text) \(parts.year ?? thisYear)"
    }

    /// "Fri 4 Dec".
    func weekdayAndDay(_ date: LocalDate) -> String {
        guard let start = date.start(in: timeZone) else { return date.description }
        let weekday = calendar.component(.weekday, from: start)
        return "\(Self.weekdays[(weekday - 1) % 7]) \(day(start))"
    }

    /// "Fri 4 Dec 18:00" (or without the time at the very end of a day).
    func moment(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        let local = LocalDate(date.addingTimeInterval(-1), in: timeZone)
        if parts.hour == 23 && parts.minute == 59 { return weekdayAndDay(local) }
        return "\(weekdayAndDay(LocalDate(date, in: timeZone))) " + String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// "6 hours", "45 minutes", "2 days", "1.5 hours".
    static func length(_ seconds: TimeInterval) -> String {
        let minutes = (seconds / 60).rounded()
        if minutes < 60 { return minutes == 1 ? "1 minute" : "\(Int(minutes)) minutes" }
        let hours = seconds / 3600
        if hours < 48 {
            let rounded = (hours * 2).rounded() / 2
            let text = rounded == rounded.rounded() ? "\(Int(rounded))" : String(format: "%.1f", rounded)
            return text == "1" ? "1 hour" : "\(text) hours"
        }
        let days = Int((hours / 24).rounded())
        return "\(days) days"
    }

    private func channelPhrase(_ channel: Channel) -> String {
        switch channel {
        case .email: "by email"
        case .chat: "in chat"
        case .phone: "on the phone"
        case .sms: "by SMS"
        case .note: "in a note"
        case .x, .facebook, .instagram, .whatsapp, .telegram: "on \(channel.label)"
        }
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
}
