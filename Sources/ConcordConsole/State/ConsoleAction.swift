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
    /// Other processes committed changes to the store (`Store.watchChanges`): look again now
    /// at what they can have touched.
    case storeChanged(StoreChange)
    case queueLoaded([QueueItem], total: Int, append: Bool)
    /// The current queue rows of `customers` (under the queue's filters) and the queue's total.
    case queueRowsLoaded(customers: Set<CustomerID>, [QueueItem], total: Int)
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
    case completionsLoaded(agents: [String], themes: [String], agent: AgentID?)
    /// Conversations changed in the store (assigned, status): what to say; the queue and card reload.
    case conversationsChanged(String)
    /// A merge, a rejected suggestion or an undone merge: what to say, and whose card to show.
    case customersChanged(String, show: CustomerID)
    case themeLoaded(Theme, name: String)
    /// A conversation to open (from `:goto` or a search hit), and the message to bring into view.
    case conversationFound(Conversation, message: MessageID?)
    case searchLoaded(String, [SearchHit])
    /// The newest message id now, and the messages that arrived since the last poll.
    case activity(latest: MessageID?, [Message])
    case routesLoaded(ConversationID, [ReplyRoute])
    /// The draft has warnings the agent has not confirmed; sending waits for a yes.
    case sendNeedsConfirmation(ConversationID, [DraftWarning])
    /// The store held the reply: the conversation moved on since the draft was begun.
    case replyHeld(ConversationID, StaleDraft)
    case replySent(SentReply, warnings: Int)
    /// What the agent saved in their editor (nil: left unchanged).
    case draftEdited(ConversationID, String?)
    /// Who else is on `customer` (others only), the broadcasts for this agent since the last
    /// look (`seenUpTo`: the newest broadcast read, for anyone), and the customer whose view
    /// was just written to the audit log.
    case teamLoaded(CustomerID?, [Presence], [Broadcast], seenUpTo: Int64?, audited: CustomerID?, at: Date)
    case failed(String)
}
