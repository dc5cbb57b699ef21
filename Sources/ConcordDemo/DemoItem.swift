import ConversationEngine

/// One thing the demo generator produces, in the order a loader should apply it.
///
/// Messages are `InboundEvent`s so that demo data goes through exactly the same ingest pipeline
/// as real data (identity resolution, threading, clocks). Facts that events cannot express —
/// promises, assignments and status changes — follow the event they refer to, named by that
/// event's dedupe key, so a loader can resolve them to the stored message and its conversation.
public enum DemoItem: Sendable, Hashable {
    /// A message: ingest it through the normal pipeline.
    case event(InboundEvent)
    /// A promise made in the message it names; record it after that message.
    case promise(DemoPromise)
    /// The conversation containing the named message is assigned to an agent.
    case assignment(DemoAssignment)
    /// The conversation containing the named message changes status (resolved, closed, pending…).
    case statusChange(DemoStatusChange)

    /// The event, when this item is one.
    public var event: InboundEvent? {
        if case .event(let event) = self { return event }
        return nil
    }

    /// The dedupe key of the message this item refers to; nil for events themselves.
    public var referencedDedupeKey: String? {
        switch self {
        case .event: nil
        case .promise(let promise): promise.messageDedupeKey
        case .assignment(let assignment): assignment.messageDedupeKey
        case .statusChange(let change): change.messageDedupeKey
        }
    }
}
