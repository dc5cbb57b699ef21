import ConcordChannels
import ConcordStore
import ConversationEngine
import Foundation

/// A source item with its digest, what its parser made of it and the database-free part of
/// storing its events, ready for the writer.
struct PreparedItem: Sendable {
    var item: SourceItem
    var digest: String
    /// The bytes as they will be kept (compressed here, off the writer's thread).
    var bytes: RawBytes
    var parsed: Result<ParsedSource, SourceParseError>
    /// One per parsed event, in order.
    var preparations: [IngestPreparation]

    init(item: SourceItem, digest: String, parsed: Result<ParsedSource, SourceParseError>, planner: IngestPlanner) {
        self.item = item
        self.digest = digest
        bytes = RawBytes.compressing(item.data)
        self.parsed = parsed
        preparations = (try? parsed.get())?.events.map { IngestPreparation(event: $0, planner: planner) } ?? []
    }

    /// An item whose bytes are already kept and settled (stored or in quarantine): nothing
    /// to parse, the writer only counts it.
    init(known item: SourceItem, digest: String) {
        self.item = item
        self.digest = digest
        bytes = RawBytes(uncompressed: item.data)
        parsed = .failure(.unsupported("already kept"))
        preparations = []
        isKnown = true
    }

    /// Whether the item was found already kept when it was read (and so was not parsed).
    var isKnown = false
}
