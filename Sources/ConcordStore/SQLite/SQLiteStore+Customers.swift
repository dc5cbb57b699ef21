import Foundation
import GRDB
import ConversationEngine

extension SQLiteStore {
    public func customers(limit: Int, offset: Int) throws -> [Customer] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(RowDecoding.customerColumns) FROM customers WHERE merged_into IS NULL ORDER BY id LIMIT ? OFFSET ?
                """, arguments: [limit, offset]).map(RowDecoding.customer)
        }
    }

    public func findCustomers(_ query: String, limit: Int) throws -> [Customer] {
        let text = query.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return [] }
        let pattern = "%" + SQLiteWriteSession.likeEscaped(text.lowercased()) + "%"
        // SQLite's lower() and LIKE fold ASCII only: "Сергей" would not find Сергей Иванов.
        // GRDB's Swift lowercasing folds every script; ASCII text needs no more than lower().
        let lower = text.utf8.allSatisfy { $0 < 0x80 } ? "lower" : "swiftLowercaseString"
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(RowDecoding.customerColumns) FROM customers
                WHERE merged_into IS NULL AND (
                    \(lower)(display_name) LIKE ? ESCAPE '\\'
                    OR id IN (SELECT customer_id FROM identities WHERE \(lower)(value) LIKE ? ESCAPE '\\'))
                ORDER BY id LIMIT ?
                """, arguments: [pattern, pattern, limit]).map(RowDecoding.customer)
        }
    }

    public func mergedInto(_ customer: CustomerID) throws -> CustomerID? {
        try read { db in
            try Int64.fetchOne(db, sql: "SELECT merged_into FROM customers WHERE id = ?", arguments: [customer.rawValue])
                .map(CustomerID.init(rawValue:))
        }
    }

    public func mergeSuggestions(for customer: CustomerID?, state: MergeSuggestion.State?) throws -> [MergeSuggestion] {
        var clauses: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let customer {
            clauses.append("(customer_a = ? OR customer_b = ?)")
            arguments += [customer.rawValue, customer.rawValue]
        }
        if let state {
            clauses.append("state = ?")
            arguments.append(state.rawValue)
        }
        let filter = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        return try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM merge_suggestions \(filter) ORDER BY score DESC, id",
                             arguments: StatementArguments(arguments)).map(RowDecoding.mergeSuggestion)
        }
    }

    public func merges(involving customer: CustomerID) throws -> [CustomerMerge] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM customer_merges WHERE survivor_id = ? OR merged_id = ? ORDER BY id",
                             arguments: [customer.rawValue, customer.rawValue]).map(RowDecoding.customerMerge)
        }
    }

    public func rawSource(_ id: RawSourceID) throws -> RawSourceRecord? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT \(RowDecoding.rawSourceColumns) FROM raw_sources WHERE id = ?",
                             arguments: [id.rawValue]).map(RowDecoding.rawSource)
        }
    }

    public func rawSourceData(_ id: RawSourceID) throws -> Data? {
        let row = try read { db in
            try Row.fetchOne(db, sql: "SELECT data, encoding, size FROM raw_sources WHERE id = ?", arguments: [id.rawValue])
        }
        guard let row else { return nil }
        let bytes = RawBytes(stored: row["data"], encoding: RawBytes.Encoding(rawValue: row["encoding"]) ?? .none,
                             originalSize: row["size"])
        return try bytes.original()
    }

    public func rawSources(in state: RawSourceRecord.State, limit: Int) throws -> [RawSourceRecord] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(RowDecoding.rawSourceColumns) FROM raw_sources WHERE state = ? ORDER BY id LIMIT ?
                """, arguments: [state.rawValue, limit]).map(RowDecoding.rawSource)
        }
    }

    public func rawSourceCount(in state: RawSourceRecord.State) throws -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM raw_sources WHERE state = ?", arguments: [state.rawValue]) ?? 0
        }
    }

    public func rawSourceStates(digests: [String]) throws -> [String: RawSourceRecord.State] {
        guard !digests.isEmpty else { return [:] }
        return try read { db in
            // One probe of the digest index per item, through a kept statement: an `IN (...)`
            // list of a whole batch cost more (a new statement per batch, a temporary b-tree of
            // the list) and the parsing threads ask for every batch of every ingest.
            let statement = try db.cachedStatement(sql: """
                SELECT CASE state WHEN 'ingested' THEN 1 WHEN 'quarantined' THEN 2 ELSE 0 END
                FROM raw_sources WHERE digest = ?
                """)
            var states: [String: RawSourceRecord.State] = [:]
            for digest in digests {
                switch try statement.firstInteger(binding: [digest.databaseValue], in: db) {
                case nil: continue
                case 1?: states[digest] = .ingested
                case 2?: states[digest] = .quarantined
                default: states[digest] = .pending
                }
            }
            return states
        }
    }
}
