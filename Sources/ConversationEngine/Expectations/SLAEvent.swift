import Foundation

/// What moves an SLA clock: a customer writing or calling, a person answering, an automatic
/// message (which answers nothing), or a status change (pending on the customer pauses the
/// clock; resolved stops it).
public struct SLAEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case customerMessage
        case humanResponse
        case automaticMessage
        case status(ConversationStatus)
    }

    public var at: Date
    public var kind: Kind

    public init(at: Date, kind: Kind) {
        self.at = at
        self.kind = kind
    }

    /// The SLA meaning of a stored message, or nil for internal notes.
    ///
    /// A call the customer made that a person answered is an answer; an outbound call nobody
    /// picked up, or a message without an agent (an auto-reply, a bot), is not.
    public init?(message: Message) {
        switch message.direction {
        case .internal:
            return nil
        case .inbound:
            self.init(at: message.sentAt, kind: message.call?.outcome == .answered ? .humanResponse : .customerMessage)
        case .outbound:
            let answered = message.call.map { $0.outcome == .answered } ?? (message.author.kind == .agent)
            self.init(at: message.sentAt, kind: answered ? .humanResponse : .automaticMessage)
        }
    }

    /// Events in the order they happened; at the same instant a customer message comes first,
    /// so an answer given in the same second still counts as an answer.
    public static func ordered(_ events: [SLAEvent]) -> [SLAEvent] {
        events.enumerated().sorted { lhs, rhs in
            if lhs.element.at != rhs.element.at { return lhs.element.at < rhs.element.at }
            let left = lhs.element.kind == .customerMessage ? 0 : 1, right = rhs.element.kind == .customerMessage ? 0 : 1
            return (left, lhs.offset) < (right, rhs.offset)
        }.map(\.element)
    }
}
