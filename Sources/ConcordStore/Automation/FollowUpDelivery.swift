import Foundation
import ConversationEngine

/// What a due follow-up sends, worked out from what a store read in the writing transaction:
/// where it goes (routed again when the address it was scheduled for no longer reaches the
/// customer), the message Concord records on the timeline and the outbox entry's key.
///
/// Both stores take it from here, so a follow-up says the same words to the same address
/// whichever database holds the conversation.
public struct FollowUpDelivery: Sendable {
    /// The follow-up as queued: its channel and recipient, state `.queued`, queued at `now`.
    public let followUp: FollowUp
    public let channel: Channel
    public let recipient: Identity
    public let subject: String?
    public let text: String
    /// The outbox key that makes sending the follow-up happen at most once.
    public let key: String
    /// The follow-up as an event Concord wrote (threaded into the conversation).
    public let event: InboundEvent

    /// Why a follow-up with nowhere to go is closed as unreachable.
    public static let unreachableReason = "no address the customer can be written to"

    /// The delivery of `followUp` at `now`, or nil when the customer has no address it can go to.
    /// - Parameters:
    ///   - identities: the customer's identities now (a merge or a new address may have changed them).
    ///   - used: the identity the customer last used on each channel of the conversation; asked
    ///     only when the follow-up has to be routed again.
    public init?(_ followUp: FollowUp, conversation: Conversation, customer: Customer, identities: [Identity],
                 settings: FollowUpSettings, now: Date, used: () throws -> [Channel: Identity]) rethrows {
        var followUp = followUp
        if followUp.channel == nil || followUp.recipient.map({ !identities.contains($0) }) == true,
           let route = settings.route(after: followUp.fixChannel, identities: identities, used: try used()) {
            followUp.channel = route.channel
            followUp.recipient = route.recipient
        }
        guard let channel = followUp.channel, let recipient = followUp.recipient else { return nil }
        let text = FollowUpComposer(settings: settings)
            .compose(for: customer, subject: conversation.subject, fixedOn: followUp.fixChannel, sentOn: channel,
                     surveyToken: followUp.surveyToken, seed: "follow-up:\(followUp.id)")
        let key = "follow-up:conversation:\(conversation.id.rawValue):\(followUp.id)"
        let subject = channel == .email ? EmailReplyQuoter.replySubject(conversation.subject) : nil
        var own = InboundEvent(channel: channel, direction: .outbound, providerID: "concord-\(key)", occurredAt: now,
                               customer: CustomerHints(identities: [recipient]), author: .system("Concord"), subject: subject,
                               text: text, thread: ThreadHints(conversationID: conversation.id))
        own.findsPromises = false
        followUp.state = .queued
        followUp.queuedAt = now
        self.followUp = followUp
        self.channel = channel
        self.recipient = recipient
        self.subject = subject
        self.text = text
        self.key = key
        self.event = own
    }
}
