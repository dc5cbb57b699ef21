import ConcordStore
import ConversationEngine

/// What one command line asks for: a key command by name, or a command with arguments that
/// no single key could carry (`:assign @mina`, `:tag vip`). Key bindings may name command
/// lines too (`"A" = ":assign @me"`), so every one of these can be put on a key.
public enum ConsoleInvocation: Sendable, Hashable {
    /// Who a conversation goes to.
    public enum Assignee: Sendable, Hashable {
        case me
        case nobody
        case login(String)
    }

    /// A key command by its name (`:next`, `:help`), `count` times.
    case command(ConsoleCommand, count: Int)
    case assign(Assignee)
    case status(ConversationStatus)
    /// Merge: the card's strongest open suggestion (nil), or the customer with this id into the shown one.
    case merge(CustomerID?)
    case theme(String)
    case goto(ConversationID)
    case view(String)
    case filter(QueueFilter)
    case order(QueueQuery.Ordering)
    case search(String)
    /// Marks every loaded queue row (true) or clears the marks (false).
    case markAll(Bool)
    case priority(Priority)
    case tag(adding: [String], removing: [String])
    /// An internal note on the selected conversation.
    case note(String)
    /// Start the reply, on this channel of the customer's (nil: the conversation's own).
    case reply(Channel?)
}
