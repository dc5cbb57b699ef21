import Foundation
import ConversationEngine

/// One agent as the supervisor's agents pane shows them: status and time in it, load
/// against capacity, languages (all in the workload), and the conversation their console
/// shows now, if it reported in the last `Presence.freshness`.
public struct AgentActivity: Sendable, Hashable, Identifiable {
    /// The conversation on an agent's screen.
    public struct CurrentConversation: Sendable, Hashable {
        public var id: ConversationID
        public var subject: String
        public var customerName: String
        public var channel: Channel
        public var activity: Presence.Activity
        public var seenAt: Date

        public init(id: ConversationID, subject: String, customerName: String, channel: Channel, activity: Presence.Activity,
                    seenAt: Date) {
            self.id = id
            self.subject = subject
            self.customerName = customerName
            self.channel = channel
            self.activity = activity
            self.seenAt = seenAt
        }
    }

    public var workload: AgentWorkload
    public var current: CurrentConversation?

    public init(workload: AgentWorkload, current: CurrentConversation?) {
        self.workload = workload
        self.current = current
    }

    public var id: AgentID { workload.agent.id }
    public var agent: Agent { workload.agent }

    /// How long the agent has been in their status at `now` (nil: it was never set).
    public func timeInStatus(at now: Date) -> TimeInterval? {
        workload.statusSince.map { max(0, now.timeIntervalSince($0)) }
    }
}
