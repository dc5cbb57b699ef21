import ConcordStore
import ConversationEngine

/// Work the reducer asks `SupervisorApplication` to do against the store. Every change is
/// written with its audit row in the same transaction, as the supervising agent.
public enum SupervisorEffect: Sendable, Hashable {
    case loadOverview(SupervisorRequest)
    case loadConversations(QueueQuery, scope: QueueHealth.Scope)
    /// Opens a conversation read-only (and audits the view of its customer).
    case loadTimeline(ConversationID)
    /// Gives a conversation to an agent (nil: nobody), unless someone changed it since `expectedVersion`.
    case reassign(ConversationID, to: AgentID?, expectedVersion: Int)
    case setPriority(ConversationID, Priority)
    case moveToQueue(ConversationID, String)
    /// A note to the agents of `team` (nil: every agent).
    case broadcast(String, team: String?)
    case quit
}
