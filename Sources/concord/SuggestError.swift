/// Why `concord suggest` could not suggest anything, each with what to do instead.
enum SuggestError: Error, CustomStringConvertible {
    /// Neither or both of --text and --conversation were given.
    case needsOneSource
    case emptyText
    case unknownLanguage(String)
    case unknownConversation(Int64)
    /// The conversation has no words from the customer to answer (only calls without transcript, or notes).
    case nothingToAnswer(Int64)

    var description: String {
        switch self {
        case .needsOneSource:
            "Give either --text with the customer's message or --conversation with a conversation id (`concord queue` shows them)."
        case .emptyText:
            "The --text is empty; pass the customer's message, e.g. --text \"환불이 아직 안 들어왔어요\"."
        case .unknownLanguage(let code):
            "Unknown language code '\(code)'; use one of en, ko, zh, ru, fa."
        case .unknownConversation(let id):
            "There is no conversation \(id); `concord queue` shows the ids."
        case .nothingToAnswer(let id):
            "Conversation \(id) has no message from the customer to answer yet; pass the text with --text instead."
        }
    }
}
