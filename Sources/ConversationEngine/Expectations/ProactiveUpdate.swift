import Foundation

/// When a customer should hear from the team although they have not asked: a case that is
/// still open, where the last word was the team's and nothing has been said for too long.
/// Customers with a pending question grow anxious (DOMAIN.md, principle 7); an update before
/// they chase is worth more than an answer after.
public struct ProactiveUpdate: Sendable, Hashable {
    /// How long an open case may go without news for the customer, in business time of the
    /// conversation's calendar.
    public var after: TimeInterval

    public init(after: TimeInterval = 9 * 3600) {
        self.after = after
    }

    /// When an update is due for `conversation`, or nil when none is: resolved cases, cases
    /// waiting on the customer, and cases where the customer is the one waiting (their reply
    /// clock already runs) need none.
    public func due(for conversation: Conversation, calendar: BusinessCalendar) -> Date? {
        guard conversation.status.isActive, conversation.status != .pendingCustomer, conversation.waitingSince == nil,
              let lastWord = conversation.lastOutboundAt else { return nil }
        return calendar.adding(after, to: lastWord)
    }

    /// Whether an update is overdue at `now`.
    public func isDue(for conversation: Conversation, calendar: BusinessCalendar, at now: Date) -> Bool {
        due(for: conversation, calendar: calendar).map { $0 <= now } ?? false
    }
}
