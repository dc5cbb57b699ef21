import ConversationEngine

/// A one-line question in the status bar (the words of a new promise, a new due time): keys
/// are text until Enter answers it or Esc drops it.
public struct ConsolePrompt: Sendable, Hashable {
    /// What the answer is for.
    public enum Purpose: Sendable, Hashable {
        /// A promise made in this conversation; its due time is read from the words.
        case newPromise(ConversationID)
        /// A new due time for a promise (ISO 8601 or words).
        case promiseDue(PromiseID)
        /// Words to search every channel for (`/`).
        case search
        /// An internal note on this conversation.
        case note(ConversationID)
        /// Send a draft that has this many warnings anyway? (y sends)
        case confirmSend(ConversationID, warnings: Int)
        /// The conversation moved on since the draft was begun (`StaleDraft.summary`): send
        /// anyway, having read up to `latest`? (y sends)
        case confirmStale(ConversationID, latest: MessageID, summary: String)
    }

    public var purpose: Purpose
    public var text: String

    public init(_ purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.text = text
    }

    /// The question, before the answer being typed.
    public var label: String {
        switch purpose {
        case .newPromise: "Promise (with its time, e.g. \"refund by Friday\"): "
        case .promiseDue: "Due (ISO 8601 or words such as \"3 business days\"): "
        case .search: "Search: "
        case .note: "Internal note: "
        case .confirmSend(_, let warnings):
            "The draft has \(warnings) warning\(warnings == 1 ? "" : "s") (in the draft pane). Send anyway? y sends, any other key goes back "
        case .confirmStale(_, _, let summary):
            "Held: \(summary) Send anyway? y sends, any other key goes back "
        }
    }

    /// Types one key's text at the end; tabs and newlines end nothing here, so they are spaces.
    public mutating func append(_ typed: String) {
        text += typed.map { $0.isNewline || $0 == "\t" ? " " : String($0) }.joined()
    }

    /// Deletes the last character (a whole grapheme cluster).
    public mutating func deleteBackward() {
        if !text.isEmpty { text.removeLast() }
    }
}
