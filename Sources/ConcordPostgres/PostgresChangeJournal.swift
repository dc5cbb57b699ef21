import ConcordStore
import ConversationEngine

/// What one write transaction changed, noted as its statements run, so that the notification
/// it sends on commit can tell the consoles what to read again (`StoreChange`).
///
/// The rule is conservative: any statement that writes rows outside a scope that says what it
/// touches (`touching(_:_:)`, used by ingest, the common and busy case) makes the change
/// `.anything`. A writer that forgets to say what it touched costs consoles a full read, never
/// a missed update.
final class PostgresChangeJournal {
    private var customers: Set<CustomerID> = []
    private var anything = false
    private var depth = 0

    /// Called for every statement the transaction runs.
    func note(_ sql: String) {
        if depth == 0, !anything, Self.writesRows(sql) { anything = true }
    }

    /// Runs `body`, whose writes touch only `customers` (added as it learns them, through the
    /// journal it is handed) or nothing a screen shows.
    func touching<T>(_ body: (PostgresChangeJournal) throws -> T) rethrows -> T {
        depth += 1
        defer { depth -= 1 }
        return try body(self)
    }

    func touch(_ customer: CustomerID) {
        customers.insert(customer)
    }

    /// What to tell the other screens when the transaction commits; nil: nothing they show changed
    /// (every event was a duplicate, only raw-source bookkeeping was written, or nothing at all).
    var change: StoreChange? {
        if anything { return .anything }
        return customers.isEmpty ? nil : .customers(customers)
    }

    /// Whether a statement can change rows: anything but a read, a lock, a savepoint or a
    /// setting counts (a CTE too, though most read: being wrong costs a full refresh only).
    static func writesRows(_ sql: String) -> Bool {
        let word = sql.drop { $0.isWhitespace || $0 == "(" }.prefix { $0.isLetter }.uppercased()
        return !readingWords.contains(word)
    }

    private static let readingWords: Set<String> = [
        "SELECT", "SAVEPOINT", "RELEASE", "ROLLBACK", "SET", "SHOW", "BEGIN", "COMMIT", "LOCK", "EXPLAIN", "VALUES",
        "LISTEN", "UNLISTEN",
    ]
}
