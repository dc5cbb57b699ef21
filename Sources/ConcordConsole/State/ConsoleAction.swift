import Foundation
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// Everything that can happen to the console: keys, the clock, the terminal, and the results
/// of the effects it asked for.
public enum ConsoleAction: Sendable {
    /// The console has just started: load the queue.
    case started
    case key(Key)
    case command(ConsoleCommand)
    case resize(Size)
    case tick(Date)
    case queueLoaded([QueueItem], total: Int, append: Bool)
    case detailLoaded(CustomerSnapshot)
    case slaLoaded(ConversationSLA)
    case olderMessagesLoaded(CustomerID, [Message], hasMore: Bool)
    case suggestionsLoaded(ConversationID, ReplySuggestions?)
    /// A promise was recorded, changed or settled by hand: what to say about it.
    case promiseChanged(Promise, String)
    /// The stored draft of a conversation (nil: none).
    case draftLoaded(ConversationID, Draft?)
    /// The consistency warnings for a draft's text, after it was saved.
    case draftChecked(ConversationID, text: String, [DraftWarning])
    case failed(String)
}
