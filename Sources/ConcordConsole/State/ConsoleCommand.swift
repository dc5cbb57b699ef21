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
    /// Starts the reply: in $EDITOR when it goes by email, in the inline editor otherwise.
    case reply
    /// Opens the inline draft editor for the selected conversation.
    case editDraft = "edit-draft"
    /// Leaves the draft editor, keeping the draft.
    case finishDraft = "finish-draft"
    case insertSuggestion1 = "insert-suggestion-1"
    case insertSuggestion2 = "insert-suggestion-2"
    case insertSuggestion3 = "insert-suggestion-3"
    case insertSuggestion4 = "insert-suggestion-4"
    case insertSuggestion5 = "insert-suggestion-5"
    case insertSuggestion6 = "insert-suggestion-6"
    case insertSuggestion7 = "insert-suggestion-7"
    case insertSuggestion8 = "insert-suggestion-8"
    case insertSuggestion9 = "insert-suggestion-9"
    /// Records a promise made in the selected conversation (asks for its words).
    case addPromise = "add-promise"
    case nextPromise = "next-promise"
    case previousPromise = "previous-promise"
    case keepPromise = "keep-promise"
    case breakPromise = "break-promise"
    case reopenPromise = "reopen-promise"
    /// Asks for a new due time for the selected promise.
    case editPromiseDue = "edit-promise-due"
    case submitPrompt = "submit-prompt"
    case cancelPrompt = "cancel-prompt"
    /// Opens the `:` command line.
    case commandLine = "command-line"
    case submitCommand = "submit-command"
    case cancelCommand = "cancel-command"
    case complete
    case completePrevious = "complete-previous"
    case historyPrevious = "history-previous"
    case historyNext = "history-next"
    /// Asks for words and searches every channel (`/`).
    case search
    case openResult = "open-result"
    case closeSearch = "close-search"
    /// Marks or unmarks the selected conversation for a batch command, and moves on.
    case toggleMark = "toggle-mark"
    case clearMarks = "clear-marks"
    /// The next saved view (all, mine, unassigned, then the configured ones).
    case nextView = "next-view"
    /// Card: merge the suggested customer into this one, turn the suggestion down, undo the latest merge.
    case acceptMerge = "accept-merge"
    case rejectMerge = "reject-merge"
    case undoMerge = "undo-merge"
    /// Timeline: show or fold quoted text and signatures in emails.
    case toggleQuoted = "toggle-quoted"
    /// Sends the draft on the chosen channel (after its warnings, if any, are confirmed).
    case sendReply = "send-reply"
    /// The next of the customer's channels to reply on (answer a tweet by email).
    case nextRoute = "next-route"
    /// Asks for an internal note on the selected conversation.
    case addNote = "add-note"
    /// Writes the reply in $VISUAL/$EDITOR with the customer's message quoted.
    case editInEditor = "edit-in-editor"

    /// The suggestion number an `insert-suggestion-N` command inserts, nil for other commands.
    public var suggestionNumber: Int? {
        let prefix = "insert-suggestion-"
        guard rawValue.hasPrefix(prefix) else { return nil }
        return Int(rawValue.dropFirst(prefix.count))
    }

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
        case .reply: "Reply: in $EDITOR for email, inline for chat, SMS and social"
        case .editDraft: "Write the reply: open the inline draft editor"
        case .finishDraft: "Leave the draft editor (the draft is kept)"
        case .insertSuggestion1, .insertSuggestion2, .insertSuggestion3, .insertSuggestion4, .insertSuggestion5,
             .insertSuggestion6, .insertSuggestion7, .insertSuggestion8, .insertSuggestion9:
            "Insert suggestion \(suggestionNumber ?? 0) into the draft"
        case .addPromise: "Record a promise made to the customer (its time read from the words)"
        case .nextPromise: "Card: select the next promise"
        case .previousPromise: "Card: select the previous promise"
        case .keepPromise: "Card: mark the selected promise kept"
        case .breakPromise: "Card: mark the selected promise broken (it will not be met)"
        case .reopenPromise: "Card: open the selected promise again"
        case .editPromiseDue: "Card: change when the selected promise is due"
        case .submitPrompt: "Answer the question in the status bar"
        case .cancelPrompt: "Drop the question in the status bar"
        case .commandLine: "Command line (:assign @name, :status pending, :view mine, …)"
        case .submitCommand: "Run the command line"
        case .cancelCommand: "Close the command line"
        case .complete: "Complete the word (again: the next candidate)"
        case .completePrevious: "The previous completion candidate"
        case .historyPrevious: "The previous command line"
        case .historyNext: "The next command line"
        case .search: "Search every channel"
        case .openResult: "Open the search hit in the timeline"
        case .closeSearch: "Close the search results"
        case .toggleMark: "Mark or unmark for a batch command, then move down"
        case .clearMarks: "Clear the marks (and a typed count)"
        case .nextView: "The next saved view"
        case .acceptMerge: "Card: merge the suggested customer into this one"
        case .rejectMerge: "Card: turn the merge suggestion down"
        case .undoMerge: "Card: undo the latest merge into this customer"
        case .toggleQuoted: "Timeline: show or fold quoted text and signatures"
        case .sendReply: "Send the draft on the channel shown (warnings are confirmed first)"
        case .nextRoute: "Reply on the customer's next channel"
        case .addNote: "Add an internal note to the conversation"
        case .editInEditor: "Write the reply in $VISUAL / $EDITOR, the message quoted"
        }
    }

    /// The default bindings per keymap context.
    public static let defaultBindings: [String: [String: String]] = [
        "global": [
            "q": "quit", "<C-c>": "quit", "?": "help", "<F1>": "help", "<Tab>": "focus-next", "<S-Tab>": "focus-previous",
            "t": "toggle-scope", "o": "cycle-order", "<C-l>": "refresh", "<C-r>": "refresh",
            "j": "next", "<Down>": "next", "k": "previous", "<Up>": "previous",
            "<PgDn>": "page-down", "<PgUp>": "page-up", "<C-d>": "half-page-down", "<C-u>": "half-page-up",
            "g": "first", "<Home>": "first", "G": "last", "<End>": "last", "r": "reply",
            "p": "add-promise", ":": "command-line", "/": "search", "v": "next-view", "A": ":assign @me", "I": "add-note",
            "E": "edit-in-editor",
        ],
        "queue": ["<Enter>": "open", "l": "open", "<Right>": "open", "<Space>": "toggle-mark", "<Esc>": "clear-marks"],
        "timeline": ["<Esc>": "focus-queue", "h": "focus-queue", "<Left>": "focus-queue",
                     "<Space>": "page-down", "b": "page-up", "z": "toggle-quoted"],
        "card": [
            "<Esc>": "focus-queue", "h": "focus-queue", "<Left>": "focus-queue",
            "n": "next-promise", "N": "previous-promise", "x": "keep-promise", "X": "break-promise",
            "O": "reopen-promise", "e": "edit-promise-due", "M": "accept-merge", "R": "reject-merge", "U": "undo-merge",
        ],
        "suggestions": [
            "<Esc>": "focus-queue", "h": "focus-queue", "<Left>": "focus-queue", "<Enter>": "edit-draft", "e": "edit-draft",
            "S": "send-reply", "c": "next-route",
            "1": "insert-suggestion-1", "2": "insert-suggestion-2", "3": "insert-suggestion-3",
            "4": "insert-suggestion-4", "5": "insert-suggestion-5", "6": "insert-suggestion-6",
            "7": "insert-suggestion-7", "8": "insert-suggestion-8", "9": "insert-suggestion-9",
        ],
        // While the draft editor is open, keys are text: only these are commands (no global fallback).
        "draft": ["<Esc>": "finish-draft", "<C-c>": "quit", "<C-s>": "send-reply", "<C-x>": "send-reply", "<C-t>": "next-route",
                  "<C-e>": "edit-in-editor"],
        // A question in the status bar: keys are text, like the draft editor.
        "prompt": ["<Enter>": "submit-prompt", "<Esc>": "cancel-prompt", "<C-c>": "cancel-prompt"],
        // The `:` line: keys are text but for these.
        "command": [
            "<Enter>": "submit-command", "<Esc>": "cancel-command", "<C-c>": "cancel-command", "<Tab>": "complete",
            "<S-Tab>": "complete-previous", "<Up>": "history-previous", "<Down>": "history-next",
        ],
        // The search results overlay: moving keys fall back to global.
        "search": ["<Enter>": "open-result", "l": "open-result", "<Esc>": "close-search", "q": "close-search"],
        "help": ["<Esc>": "close-help", "q": "close-help", "?": "close-help", "<Enter>": "close-help"],
    ]
}
