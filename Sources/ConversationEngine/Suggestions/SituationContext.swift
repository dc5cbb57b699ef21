import Foundation

/// What the detector knows about a message beyond its words: where it was posted, how long
/// the customer has waited, who the customer is, and what was promised to them.
///
/// Context situations matter as much as the text: a calm message after three hours on a
/// one-hour target still needs an apology, a six-year customer deserves thanks, and an overdue
/// promise must be owned before anything else is said (DOMAIN principles 4, 5 and 9).
public struct SituationContext: Sendable, Hashable {
    public var channel: Channel
    /// A public social post (not a direct message): everyone can read the complaint.
    public var isPublic: Bool
    /// How long the customer has waited for this reply.
    public var waited: TimeInterval?
    /// The SLA target for this reply.
    public var replyTarget: TimeInterval?
    /// Whole years since the customer's first order or contact.
    public var tenureYears: Int?
    public var loyalty: LoyaltyTier
    /// Promises to this customer that are past due; a promise that is not overdue at `now`
    /// is ignored, so the caller may pass the conversation's open promises as they are.
    public var overduePromises: [Promise]
    /// The customer's earlier inbound messages on this conversation in the last 14 days.
    public var priorContacts: Int
    /// The moment of reading, for the promise clock.
    public var now: Date

    public init(channel: Channel = .email, isPublic: Bool = false, waited: TimeInterval? = nil,
                replyTarget: TimeInterval? = nil, tenureYears: Int? = nil, loyalty: LoyaltyTier = .none,
                overduePromises: [Promise] = [], priorContacts: Int = 0, now: Date = Date()) {
        self.channel = channel
        self.isPublic = isPublic
        self.waited = waited
        self.replyTarget = replyTarget
        self.tenureYears = tenureYears
        self.loyalty = loyalty
        self.overduePromises = overduePromises
        self.priorContacts = priorContacts
        self.now = now
    }
}
