import Foundation

/// What the supervisor screen asks the store for at one instant: the windows its panes look
/// through. One request is answered by one read (`Store.supervisorOverview(_:)`), so a refresh
/// costs a handful of indexed, grouped statements however large the store is.
///
/// ```swift
/// let overview = try store.supervisorOverview(SupervisorRequest(now: Date(), timeZone: .current))
/// overview.teams.first?.sla.breached   // conversations past their response due time
/// ```
public struct SupervisorRequest: Sendable, Hashable {
    /// The instant waits, breaches and overdue promises are measured at.
    public var now: Date
    /// How soon a response due time counts as "breaching soon" (at risk): 15 minutes by default.
    public var riskWindow: TimeInterval
    /// How many hours of arrivals the sparklines show, newest last.
    public var arrivalHours: Int
    /// How many days of satisfaction ratings the trend shows, today last.
    public var satisfactionDays: Int
    /// The supervisor's time zone: satisfaction days start at their local midnight.
    public var timeZone: TimeZone
    /// Presence reports older than this are from closed consoles and give no current conversation.
    public var presenceFreshness: TimeInterval

    public init(now: Date, riskWindow: TimeInterval = 15 * 60, arrivalHours: Int = 24, satisfactionDays: Int = 14,
                timeZone: TimeZone = TimeZone(identifier: "UTC")!, presenceFreshness: TimeInterval = Presence.freshness) {
        self.now = now
        self.riskWindow = max(0, riskWindow)
        self.arrivalHours = max(1, arrivalHours)
        self.satisfactionDays = max(1, satisfactionDays)
        self.timeZone = timeZone
        self.presenceFreshness = presenceFreshness
    }

    /// Response due times before this are at risk (and before `now`, breached).
    public var riskHorizon: Date { now.addingTimeInterval(riskWindow) }

    /// The oldest arrival the sparklines count (exclusive).
    public var arrivalsSince: Date { now.addingTimeInterval(-Double(arrivalHours) * 3600) }

    /// Local midnight starting each day of the trend, oldest first (today last).
    public var satisfactionDayStarts: [Date] {
        let calendar = calendar
        let today = calendar.startOfDay(for: now)
        return (0..<satisfactionDays).reversed().compactMap { calendar.date(byAdding: .day, value: -$0, to: today) }
    }

    /// The first instant the satisfaction trend counts.
    public var satisfactionSince: Date { satisfactionDayStarts.first ?? now }

    /// Presence reported at or after this is current.
    public var presenceSince: Date { now.addingTimeInterval(-presenceFreshness) }

    var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
