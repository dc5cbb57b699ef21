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

    /// More rows exist beyond those loaded.
    public var hasMore: Bool { rows.count < total }

    /// Whether the selection is close enough to the end of the loaded rows to fetch the next page.
    public var needsNextPage: Bool {
        guard hasMore, !isLoading, let selected = list.selected else { return false }
        return selected >= rows.count - max(20, list.visibleHeight * 2)
    }
}
