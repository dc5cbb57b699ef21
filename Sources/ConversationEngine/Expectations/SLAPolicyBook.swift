import Foundation

/// Every SLA policy of a company, the business calendars they count in, and which team works
/// on which calendar.
///
/// The defaults follow DOMAIN.md's figures: on social networks an answer within the hour (a
/// public complaint resolved within 5 hours), chat within minutes, a call back or an SMS within
/// 4 hours, email within one business day and resolved within three. Social and chat are
/// counted around the clock; email, calls and SMS in business hours (Monday to Friday,
/// 09:00–18:00 UTC until configured). Configuration replaces any of it.
public struct SLAPolicyBook: Sendable, Hashable {
    /// Tried in order; the first policy that covers a conversation applies.
    public var policies: [SLAPolicy]
    public var calendars: [String: BusinessCalendar]
    /// Team (queue) name -> calendar name.
    public var teamCalendars: [String: String]
    /// The calendar of policies and teams that name none.
    public var defaultCalendar: String
    /// When an open case with no news for the customer is flagged "update due".
    public var proactiveUpdate = ProactiveUpdate()

    public init(policies: [SLAPolicy], calendars: [String: BusinessCalendar], teamCalendars: [String: String] = [:],
                defaultCalendar: String = "business") {
        self.policies = policies
        var all = calendars
        if all["always"] == nil { all["always"] = .always }
        self.calendars = all
        self.teamCalendars = teamCalendars
        self.defaultCalendar = defaultCalendar
    }

    /// What applies to one conversation: the policy, its targets at the conversation's priority
    /// and the calendar they are counted in.
    public struct Resolved: Sendable, Hashable {
        public var policy: SLAPolicy
        public var targets: SLATargets
        public var calendar: BusinessCalendar
        /// The calendar's name in the book ("business", "always", a configured one).
        public var calendarName: String
    }

    public func resolve(channel: Channel, priority: Priority, isPublic: Bool = false, team: String = "support") -> Resolved {
        let policy = policies.first { $0.covers(channel: channel, priority: priority, isPublic: isPublic, team: team) }
            ?? Self.fallback
        var name = policy.calendar ?? teamCalendars[team] ?? defaultCalendar
        if calendars[name] == nil { name = calendars[defaultCalendar] == nil ? "always" : defaultCalendar }
        return Resolved(policy: policy, targets: policy.targets(for: priority), calendar: calendars[name] ?? .always,
                        calendarName: name)
    }

    /// Whether `conversation` owes the customer an update at `now` (see `ProactiveUpdate`).
    public func isUpdateDue(_ conversation: Conversation, lastChannel: Channel, at now: Date) -> Bool {
        let calendar = resolve(channel: lastChannel, priority: conversation.priority, team: conversation.queue).calendar
        return proactiveUpdate.isDue(for: conversation, calendar: calendar, at: now)
    }

    static let fallback = SLAPolicy(name: "default", targets: SLATargets(firstResponse: 9 * 3600, nextResponse: 9 * 3600,
                                                                         resolution: 27 * 3600))

    /// Monday to Friday, 09:00–18:00 UTC.
    public static let standardBusinessHours = BusinessCalendar(
        timeZone: TimeZone(identifier: "UTC")!, weekdays: BusinessCalendar.Weekday.workweek,
        hours: [BusinessCalendar.Interval(start: 9 * 60, end: 18 * 60)])

    public static let standard = SLAPolicyBook(
        policies: [
            SLAPolicy(name: "public social complaint", channels: [.x, .facebook, .instagram], visibility: .public,
                      targets: SLATargets(firstResponse: 3600, nextResponse: 3600, resolution: 5 * 3600), calendar: "always"),
            SLAPolicy(name: "social and messaging", channels: [.x, .facebook, .instagram, .whatsapp, .telegram],
                      targets: SLATargets(firstResponse: 3600, nextResponse: 3600, resolution: 24 * 3600), calendar: "always"),
            SLAPolicy(name: "chat", channels: [.chat],
                      targets: SLATargets(firstResponse: 5 * 60, nextResponse: 5 * 60, resolution: 4 * 3600), calendar: "always"),
            SLAPolicy(name: "phone and SMS", channels: [.phone, .sms],
                      targets: SLATargets(firstResponse: 4 * 3600, nextResponse: 4 * 3600, resolution: 18 * 3600)),
            SLAPolicy(name: "email", channels: [.email],
                      targets: SLATargets(firstResponse: 9 * 3600, nextResponse: 9 * 3600, resolution: 27 * 3600)),
        ],
        calendars: ["business": standardBusinessHours])
}
