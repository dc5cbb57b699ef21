import ConversationEngine

/// What other processes' commits changed, as far as the store can say without being asked:
/// a live screen reads again only what the change can have touched. Fifty consoles woken by one
/// stored message would otherwise each read the whole queue page and the open customer again
/// (Benchmarks/load.sh measured that at 600 ms to get a message onto every screen on 2 cores).
///
/// A store that cannot tell (SQLite's change counter, a notification lost while reconnecting)
/// says `.anything`, and the screen reads everything again, as it always may.
public struct StoreChange: Sendable, Hashable {
    /// The customers whose conversations, messages, card or merge suggestions changed; nil: any
    /// customer's, and anything else too (agents, broadcasts, settings).
    public private(set) var customers: Set<CustomerID>?
    /// Who is looking at what (presence) may have changed.
    public private(set) var presence: Bool

    /// Anything may have changed.
    public static let anything = StoreChange(customers: nil, presence: true)
    /// Only who is looking at what: nothing in the queue or a customer's panes.
    public static let presence = StoreChange(customers: [], presence: true)

    /// Only these customers' conversations, messages, card or merge suggestions (new messages
    /// arriving, the common case): their queue rows and, when one of them is open, the detail
    /// panes are what need reading.
    public static func customers(_ customers: Set<CustomerID>) -> StoreChange {
        StoreChange(customers: customers, presence: false)
    }

    /// Both changes together, for changes that arrive before the screen had time to read the first.
    public func merged(with other: StoreChange) -> StoreChange {
        let customers: Set<CustomerID>? = if let mine = self.customers, let theirs = other.customers { mine.union(theirs) } else { nil }
        return StoreChange(customers: customers, presence: presence || other.presence)
    }

    /// Whether the change can have touched what the screen shows of `customer`.
    public func touches(_ customer: CustomerID) -> Bool {
        customers?.contains(customer) ?? true
    }

    /// Whether the change can reach beyond the customers it names (agents, broadcasts, anything).
    public var isAnything: Bool { customers == nil }
}
