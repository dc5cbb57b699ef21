import Foundation
import ConcordStore
import ConversationEngine

/// Reads everything the detail panes show about one customer, with bounded queries: the
/// newest page of the timeline, not the whole history.
public enum DetailLoader {
    public static func load(customer id: CustomerID, from store: any Store, now: Date,
                            pageSize: Int = ConsoleReducer.timelinePageSize) throws -> CustomerSnapshot? {
        // The card counts contacts in the last 30 days.
        guard var snapshot = try store.snapshot(of: id, messageLimit: pageSize, contactsSince: now.addingTimeInterval(-30 * 86_400))
        else { return nil }
        // Merge suggestions are a person's decision, so the card shows them with their evidence.
        snapshot.mergeSuggestions = try store.mergeSuggestions(for: id, state: .open).sorted { $0.score > $1.score }
        for suggestion in snapshot.mergeSuggestions.prefix(5) {
            let other = suggestion.customerA == id ? suggestion.customerB : suggestion.customerA
            if let customer = try store.customer(other) { snapshot.suggestedCustomers[other] = customer }
        }
        snapshot.merges = try store.merges(involving: id).sorted { $0.mergedAt > $1.mergedAt }
        return snapshot
    }

    /// The page of messages before `cursor`, and whether there are more.
    public static func older(customer id: CustomerID, before cursor: TimelineCursor, from store: any Store,
                             pageSize: Int = ConsoleReducer.timelinePageSize) throws -> ([Message], Bool) {
        let messages = try store.timeline(of: id, before: cursor, limit: pageSize + 1)
        return (Array(messages.suffix(pageSize)), messages.count > pageSize)
    }
}
