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
        self.init(item: item, digest: digest, parsed: parsed,
                  preparations: IngestPreparation.of((try? parsed.get())?.events ?? [], planner: planner),
                  bytes: RawBytes.compressing(item.data))
    }

    private init(item: SourceItem, digest: String, parsed: Result<ParsedSource, SourceParseError>,
                 preparations: [IngestPreparation], bytes: RawBytes) {
        self.item = item
        self.digest = digest
        self.bytes = bytes
        self.parsed = parsed
        self.preparations = preparations
    }

    /// Prepares a batch one stage at a time (every item parsed, then every event read, then
    /// every item compressed), so each stage's code and tables stay in the cache; `known` items
    /// (already kept and settled) are only counted.
    static func batch(_ items: [(item: SourceItem, digest: String, isKnown: Bool)], registry: ParserRegistry,
                      context: ParseContext, planner: IngestPlanner) -> [PreparedItem] {
        let parsed = items.map { $0.isKnown ? nil : registry.parse($0.item, context: context) }
        let events = parsed.map { result in result.flatMap { try? $0.get() }?.events ?? [] }
        var preparations = IngestPreparation.of(events.flatMap { $0 }, planner: planner)[...]
        return zip(items, parsed).map { entry, result in
            guard let result else { return PreparedItem(known: entry.item, digest: entry.digest) }
            let count = (try? result.get())?.events.count ?? 0
            defer { preparations = preparations.dropFirst(count) }
            return PreparedItem(item: entry.item, digest: entry.digest, parsed: result,
                                preparations: Array(preparations.prefix(count)), bytes: RawBytes.compressing(entry.item.data))
        }
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
