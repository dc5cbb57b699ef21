import Foundation

/// How a conversation's clocks and status move when an event is added to it.
///
/// Computed from events, never kept as drifting counters: the customer is waiting from their
/// first unanswered message until a human answers (a reply, or an answered call), a new
/// message reopens a resolved conversation, and events that arrive out of order (an old
/// export imported late) never move a clock backwards.
public struct ConversationLifecycle: Sendable {
    /// The SLA policies that say when an answer is due, in business time.
    public var policies: SLAPolicyBook

    public init(policies: SLAPolicyBook = .standard) {
        self.policies = policies
    }

    /// When the answer to a customer who started waiting at `since` (with `message`) is due:
    /// the first-response target until anybody has answered, the next-response target after,
    /// counted on the policy's business calendar.
    public func responseDue(since: Date, message: Message, in conversation: Conversation) -> Date? {
        let resolved = policies.resolve(channel: message.channel, priority: conversation.priority,
                                        isPublic: message.social?.visibility == .public, team: conversation.queue)
        let target = conversation.firstResponseAt == nil ? resolved.targets.firstResponse : resolved.targets.nextResponse
        return target.map { resolved.calendar.adding($0, to: since) }
    }

    /// A new conversation opened by `message`.
    public func open(for message: Message, subject: String, queue: String, priority: Priority) -> Conversation {
        var conversation = Conversation(
            id: ConversationID(0), customerID: message.customerID, subject: subject, status: .new,
            priority: priority, queue: queue, originChannel: message.channel, createdAt: message.sentAt)
        conversation.version = 0
        return apply(message, to: conversation)
    }

    /// `conversation` after `message` has been added to it; the version is incremented.
    public func apply(_ message: Message, to conversation: Conversation) -> Conversation {
        var next = conversation
        let at = message.sentAt
        next.version += 1
        next.updatedAt = max(next.updatedAt, at)
        next.lastActivityAt = max(next.lastActivityAt, at)

        switch message.direction {
        case .inbound:
            next.lastInboundAt = max(next.lastInboundAt ?? at, at)
            let answeredCall = message.call?.outcome == .answered
            if answeredCall {
                recordResponse(at: at, in: &next)
            } else if next.waitingSince == nil, at >= (next.lastOutboundAt ?? .distantPast) {
                next.waitingSince = at
                next.responseDueAt = responseDue(since: at, message: message, in: next)
            }
            if !next.status.isActive || next.status == .pendingCustomer {
                next.status = .open
            }
        case .outbound:
            next.lastOutboundAt = max(next.lastOutboundAt ?? at, at)
            // Only a person answers: an automatic acknowledgement, or a call-back nobody
            // picked up, leaves the customer waiting. An answered call is always a person.
            let answered = message.call.map { $0.outcome == .answered } ?? (message.author.kind == .agent)
            if answered {
                recordResponse(at: at, in: &next)
                if next.status == .new { next.status = .open }
            }
        case .internal:
            break
        }
        return next
    }

    private func recordResponse(at: Date, in conversation: inout Conversation) {
        if conversation.firstResponseAt == nil, at >= conversation.createdAt {
            conversation.firstResponseAt = at
        }
        if let waiting = conversation.waitingSince, at >= waiting {
            conversation.waitingSince = nil
            conversation.responseDueAt = nil
        }
    }
}
