import Foundation
import ConversationEngine

/// One queue as the supervisor sees it: a team's queue, a channel's, or all of them. Counts
/// are of active conversations (new, open, pending), except overdue promises, which count
/// every open promise past its due time in the queue's conversations.
public struct QueueHealth: Sendable, Hashable, Identifiable {
    /// Which conversations the row counts.
    public enum Scope: Sendable, Hashable {
        case all
        /// A team queue ("support", "billing").
        case team(String)
        /// The channel the conversations started on.
        case channel(Channel)
    }

    public var scope: Scope
    /// Active conversations.
    public var active: Int
    /// Conversations whose customer waits for an answer.
    public var waiting: Int
    /// Active conversations nobody holds.
    public var unassigned: Int
    /// Since when the longest-waiting customer has waited (nil: nobody waits).
    public var oldestWaitingSince: Date?
    public var sla: SLAHealth
    /// Open promises past their due time.
    public var overduePromises: Int

    public var id: Scope { scope }

    public init(scope: Scope, active: Int = 0, waiting: Int = 0, unassigned: Int = 0, oldestWaitingSince: Date? = nil,
                sla: SLAHealth = SLAHealth(), overduePromises: Int = 0) {
        self.scope = scope
        self.active = active
        self.waiting = waiting
        self.unassigned = unassigned
        self.oldestWaitingSince = oldestWaitingSince
        self.sla = sla
        self.overduePromises = overduePromises
    }

    /// Conversations whose response is due within the risk window.
    public var breachingSoon: Int { sla.atRisk }
    /// Conversations past their response due time.
    public var breached: Int { sla.breached }

    /// How long the longest-waiting customer has waited at `now` (nil: nobody waits).
    public func oldestWait(at now: Date) -> TimeInterval? {
        oldestWaitingSince.map { max(0, now.timeIntervalSince($0)) }
    }

    /// The counts of `other` added to these (the scope stays).
    public func adding(_ other: QueueHealth) -> QueueHealth {
        var sum = self
        sum.active += other.active
        sum.waiting += other.waiting
        sum.unassigned += other.unassigned
        sum.oldestWaitingSince = [oldestWaitingSince, other.oldestWaitingSince].compactMap { $0 }.min()
        sum.sla = sla + other.sla
        sum.overduePromises += other.overduePromises
        return sum
    }
}
