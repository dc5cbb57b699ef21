import ConcordTerminal

/// Everything a key can do on the supervisor screen. As in the agent console, keys never act
/// directly: the supervisor's `Keymap` turns a key into one of these and `SupervisorReducer`
/// carries it out, so bindings can be changed in the configuration (`[keys.supervise]`,
/// `[keys.supervise-conversations]`, …) and the help overlay always tells the truth.
public enum SupervisorCommand: String, CaseIterable, Sendable, Hashable {
    case quit
    case help
    case closeHelp = "close-help"
    case focusNext = "focus-next"
    case focusPrevious = "focus-previous"
    case next
    case previous
    case pageDown = "page-down"
    case pageUp = "page-up"
    case first
    case last
    case refresh
    /// Teams and channels: list the queue's conversations. Conversations: read the timeline.
    /// Agents: read the conversation on the agent's screen.
    case open
    /// From the conversations back to the queue pane they came from.
    case back
    /// Gives the selected conversation to another agent (or nobody).
    case reassign
    case changePriority = "change-priority"
    /// Moves the selected conversation to another team's queue.
    case moveQueue = "move-queue"
    /// A note to every agent's console.
    case broadcast
    /// A note to the selected team's agents.
    case broadcastTeam = "broadcast-team"
    case closeTimeline = "close-timeline"
    case choose
    case cancel
    case submitPrompt = "submit-prompt"
    case cancelPrompt = "cancel-prompt"

    /// One line for the help overlay.
    public var summary: String {
        switch self {
        case .quit: "Quit the supervisor screen"
        case .help: "Show this help"
        case .closeHelp: "Close the help"
        case .focusNext: "Next pane"
        case .focusPrevious: "Previous pane"
        case .next: "Next row / scroll down"
        case .previous: "Previous row / scroll up"
        case .pageDown: "Page down"
        case .pageUp: "Page up"
        case .first: "First row / top"
        case .last: "Last row / bottom"
        case .refresh: "Read the store again now (it updates by itself too)"
        case .open: "Open: the queue's conversations, or the conversation's timeline"
        case .back: "Back to the queue pane"
        case .reassign: "Reassign the selected conversation to an agent (or nobody)"
        case .changePriority: "Change the selected conversation's priority"
        case .moveQueue: "Move the selected conversation to another team's queue"
        case .broadcast: "Broadcast a note to every agent"
        case .broadcastTeam: "Broadcast a note to the selected team"
        case .closeTimeline: "Close the timeline"
        case .choose: "Choose the highlighted entry"
        case .cancel: "Close without choosing"
        case .submitPrompt: "Send / use what was typed"
        case .cancelPrompt: "Drop what was typed"
        }
    }

    /// The keymap context of the supervisor's own keys; the configuration's `[keys.supervise]`.
    public static let contextPrefix = "supervise"

    /// The default bindings per context. "global" holds the keys of every pane (the
    /// configuration's `[keys.supervise]`); the timeline, picker, prompt and help are modal and
    /// use their own context alone.
    public static let defaultBindings: [String: [String: String]] = [
        "global": [
            "q": "quit", "<C-c>": "quit", "?": "help", "<F1>": "help", "<Tab>": "focus-next", "<S-Tab>": "focus-previous",
            "j": "next", "<Down>": "next", "k": "previous", "<Up>": "previous", "<PgDn>": "page-down", "<PgUp>": "page-up",
            "g": "first", "<Home>": "first", "G": "last", "<End>": "last", "<C-l>": "refresh", "<C-r>": "refresh",
            "b": "broadcast", "B": "broadcast-team",
        ],
        "supervise-teams": ["<Enter>": "open", "l": "open", "<Right>": "open"],
        "supervise-channels": ["<Enter>": "open", "l": "open", "<Right>": "open"],
        "supervise-conversations": [
            "<Enter>": "open", "l": "open", "<Right>": "open", "<Esc>": "back", "h": "back", "<Left>": "back",
            "a": "reassign", "p": "change-priority", "m": "move-queue",
        ],
        "supervise-agents": ["<Enter>": "open", "l": "open", "<Right>": "open", "<Esc>": "back", "h": "back", "<Left>": "back"],
        "supervise-timeline": [
            "j": "next", "<Down>": "next", "k": "previous", "<Up>": "previous", "<Space>": "page-down", "<PgDn>": "page-down",
            "b": "page-up", "<PgUp>": "page-up", "g": "first", "<Home>": "first", "G": "last", "<End>": "last",
            "<Esc>": "close-timeline", "q": "close-timeline", "h": "close-timeline", "<Left>": "close-timeline",
            "?": "help", "<C-c>": "quit",
        ],
        "supervise-picker": [
            "j": "next", "<Down>": "next", "k": "previous", "<Up>": "previous", "g": "first", "G": "last",
            "<Enter>": "choose", "<Esc>": "cancel", "q": "cancel", "<C-c>": "cancel",
        ],
        "supervise-prompt": ["<Enter>": "submit-prompt", "<Esc>": "cancel-prompt", "<C-c>": "cancel-prompt"],
        "supervise-help": [
            "<Esc>": "close-help", "q": "close-help", "?": "close-help", "<Enter>": "close-help",
            "j": "next", "<Down>": "next", "k": "previous", "<Up>": "previous", "<C-c>": "quit",
        ],
    ]

    /// The supervisor's keymap: the defaults with the configuration's supervisor sections over
    /// them. `[keys.supervise]` changes the keys of every pane; `[keys.supervise-<context>]`
    /// one context's; the agent console's sections (`[keys.queue]`, …) are not the
    /// supervisor's and are left to the console.
    /// - Throws: `KeymapError` for an unknown command or context, or a bad key notation.
    public static func keymap(overrides: [String: [String: String]]) throws(KeymapError) -> Keymap {
        var keymap = try Keymap(defaults: defaultBindings, validCommands: Set(allCases.map(\.rawValue)))
        var own: [String: [String: String]] = [:]
        for (context, bindings) in overrides where isSupervisorContext(context) {
            for (key, command) in bindings where Keymap.isCommandLine(command) {
                throw .unknownCommand(command, key: key, context: context, available: allCases.map(\.rawValue).sorted())
            }
            own[context == contextPrefix ? Keymap.globalContext : context] = bindings
        }
        try keymap.applyOverrides(own)
        return keymap
    }

    /// Whether a configuration's `[keys.<context>]` section is the supervisor's.
    public static func isSupervisorContext(_ context: String) -> Bool {
        context == contextPrefix || context.hasPrefix(contextPrefix + "-")
    }

    /// The configuration's key sections without the supervisor's: what the agent console applies.
    public static func consoleOverrides(_ overrides: [String: [String: String]]) -> [String: [String: String]] {
        overrides.filter { !isSupervisorContext($0.key) }
    }
}
