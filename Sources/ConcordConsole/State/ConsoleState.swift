import Foundation
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// The whole console as a value: what is loaded, what is selected, what has focus. Views are
/// pure functions of it, and `ConsoleReducer` is the only thing that changes it, so every
/// screen can be rendered and every key tested without a terminal.
public struct ConsoleState: Sendable {
    public var now: Date
    public var size: Size
    public var focus: Pane = .queue
    /// In the narrow layout only one detail pane fits under the queue: the last one focused.
    public var lowerPane: Pane = .timeline
    public var showsHelp = false
    public var queue: QueueModel
    public var detail: CustomerSnapshot?
    /// The selected conversation's SLA clocks (the status bar counts down to the next due time).
    public var sla: ConversationSLA?
    /// The conversation the timeline highlights (the selected queue row's).
    public var focusedConversation: ConversationID?
    public var timelineScope: Timeline.Scope = .customer
    /// The timeline laid out for the pane's width.
    public var timelineDocument = TimelineDocument.empty
    /// Message bodies wrapped before, reused when the timeline is laid out again.
    public var messageBodies = MessageBodyLayouts()
    /// The first timeline line shown; nil follows the newest message.
    public var timelineTop: Int?
    public var cardTop = 0
    public var suggestionsTop = 0
    /// What to say to the focused conversation's customer (nil until loaded).
    public var suggestions: ReplySuggestions?
    /// The conversation `suggestions` are for.
    public var suggestionsConversation: ConversationID?
    /// The conversation whose suggestions were last asked for (so they are asked for once).
    public var suggestionsRequested: ConversationID?
    /// The focused conversation's reply draft (nil until loaded, or when there is none).
    public var draft: DraftModel?
    /// Keys go to the draft editor: text is typed, only the "draft" keymap context has commands.
    public var isEditingDraft = false
    /// A question in the status bar taking the keys (a promise's words or due time), if any.
    public var prompt: ConsolePrompt?
    /// The promise the card's promise keys act on (settle, change the due time).
    public var selectedPromise: PromiseID?
    public var helpTop = 0
    /// The `:` line being typed, if open.
    public var commandLine: CommandLineModel?
    /// Earlier command lines of this session, oldest first (Up recalls them).
    public var commandHistory: [String] = []
    /// What Tab completes besides verbs (agents, themes, views).
    public var completion = CompletionSource()
    /// A count typed before a command (`5j`), while it is being typed.
    public var pendingCount: Int?
    /// The queue's filter and the saved view it came from ("all" until another is chosen).
    public var queueFilter = QueueFilter.none
    public var viewName = "all"
    /// Built-in and configured views, in the order `v` steps through them.
    public var savedViews: [SavedView] = SavedView.builtIn
    /// The signed-in agent's id in the store ("mine", `:assign @me`), once known.
    public var agentID: AgentID?
    /// The `/` search results overlay, if open.
    public var search: SearchResultsModel?
    /// A message the timeline should bring into view and mark (a search hit), once laid out.
    public var timelineTarget: MessageID?
    /// Whether quoted text and signatures in emails are shown in full.
    public var showsQuotedText = false
    /// The channels the focused conversation's customer can be answered on, its own first.
    public var replyRoutes: [ReplyRoute] = []
    /// The newest message the console has seen; a newer one is incoming activity to show.
    public var activityMark: MessageID?
    public var statusMessage: StatusMessage?
    /// Colleagues on the same customer, broadcasts, audited views (team mode).
    public var team = TeamActivity()
    public var presentation: Presentation
    /// The SLA policies in force: clocks, the status bar's countdown, "update due" flags.
    public var policies: SLAPolicyBook

    public init(now: Date, size: Size, queueOrdering: QueueQuery.Ordering, presentation: Presentation,
                policies: SLAPolicyBook = .standard) {
        self.now = now
        self.size = size
        self.queue = QueueModel(ordering: queueOrdering)
        self.presentation = presentation
        self.policies = policies
    }

    public var layout: ConsoleLayout { ConsoleLayout(size: size, lowerPane: lowerPane) }

    /// The route the reply goes out on: the draft's channel when the customer has it, else the conversation's own.
    public var replyRoute: ReplyRoute? {
        if let channel = draft?.draft.channel, let route = replyRoutes.first(where: { $0.channel == channel }) { return route }
        return replyRoutes.first
    }
}

/// A one-line message in the status bar (an error, or the result of a command).
public struct StatusMessage: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case info, error }
    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}

/// How the console looks: fixed for a session, part of the state so rendering stays a pure
/// function of it.
public struct Presentation: Sendable {
    public var theme: Theme
    public var borders: BorderSet
    /// The agent's time zone for timeline times.
    public var clock: ClockText
    public var agentName: String
    /// The agent's login (`:assign @me`, the "mine" view).
    public var agentLogin: String
    /// Shown in the header: which store this is.
    public var storeLabel: String
    public var keymap: Keymap
    /// Whether the canvas puts right-to-left text in display order (`[ui] bidi`).
    public var bidiMode: BidiMode

    public init(theme: Theme, borders: BorderSet, clock: ClockText, agentName: String, agentLogin: String? = nil,
                storeLabel: String, keymap: Keymap, bidiMode: BidiMode = .reorder) {
        self.agentLogin = agentLogin ?? agentName
        self.theme = theme
        self.borders = borders
        self.clock = clock
        self.agentName = agentName
        self.storeLabel = storeLabel
        self.keymap = keymap
        self.bidiMode = bidiMode
    }
}
