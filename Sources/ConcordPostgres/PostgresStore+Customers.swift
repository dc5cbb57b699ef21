import Foundation
import ConcordStore
import ConversationEngine

/// Customers and their merges, read as `SQLiteStore+Customers` reads them.
extension PostgresStore {
    public func customers(limit: Int, offset: Int) throws -> [Customer] {
        try read { session in
            try session.rows("""
                SELECT \(PostgresRowDecoding.customerColumns) FROM customers WHERE merged_into IS NULL ORDER BY id LIMIT ? OFFSET ?
                """, [Self.limit(limit), max(0, offset)]).map(PostgresRowDecoding.customer)
        }
    }

    public func findCustomers(_ query: String, limit: Int) throws -> [Customer] {
        let text = query.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return [] }
        let pattern = "%" + PostgresWriteSession.likeEscaped(text.lowercased()) + "%"
        return try read { session in
            // lower(...) LIKE is what the trigram indexes serve, in every script.
            try session.rows("""
                SELECT \(PostgresRowDecoding.customerColumns) FROM customers
                WHERE merged_into IS NULL AND (
                    lower(display_name) LIKE ? ESCAPE '\\'
                    OR id IN (SELECT customer_id FROM identities WHERE lower(value) LIKE ? ESCAPE '\\'))
                ORDER BY id LIMIT ?
                """, [pattern, pattern, Self.limit(limit)]).map(PostgresRowDecoding.customer)
        }
    }

    public func mergedInto(_ customer: CustomerID) throws -> CustomerID? {
        try read { session in
            try session.value("SELECT merged_into FROM customers WHERE id = ?", [customer.rawValue], as: Int64.self)
                .map(CustomerID.init(rawValue:))
        }
    }

    public func mergeSuggestions(for customer: CustomerID?, state: MergeSuggestion.State?) throws -> [MergeSuggestion] {
        var clauses: [String] = []
        var values: [(any PostgresBindable)?] = []
        if let customer {
            clauses.append("(customer_a = ? OR customer_b = ?)")
            values += [customer.rawValue, customer.rawValue]
        }
        if let state {
            clauses.append("state = ?")
            values.append(state.rawValue)
        }
        let filter = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        return try read { session in
            try session.rows("SELECT * FROM merge_suggestions \(filter) ORDER BY score DESC, id", values)
                .map(PostgresRowDecoding.mergeSuggestion)
        }
    }

    public func merges(involving customer: CustomerID) throws -> [CustomerMerge] {
        try read { session in
            try session.rows("SELECT * FROM customer_merges WHERE survivor_id = ? OR merged_id = ? ORDER BY id",
                             [customer.rawValue, customer.rawValue]).map(PostgresRowDecoding.customerMerge)
        }
    }
}
