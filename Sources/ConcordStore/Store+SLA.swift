import Foundation
import ConversationEngine

/// A conversation with the SLA policy that applies to it and its clocks.
public struct ConversationSLA: Sendable, Hashable {
    public var conversation: Conversation
    public var policy: SLAPolicyBook.Resolved
    public var clock: SLAClock
}

extension Store {
    /// A conversation's SLA clocks under `policies`, replayed from its messages and status
    /// changes; nil when the conversation does not exist.
    ///
    /// The policy is the one for the channel the customer last wrote on (an SMS in an email
    /// case expects an SMS answer time) and the conversation's priority and team.
    public func sla(of id: ConversationID, policies: SLAPolicyBook) throws -> ConversationSLA? {
        guard let conversation = try conversation(id) else { return nil }
        let messages = try messages(in: id)
        let events = messages.compactMap(SLAEvent.init(message:))
            + (try statusChanges(of: id)).map { SLAEvent(at: $0.at, kind: .status($0.status)) }
        let latest = messages.last { $0.direction == .inbound }
        let resolved = policies.resolve(channel: latest?.channel ?? conversation.originChannel, priority: conversation.priority,
                                        isPublic: latest?.social?.visibility == .public, team: conversation.queue)
        return ConversationSLA(conversation: conversation, policy: resolved,
                               clock: SLAClock(events: events, targets: resolved.targets, calendar: resolved.calendar))
    }

    /// The clocks alone (see `sla(of:policies:)`).
    public func slaClock(of id: ConversationID, policies: SLAPolicyBook) throws -> SLAClock? {
        try sla(of: id, policies: policies)?.clock
    }
}
