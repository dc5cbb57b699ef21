import ConcordStore
import ConversationEngine

/// What the console read ahead for the conversations next to the selection, while the agent
/// was reading: the customer (timeline page, card) and the suggestions. A cursor move to a
/// neighbour then costs laying out and drawing, not reading and ranking; a support queue is
/// read row after row.
///
/// Nothing read ahead outlives a change: every entry is stamped with the store's newest
/// message and the console's own write count when it was read, and is used only while both
/// are the same (a new message anywhere, or anything this console wrote, drops it).
struct NeighbourPrefetch {
    /// The store as it stood for a read-ahead entry.
    struct Stamp: Equatable {
        var latestMessage: MessageID?
        var writes: Int
    }

    private var details: [CustomerID: (CustomerSnapshot, Stamp)] = [:]
    private var suggestions: [ConversationID: (ReplySuggestions?, Stamp)] = [:]
    /// Conversations still to read ahead, nearest first.
    private var pending: [QueueItem] = []

    /// Entries kept at most (the neighbours of the last few selections).
    static let capacity = 8

    var hasWork: Bool { !pending.isEmpty }

    /// Plans reading ahead the rows around `index` of `rows` (the one the cursor is moving
    /// towards first), dropping plans for earlier selections.
    mutating func plan(around index: Int, in rows: [QueueItem], direction: Int) {
        let order = direction < 0 ? [index - 1, index + 1] : [index + 1, index - 1]
        pending = order.filter { rows.indices.contains($0) }.map { rows[$0] }
    }

    mutating func nextPending() -> QueueItem? {
        pending.isEmpty ? nil : pending.removeFirst()
    }

    func hasDetail(_ customer: CustomerID, at stamp: Stamp) -> Bool { details[customer]?.1 == stamp }
    func hasSuggestions(_ conversation: ConversationID, at stamp: Stamp) -> Bool { suggestions[conversation]?.1 == stamp }

    mutating func keep(_ detail: CustomerSnapshot, at stamp: Stamp) {
        if details.count >= Self.capacity { details.removeAll() }
        details[detail.customer.id] = (detail, stamp)
    }

    mutating func keep(_ suggestion: ReplySuggestions?, for conversation: ConversationID, at stamp: Stamp) {
        if suggestions.count >= Self.capacity { suggestions.removeAll() }
        suggestions[conversation] = (suggestion, stamp)
    }

    /// The customer read ahead, if it was read at the store's `stamp` (asked for only when
    /// there is one, so a move without read-ahead costs no extra query). Taken: read again next time.
    mutating func takeDetail(_ customer: CustomerID, at stamp: () throws -> Stamp) rethrows -> CustomerSnapshot? {
        guard let (detail, kept) = details.removeValue(forKey: customer), try kept == stamp() else { return nil }
        return detail
    }

    /// The suggestions read ahead (nil inside when there were none to make), as `takeDetail`.
    mutating func takeSuggestions(_ conversation: ConversationID, at stamp: () throws -> Stamp) rethrows -> ReplySuggestions?? {
        guard let (suggestion, kept) = suggestions.removeValue(forKey: conversation), try kept == stamp() else { return nil }
        return .some(suggestion)
    }
}
