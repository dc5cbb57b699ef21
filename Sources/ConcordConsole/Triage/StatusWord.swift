import ConversationEngine

/// The words agents type for a status: the queue's labels ("pending", "internal") and the
/// stored names ("pending_customer"), so `:status pending` does what it says. The CLI reads
/// the same words.
public enum StatusWord {
    public static let words: [String: ConversationStatus] = [
        "new": .new, "open": .open, "pending": .pendingCustomer, "pending_customer": .pendingCustomer,
        "pending-customer": .pendingCustomer, "waiting": .pendingCustomer, "internal": .pendingInternal,
        "pending_internal": .pendingInternal, "pending-internal": .pendingInternal, "resolved": .resolved,
        "solved": .resolved, "closed": .closed,
    ]

    /// The words offered for completion, in the order a conversation usually moves through them.
    public static let completions = ["new", "open", "pending", "internal", "resolved", "closed"]

    /// The status a word names, in any case; nil for other words.
    public static func status(_ word: String) -> ConversationStatus? { words[word.lowercased()] }

    static func parse(_ word: String, verb: String) throws(CommandLineError) -> ConversationStatus {
        guard let status = status(word) else {
            throw .badArgument(verb: verb, argument: word, expected: completions.joined(separator: ", "))
        }
        return status
    }
}
