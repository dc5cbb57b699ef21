/// The account every ingest ends with: every item read is stored, a duplicate, or in
/// quarantine, so nothing can go missing unnoticed.
public struct IngestAccount: Sendable, Hashable, CustomStringConvertible {
    /// Items read from the source.
    public var read = 0
    /// New items kept and parsed, their events stored (an item may hold no timeline event,
    /// like a delivery receipt: it is still kept and counted here).
    public var stored = 0
    /// Items already known (the same bytes), or whose every event was already stored.
    public var duplicates = 0
    /// Items kept in quarantine with a reason.
    public var quarantined = 0
    /// New timeline events stored.
    public var events = 0
    /// Repairs parsers made (see the items' warnings).
    public var warnings = 0

    public init() {}

    /// read = stored + duplicates + quarantined.
    public var balances: Bool { read == stored + duplicates + quarantined }

    /// Two accounts as one (a batch's items, or two runs).
    public static func + (lhs: IngestAccount, rhs: IngestAccount) -> IngestAccount {
        var sum = lhs
        sum.read += rhs.read
        sum.stored += rhs.stored
        sum.duplicates += rhs.duplicates
        sum.quarantined += rhs.quarantined
        sum.events += rhs.events
        sum.warnings += rhs.warnings
        return sum
    }

    public var description: String {
        "read \(read) = stored \(stored) + duplicates \(duplicates) + quarantined \(quarantined); \(events) new events"
            + (warnings > 0 ? ", \(warnings) repairs" : "")
    }
}
