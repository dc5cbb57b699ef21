/// Where a conversation stands: new -> open -> pending (on the customer or on us) -> resolved -> closed.
public enum ConversationStatus: String, Codable, Sendable, CaseIterable, Hashable {
    case new
    case open
    case pendingCustomer = "pending_customer"
    case pendingInternal = "pending_internal"
    case resolved
    case closed

    /// Active conversations are in the queue and can take new calls, SMS and chats.
    public var isActive: Bool {
        switch self {
        case .new, .open, .pendingCustomer, .pendingInternal: true
        case .resolved, .closed: false
        }
    }

    /// Short label for queue rows.
    public var label: String {
        switch self {
        case .new: "new"
        case .open: "open"
        case .pendingCustomer: "pending"
        case .pendingInternal: "internal"
        case .resolved: "resolved"
        case .closed: "closed"
        }
    }
}
