import ConversationEngine

/// The parts of storing an event that need no database: computed ahead, on another thread,
/// so the single writer only does what only it can do.
public struct IngestPreparation: Sendable, Hashable {
    /// The event's full-text index text.
    public var searchText: String
    /// Phone numbers in its text (merge evidence).
    public var phonesInText: [String]
    /// How the customer sounds (see `IngestPlanner.sentiment(of:)`), for the queue's order.
    public var sentiment: Double?

    public init(event: InboundEvent, planner: IngestPlanner) {
        searchText = SearchDocument.text(of: event)
        phonesInText = planner.phoneNumbers(in: event)
        sentiment = planner.sentiment(of: event)
    }
}
