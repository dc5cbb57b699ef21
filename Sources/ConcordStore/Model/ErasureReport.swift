import Foundation

/// What an erasure of a customer removed, as counts only: it is printed, and written to the
/// audit log (`detail`), after the customer's data is gone, so it must not hold any of it.
///
/// ```swift
/// let report = try store.erase(CustomerID(42), by: supervisor, at: Date())
/// print(report.detail)  // "1 customer, 2 identities, 3 conversations, 41 messages, ..."
/// ```
public struct ErasureReport: Sendable, Hashable {
    /// A kind of record an erasure deletes.
    public enum Item: String, Sendable, Hashable, CaseIterable {
        /// The customer and every customer merged into them (a merged customer's data is theirs too).
        case customers
        case identities
        case conversations
        case messages
        /// Messages' entries in the full-text index.
        case searchEntries
        /// Threading keys (Message-IDs, chat sessions) that led new messages into the conversations.
        case threadKeys
        case statusChanges
        case promises
        case drafts
        case outboxItems
        case followUps
        case ratings
        /// Other agents' consoles showing one of the conversations.
        case presence
        case mergeSuggestions
        /// Recorded merges (undone ones too) the customer took part in.
        case merges
        /// Kept source items (raw bytes) only the customer's messages came from, and unparsed or
        /// duplicate ones that name one of the customer's identities.
        case rawSources

        /// The count with its noun, for the audit row and the command line ("1 draft", "3 outbox items").
        public func phrase(_ count: Int) -> String {
            let (one, many): (String, String) = switch self {
            case .customers: ("customer", "customers")
            case .identities: ("identity", "identities")
            case .conversations: ("conversation", "conversations")
            case .messages: ("message", "messages")
            case .searchEntries: ("search entry", "search entries")
            case .threadKeys: ("thread key", "thread keys")
            case .statusChanges: ("status change", "status changes")
            case .promises: ("promise", "promises")
            case .drafts: ("draft", "drafts")
            case .outboxItems: ("outbox item", "outbox items")
            case .followUps: ("follow-up", "follow-ups")
            case .ratings: ("rating", "ratings")
            case .presence: ("presence mark", "presence marks")
            case .mergeSuggestions: ("merge suggestion", "merge suggestions")
            case .merges: ("merge", "merges")
            case .rawSources: ("source item", "source items")
            }
            return "\(count) \(count == 1 ? one : many)"
        }
    }

    /// What may still hold bytes of the erased rows after the erasure, beyond the store's reach
    /// from its own connection.
    public enum Residue: String, Sendable, Hashable, CaseIterable {
        /// SQLite: another process kept reading the store, so a write-ahead log could not be
        /// emptied and may still hold copies of erased pages; reclaiming again
        /// (`concord customers erase --reclaim`) empties it once the readers are gone.
        case writeAheadLog
        /// PostgreSQL without compaction: VACUUM made the deleted rows' space reusable, but
        /// their bytes stay in the table and index files until new rows overwrite them (a
        /// compacting erasure, VACUUM FULL, rewrites the files).
        case freeSpace
        /// PostgreSQL: the server's write-ahead log (pg_wal), its WAL archive and backups hold
        /// the rows until they are recycled or expire; the store cannot reach them.
        case serverLog
    }

    private var counts: [Item: Int] = [:]
    /// Source items the customer's messages came from that other customers' messages came
    /// from too (a webhook payload naming several people): kept, since they are the others'
    /// record as well.
    public var sharedRawSourcesKept = 0
    /// Filled in once the erasure's transaction has committed and the store reclaimed the space.
    public var residue: Set<Residue> = []

    public init() {}

    /// How many records of `item` were erased.
    public subscript(item: Item) -> Int {
        get { counts[item, default: 0] }
        set { counts[item] = newValue }
    }

    /// Every count that is not zero, in `Item` order, then the kept shared source items: ids
    /// and numbers only, so it can go into the audit log.
    public var detail: String {
        var parts = Item.allCases.filter { self[$0] > 0 }.map { $0.phrase(self[$0]) }
        if sharedRawSourcesKept > 0 {
            parts.append("\(sharedRawSourcesKept) shared source item\(sharedRawSourcesKept == 1 ? "" : "s") kept")
        }
        return parts.isEmpty ? "nothing stored" : parts.joined(separator: ", ")
    }
}
