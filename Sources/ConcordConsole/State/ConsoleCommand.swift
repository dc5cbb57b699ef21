/// Everything a key can do in the console. Keys never act directly: the `Keymap` turns a key
/// into one of these, and the reducer carries it out, so every binding can be changed in the
/// config and the help overlay always tells the truth.
public enum ConsoleCommand: String, CaseIterable, Sendable, Hashable {
    case quit
    case help
    case closeHelp = "close-help"
    case focusNext = "focus-next"
    case focusPrevious = "focus-previous"
    case focusQueue = "focus-queue"
    case next
    case previous
    case pageDown = "page-down"
    case pageUp = "page-up"
    case halfPageDown = "half-page-down"
    case halfPageUp = "half-page-up"
    case first
    case last
    case open
    case toggleScope = "toggle-scope"
    case cycleOrder = "cycle-order"
    case refresh

    /// One line for the help overlay.
    public var summary: String {
        switch self {
        case .quit: "Quit Concord"
        case .help: "Show this help"
        case .closeHelp: "Close the help"
        case .focusNext: "Next pane"
        case .focusPrevious: "Previous pane"
        case .focusQueue: "Back to the queue"
        case .next: "Next conversation / scroll down"
        case .previous: "Previous conversation / scroll up"
        case .pageDown: "Page down"
        case .pageUp: "Page up"
        case .halfPageDown: "Half a page down"
        case .halfPageUp: "Half a page up"
        case .first: "First / top"
        case .last: "Last / bottom"
        case .open: "Open the conversation in the timeline"
        case .toggleScope: "Timeline: whole customer history / this conversation"
        case .cycleOrder: "Queue order: due, priority, wait, recent"
        case .refresh: "Reload from the store and redraw"
        }
    }

    /// The default bindings per keymap context.
    public static let defaultBindings: [String: [String: String]] = [
        "global": [
            "q": "quit", "<C-c>": "quit", "?": "help", "<F1>": "help", "<Tab>": "focus-next", "<S-Tab>": "focus-previous",
            "t": "toggle-scope", "o": "cycle-order", "<C-l>": "refresh", "<C-r>": "refresh",
            "j": "next", "<Down>": "next", "k": "previous", "<Up>": "previous",
            "<PgDn>": "page-down", "<PgUp>": "page-up", "<C-d>": "half-page-down", "<C-u>": "half-page-up",
            "g": "first", "<Home>": "first", "G": "last", "<End>": "last",
        ],
        "queue": ["<Enter>": "open", "l": "open", "<Right>": "open"],
        "timeline": ["<Esc>": "focus-queue", "h": "focus-queue", "<Left>": "focus-queue",
                     "<Space>": "page-down", "b": "page-up"],
        "card": ["<Esc>": "focus-queue", "h": "focus-queue", "<Left>": "focus-queue"],
        "suggestions": ["<Esc>": "focus-queue", "h": "focus-queue", "<Left>": "focus-queue"],
        "help": ["<Esc>": "close-help", "q": "close-help", "?": "close-help", "<Enter>": "close-help"],
    ]
}
