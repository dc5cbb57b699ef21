import ConcordStore
import ConcordTerminal
import ConversationEngine

/// A line of text the supervisor types in the status bar: a broadcast, or the name of a queue
/// the picker did not list. Keys are text but for the `supervise-prompt` context's.
public struct SupervisorPrompt: Sendable, Hashable {
    public enum Purpose: Sendable, Hashable {
        /// A note to the agents of `team` (nil: every agent).
        case broadcast(team: String?)
        /// The name of the queue to move the conversation to.
        case queueName(Conversation)
    }

    public var purpose: Purpose
    public var editor = LineEditor()

    public init(purpose: Purpose) {
        self.purpose = purpose
    }

    public var label: String {
        switch purpose {
        case .broadcast(let team?): "Note to team \(team): "
        case .broadcast(nil): "Note to every agent: "
        case .queueName(let conversation): "Move #\(conversation.id) to queue: "
        }
    }
}
