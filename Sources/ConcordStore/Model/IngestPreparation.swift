import ConversationEngine

/// The parts of storing an event that need no database: computed ahead, on another thread,
/// so the single writer only does what only it can do.
public struct IngestPreparation: Sendable, Hashable {
    /// The event's full-text index text.
    public var searchText: String
    /// What planning reads from the event's words (phones, sentiment, promises).
    public var reading: EventReading

    /// The preparations of many events, each stage over all of them (see `IngestPlanner.read(_:)`).
    /// - Parameter planner: the store's planner (see `Store.ingestPlanner`): promises read
    ///   under other SLA policies would be read again by the writer.
    public static func of(_ events: [InboundEvent], planner: IngestPlanner) -> [IngestPreparation] {
        // As the planner will see them: with card numbers masked, so the index never holds one.
        let masked = events.map { $0.maskingCardNumbers() }
        let searchTexts = masked.map(SearchDocument.text(of:))
        return zip(searchTexts, planner.read(masked)).map(IngestPreparation.init(searchText:reading:))
    }

    public init(searchText: String, reading: EventReading) {
        self.searchText = searchText
        self.reading = reading
    }
}
