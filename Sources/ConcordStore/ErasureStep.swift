/// The ids an erasure gathers before it deletes anything; every step matches rows by them.
public enum ErasureSet: String, Sendable, Hashable, CaseIterable {
    /// The customer and every customer merged into them.
    case customers
    /// The customers' conversations.
    case conversations
    /// The customers' messages, and every message of their conversations (agents' replies, notes).
    case messages
    /// Source items only these messages came from, and unlinked ones naming the customer.
    case rawSources
    /// Outbox items of the conversations or the messages.
    case outboxItems
    /// Follow-ups of the conversations or of the outbox items.
    case followUps
}

/// One statement of an erasure, the same on both stores: delete the rows of `table` that
/// match, or clear a reference that a row which stays holds to an erased row.
public struct ErasureStep: Sendable, Hashable {
    /// A row matches when `column` holds an id of `set`.
    public struct Match: Sendable, Hashable {
        public let column: String
        public let set: ErasureSet
    }

    public enum Action: Sendable, Hashable {
        /// Deletes the matching rows, counted as `item` in the report.
        case delete(ErasureReport.Item)
        /// Sets the (only) matched column to NULL.
        case clear
    }

    public let table: String
    public let action: Action
    /// Any of them (OR).
    public let matches: [Match]

    /// Deletes the rows of `table` where any `(column, set)` matches.
    static func delete(_ table: String, counting item: ErasureReport.Item, where matches: [(String, ErasureSet)]) -> ErasureStep {
        ErasureStep(table: table, action: .delete(item), matches: matches.map { Match(column: $0.0, set: $0.1) })
    }

    /// Sets `column` of `table` to NULL where it holds an id of `set`.
    static func clear(_ table: String, _ column: String, in set: ErasureSet) -> ErasureStep {
        ErasureStep(table: table, action: .clear, matches: [Match(column: column, set: set)])
    }

    /// The matched columns as one SQL condition, with `list(set)` standing for the set's ids
    /// in the store's dialect (`IN (SELECT id FROM temp.erasure_messages)`, `= ANY(?)`).
    public func condition(_ list: (ErasureSet) -> String) -> String {
        matches.map { "\($0.column) \(list($0.set))" }.joined(separator: " OR ")
    }

    /// The statement, in SQL both stores speak.
    public func sql(_ list: (ErasureSet) -> String) -> String {
        switch action {
        case .delete: "DELETE FROM \(table) WHERE \(condition(list))"
        case .clear: "UPDATE \(table) SET \(matches[0].column) = NULL WHERE \(condition(list))"
        }
    }
}
