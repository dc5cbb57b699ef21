import Foundation
import ConversationEngine

/// A merge of one customer into another, recorded with everything it moved so that it can be
/// undone exactly. The merged customer's row is kept (marked as merged), never deleted.
public struct CustomerMerge: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var survivor: CustomerID
    public var merged: CustomerID
    public var mergedAt: Date
    public var identities: [Identity]
    public var conversations: [ConversationID]
    public var undoneAt: Date?

    public init(id: Int64, survivor: CustomerID, merged: CustomerID, mergedAt: Date, identities: [Identity],
                conversations: [ConversationID], undoneAt: Date?) {
        self.id = id
        self.survivor = survivor
        self.merged = merged
        self.mergedAt = mergedAt
        self.identities = identities
        self.conversations = conversations
        self.undoneAt = undoneAt
    }
}
