import ConversationEngine

/// The parts of storing an event that need no database: computed ahead, on another thread,
/// so the single writer only does what only it can do.
public struct IngestPreparation: Sendable, Hashable {
    /// The event's full-text index text.
    public var searchText: String
    /// What planning reads from the event's words (phones, sentiment, promises).
    public var reading: EventReading

    /// - Parameter planner: the store's planner (see `Store.ingestPlanner`): promises read
    ///   under other SLA policies would be read again by the writer.
    public init(event: InboundEvent, planner: IngestPlanner) {
        searchText = SearchDocument.text(of: event)
        reading = planner.read(event)
    }
}
