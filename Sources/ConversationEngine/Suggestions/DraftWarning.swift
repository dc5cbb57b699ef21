import Foundation

/// A reason to look at a draft again before sending it: it contradicts what this customer was
/// already told, breaks an open promise, or promises more than the team can keep.
///
/// Each warning carries the earlier words and where they were said (channel, time, agent), so
/// the agent can see for themselves and either align the draft or say openly what changed.
public struct DraftWarning: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// An amount differs from one stated earlier for the same thing, in the same currency.
        case differentAmount = "different_amount"
        /// A length of time differs from one stated earlier for the same thing.
        case differentDuration = "different_duration"
        /// A day differs from one stated earlier for the same thing.
        case differentDate = "different_date"
        /// The refund goes a different way than the customer was told.
        case differentRefundMethod = "different_refund_method"
        /// The draft promises something later than an open promise of the same kind.
        case contradictsPromise = "contradicts_promise"
        /// The draft promises a reply faster than the team honestly replies on this channel.
        case overPromise = "over_promise"
    }

    public var kind: Kind
    /// One plain English sentence for the agent.
    public var message: String
    /// The earlier words: the sentence of the earlier message, or the open promise's text; for
    /// an over-promise, the draft's own promising sentence.
    public var quote: String
    /// The draft's words the warning is about ("10 days", "₩216,000", "within the hour").
    public var draftWords: String
    public var earlierMessageID: MessageID?
    public var earlierChannel: Channel?
    public var earlierAt: Date?
    /// Who said it: the agent's (or auto-reply's) name on the earlier message.
    public var earlierAgent: String?

    public init(kind: Kind, message: String, quote: String, draftWords: String = "", earlierMessageID: MessageID? = nil,
                earlierChannel: Channel? = nil, earlierAt: Date? = nil, earlierAgent: String? = nil) {
        self.kind = kind
        self.message = message
        self.quote = quote
        self.draftWords = draftWords
        self.earlierMessageID = earlierMessageID
        self.earlierChannel = earlierChannel
        self.earlierAt = earlierAt
        self.earlierAgent = earlierAgent
    }
}
