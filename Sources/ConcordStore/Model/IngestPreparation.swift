import ConversationEngine

/// The parts of storing an event that need no database: computed ahead, on another thread,
/// so the single writer only does what only it can do.
public struct IngestPreparation: Sendable, Hashable {
    /// The event's full-text index text.
    public var searchText: String
    /// Phone numbers in its text (merge evidence).
    public var phonesInText: [String]

    public init(event: InboundEvent, planner: IngestPlanner) {
        searchText = SearchDocument.text(of: event)
        phonesInText = planner.phoneNumbers(in: event)
    }
}
