import Foundation

/// A reply being written for a conversation, kept in the store so it survives a quit, a crash
/// or a walk to the coffee machine, and restored when the agent comes back to the case.
///
/// It already holds what sending needs: the text, the channel it should go out on (nil: the
/// channel the customer last wrote on), its language, and the ids of the suggested phrases and
/// answers it contains, which become the customer's phrase history once it is sent (so the
/// same phrase is not suggested to them again).
public struct Draft: Sendable, Hashable, Codable {
    public var conversationID: ConversationID
    public var text: String
    public var channel: Channel?
    public var language: Language?
    /// Ids of suggested phrases inserted into the text, in order of insertion.
    public var phraseIDs: [String]
    /// Ids of approved answers inserted into the text.
    public var answerIDs: [String]
    /// Who is writing it (the agent's name), for team mode.
    public var author: String?
    public var updatedAt: Date
    /// The conversation's latest message when the agent began the draft (or last confirmed they
    /// had read what came after): a reply is held, not sent blindly, when the customer wrote
    /// again or a colleague answered since (see `StaleDraft`). Nil checks nothing.
    public var basis: MessageID?

    public init(conversationID: ConversationID, text: String, channel: Channel? = nil, language: Language? = nil,
                phraseIDs: [String] = [], answerIDs: [String] = [], author: String? = nil, updatedAt: Date,
                basis: MessageID? = nil) {
        self.conversationID = conversationID
        self.text = text
        self.channel = channel
        self.language = language
        self.phraseIDs = phraseIDs
        self.answerIDs = answerIDs
        self.author = author
        self.updatedAt = updatedAt
        self.basis = basis
    }

    /// A draft with nothing but whitespace is not worth keeping.
    public var isBlank: Bool { text.allSatisfy(\.isWhitespace) }
}
