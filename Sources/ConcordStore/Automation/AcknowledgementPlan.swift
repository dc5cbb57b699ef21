import Foundation
import ConversationEngine

/// The automatic acknowledgement of a new conversation, worked out from what a store read in
/// the writing transaction: the message it records, the promise it makes and where it goes.
///
/// Both stores take it from here, so an acknowledgement says the same words and promises the
/// same time whichever database holds the conversation.
public struct AcknowledgementPlan: Sendable {
    /// The outbox key that makes acknowledging a conversation happen at most once.
    public let key: String
    /// The acknowledgement as an event Concord wrote (threaded into the conversation).
    public let event: InboundEvent
    public let recipient: Identity
    public let subject: String?
    public let text: String
    /// The promise's ledger wording and when it falls due.
    public let promiseText: String
    public let due: Date
    public let at: Date

    /// The outbox key of `conversation`'s acknowledgement.
    public static func key(for conversation: ConversationID) -> String {
        "acknowledgement:conversation:\(conversation.rawValue)"
    }

    /// First answers counted for a promised reply time: the last 30 days.
    public static let responseWindow: TimeInterval = 30 * 86_400

    /// Whether `event` (which opened a conversation) is acknowledged at all under `automation`
    /// at `now`: the channel's acknowledgement is on, the message is live traffic, and it is not
    /// a call somebody answered.
    public static func applies(to event: InboundEvent, automation: StoreAutomation, now: Date) -> Bool {
        guard automation.acknowledgements.acknowledges(channel: event.channel, sentAt: event.occurredAt, ingestedAt: now)
        else { return false }
        return event.call?.outcome != .answered
    }

    /// The acknowledgement, or nil when the customer has no identity it can be sent to.
    /// - Parameters:
    ///   - recentResponseTimes: seconds to the first answer of conversations started on the
    ///     event's channel within `responseWindow` before `now`.
    ///   - waitingAhead: other active conversations on that channel and team waiting for an answer.
    public init?(event: InboundEvent, conversation: Conversation, customer: Customer, recentResponseTimes: [TimeInterval],
                 waitingAhead: Int, automation: StoreAutomation, planner: IngestPlanner, now: Date) {
        let resolved = automation.policies.resolve(channel: event.channel, priority: conversation.priority,
                                                   isPublic: event.social?.visibility == .public, team: conversation.queue)
        let recent = ResponseTimeDistribution(samples: recentResponseTimes)
        let load = QueueLoad(waitingAhead: waitingAhead, answeredInWindow: recent.count, window: Self.responseWindow)
        let zone = customer.timeZone.flatMap(TimeZone.init(identifier:)) ?? resolved.calendar.timeZone
        let promise = PromisedReplyTime(at: now, target: resolved.targets.firstResponse, calendar: resolved.calendar,
                                        recent: recent, load: load, customerTimeZone: zone)
        let ack = AcknowledgementComposer(overrides: automation.acknowledgements.wording)
            .compose(for: customer, on: event.channel, promise: promise, at: now,
                     seed: "conversation:\(conversation.id.rawValue)", fallbackTimeZone: zone)

        let identities = planner.identityPolicy.apply(to: event).customer.identities
        guard let recipient = ack.channel == event.channel ? identities.first : identities.first(where: { $0.kind == .phone })
        else { return nil }
        let key = Self.key(for: conversation.id)
        let at = max(now, event.occurredAt)
        let subject = ack.channel == .email ? EmailReplyQuoter.replySubject(event.subject ?? conversation.subject) : nil
        var own = InboundEvent(channel: ack.channel, direction: .outbound, providerID: "concord-\(key)", occurredAt: at,
                               customer: CustomerHints(identities: [recipient]), author: .system("Concord"), subject: subject,
                               text: ack.text, thread: ThreadHints(conversationID: conversation.id))
        own.findsPromises = false
        self.key = key
        self.event = own
        self.recipient = recipient
        self.subject = subject
        self.text = ack.text
        self.promiseText = "Acknowledgement: reply \(ack.promiseText)"
        self.due = promise.due
        self.at = at
    }
}
