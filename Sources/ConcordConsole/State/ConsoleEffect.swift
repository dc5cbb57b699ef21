import ConcordStore
import ConversationEngine

/// Work the reducer asks the runtime to do (reading the store, quitting). Effects are values,
/// so tests can assert what a key *asks for* without a database.
public enum ConsoleEffect: Sendable, Hashable {
    case loadQueue(QueueQuery, append: Bool)
    /// The queue rows of the customers in the query (`QueueQuery.customers`), and the queue's
    /// total: what another process's change touched, placed into the loaded page.
    case loadQueueRows(QueueQuery)
    case loadDetail(CustomerID)
    /// The SLA clocks of the selected conversation, replayed from its events.
    case loadSLA(ConversationID)
    case loadOlderMessages(CustomerID, before: TimelineCursor)
    /// The rest of the queue's first page, after a first screen's worth was drawn (appended).
    case completeQueuePage(QueueQuery)
    /// Reply suggestions for a conversation (its customer's latest messages and context).
    case loadSuggestions(ConversationID)
    /// Records a promise typed by the agent (its due time read from the words).
    case addPromise(ConversationID, text: String)
    /// Gives a promise a new due time (ISO 8601 or words).
    case revisePromiseDue(PromiseID, words: String)
    /// Settles a promise by hand (kept, broken, or open again).
    case settlePromise(PromiseID, as: Promise.State)
    case loadDraft(ConversationID)
    /// Keeps the draft in the store (a blank one is deleted), then checks it for consistency.
    case saveDraft(Draft)
    /// The consistency warnings for a draft (after loading it).
    case checkDraft(Draft)
    /// The agents, themes and the signed-in agent's id, for completion and "mine".
    case loadCompletions
    /// Assigns conversations (a batch, or the selected one).
    case assign([ConversationID], ConsoleInvocation.Assignee)
    case setStatus([ConversationID], ConversationStatus)
    /// Merges `merged` into `survivor`; `suggestion` is the merge suggestion this accepts, if any.
    case merge(CustomerID, into: CustomerID, suggestion: Int64?)
    case rejectMerge(Int64)
    case undoMerge(Int64)
    case loadTheme(String)
    /// Opens a conversation by id, wherever it is (resolved, another view).
    case goto(ConversationID, message: MessageID?)
    case search(String)
    /// Loads older pages of the customer's timeline until `message` is among them.
    case revealMessage(CustomerID, MessageID)
    /// Checks for messages stored since `since` (by anyone: ingest, a webhook, a colleague).
    case pollActivity(since: MessageID?)
    /// The channels the conversation's customer can be answered on.
    case loadRoutes(ConversationID)
    /// Sends the draft on `route`; unless `confirmed`, its warnings are checked first and sending waits for a yes.
    case sendReply(Draft, route: ReplyRoute, confirmed: Bool)
    case addNote(ConversationID, text: String)
    case setPriority([ConversationID], Priority)
    case tag([ConversationID], adding: [String], removing: [String])
    /// Opens the draft in the agent's editor with the customer's last email quoted.
    case editInEditor(Draft, route: ReplyRoute)
    /// Tells the others what this console shows (`state.team.requested`, read when it runs, so
    /// a burst of cursor moves reports only where it ended), writes a first view of a customer
    /// to the audit log, and reads who else is on the customer and any new broadcasts.
    case syncTeam
    case quit
}
