import ConcordStore
import ConcordTerminal
import ConversationEngine

/// The queue pane's data: a window of rows loaded page by page as the agent scrolls, so a
/// queue of 50,000 open conversations starts as fast as one of 50.
public struct QueueModel: Sendable, Hashable {
    public var rows: [QueueItem] = []
    /// How many conversations match in total (the loaded rows may be fewer).
    public var total: Int = 0
    public var list = ListState(itemCount: 0, selected: 0)
    public var ordering: QueueQuery.Ordering
    public var isLoading = false
    /// Conversations marked for a batch command (`Space`); a batch acts on these instead of the selection.
    public var marked: Set<ConversationID> = []

    public static let pageSize = 200

    public init(ordering: QueueQuery.Ordering) {
        self.ordering = ordering
    }

    public var selectedItem: QueueItem? {
        guard let index = list.selected, rows.indices.contains(index) else { return nil }
        return rows[index]
    }

    /// The loaded rows with `customers`' rows read again: `fresh` (the store's rows for those
    /// customers under the same filters, `QueueQuery.customers`) replaces theirs, each in its
    /// place in the order. The loaded rows are always the first rows of the queue, so a fresh row
    /// that falls past the last loaded one belongs to a page not loaded yet and is left out
    /// (unless every row was loaded). Nil when nothing of the page would be left to place them
    /// against; then the page is read whole.
    public func patched(customers: Set<CustomerID>, with fresh: [QueueItem]) -> [QueueItem]? {
        let whole = rows.count >= total
        let kept = rows.filter { !customers.contains($0.conversation.customerID) }
        let precedes = { (a: QueueItem, b: QueueItem) in ordering.places(a.conversation, before: b.conversation) }
        guard let last = kept.last else { return whole ? fresh.sorted(by: precedes) : nil }
        let incoming = fresh.filter { whole || precedes($0, last) }.sorted(by: precedes)
        var merged: [QueueItem] = []
        merged.reserveCapacity(kept.count + incoming.count)
        var next = incoming.startIndex
        for row in kept {
            while next < incoming.endIndex, precedes(incoming[next], row) {
                merged.append(incoming[next])
                next += 1
            }
            merged.append(row)
        }
        merged += incoming[next...]
        return merged
    }

    /// More rows exist beyond those loaded.
    public var hasMore: Bool { rows.count < total }

    /// Whether the selection is close enough to the end of the loaded rows to fetch the next page.
    public var needsNextPage: Bool {
        guard hasMore, !isLoading, let selected = list.selected else { return false }
        return selected >= rows.count - max(20, list.visibleHeight * 2)
    }
}
