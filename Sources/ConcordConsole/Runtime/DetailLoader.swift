import Foundation
import ConcordStore
import ConversationEngine

/// Reads everything the detail panes show about one customer, with bounded queries: the
/// newest page of the timeline, not the whole history.
public enum DetailLoader {
    public static func load(customer id: CustomerID, from store: any Store, now: Date,
                            pageSize: Int = ConsoleReducer.timelinePageSize) throws -> CustomerSnapshot? {
        // The card counts contacts in the last 30 days.
        try store.snapshot(of: id, messageLimit: pageSize, contactsSince: now.addingTimeInterval(-30 * 86_400))
    }

    /// The page of messages before `cursor`, and whether there are more.
    public static func older(customer id: CustomerID, before cursor: TimelineCursor, from store: any Store,
                             pageSize: Int = ConsoleReducer.timelinePageSize) throws -> ([Message], Bool) {
        let messages = try store.timeline(of: id, before: cursor, limit: pageSize + 1)
        return (Array(messages.suffix(pageSize)), messages.count > pageSize)
    }
}
