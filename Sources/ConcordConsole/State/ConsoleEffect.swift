import ConcordStore
import ConversationEngine

/// Work the reducer asks the runtime to do (reading the store, quitting). Effects are values,
/// so tests can assert what a key *asks for* without a database.
public enum ConsoleEffect: Sendable, Hashable {
    case loadQueue(QueueQuery, append: Bool)
    case loadDetail(CustomerID)
    /// The SLA clocks of the selected conversation, replayed from its events.
    case loadSLA(ConversationID)
    case loadOlderMessages(CustomerID, before: TimelineCursor)
    case quit
}
