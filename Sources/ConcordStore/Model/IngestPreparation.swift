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

    /// The preparations of many events, one kind of reading at a time over all of them: each
    /// kind keeps its own tables (lexicon automata, compiled patterns) hot in the cache, which
    /// interleaving them event by event with MIME parsing did not (sentiment and promises took
    /// twice as long in ingest as on their own).
    public static func of(_ events: [InboundEvent], planner: IngestPlanner) -> [IngestPreparation] {
        let searchTexts = events.map(SearchDocument.text(of:))
        let phones = events.map(planner.phoneNumbers(in:))
        let sentiments = events.map(planner.sentiment(of:))
        let promises = events.map(planner.readPromises(of:))
        return events.indices.map { index in
            IngestPreparation(searchText: searchTexts[index], reading: EventReading(
                phonesInText: phones[index], sentiment: sentiments[index], promises: promises[index]))
        }
    }

    public init(searchText: String, reading: EventReading) {
        self.searchText = searchText
        self.reading = reading
    }
}
