import Foundation
import PostgresNIO

/// Statements on one connection, with `?` parameters and model values, the way the store's
/// queries are written (see `PostgresPlaceholders`, `PostgresBindable`).
struct PostgresSession {
    let connection: BlockingPostgresConnection
    /// What a write transaction's statements changed (nil outside one).
    var journal: PostgresChangeJournal? = nil

    /// Runs `body`, whose writes touch only the customers it notes in the journal (see
    /// `PostgresChangeJournal.touching`); the journal is nil outside a write transaction.
    @discardableResult
    func touching<T>(_ body: (PostgresChangeJournal?) throws -> T) rethrows -> T {
        guard let journal else { return try body(nil) }
        return try journal.touching { try body($0) }
    }

    /// The rows `sql` returns.
    func rows(_ sql: String, _ values: [(any PostgresBindable)?] = []) throws -> [PostgresRecord] {
        try run(sql, values).rows.map(PostgresRecord.init)
    }

    /// The first row `sql` returns, if any.
    func row(_ sql: String, _ values: [(any PostgresBindable)?] = []) throws -> PostgresRecord? {
        try run(sql, values).rows.first.map(PostgresRecord.init)
    }

    /// The first column of the first row (nil when there is no row or it is NULL).
    func value<T: PostgresDecodable>(_ sql: String, _ values: [(any PostgresBindable)?] = [], as type: T.Type = T.self) throws -> T?
        where T._DecodableType == T {
        guard let row = try run(sql, values).rows.first else { return nil }
        return try PostgresRecord(row)(0, as: T?.self)
    }

    /// Runs a statement; returns how many rows it inserted, updated or deleted.
    @discardableResult
    func execute(_ sql: String, _ values: [(any PostgresBindable)?] = []) throws -> Int {
        try run(sql, values).metadata.rows ?? 0
    }

    /// Runs an INSERT ... RETURNING id and returns the id.
    func insert(_ sql: String, _ values: [(any PostgresBindable)?]) throws -> Int64 {
        guard let id = try value(sql + " RETURNING id", values, as: Int64.self) else {
            throw PostgresFailure(message: "an insert returned no id: \(PostgresFailure.shortened(sql))")
        }
        return id
    }

    private func run(_ sql: String, _ values: [(any PostgresBindable)?]) throws -> PostgresQueryResult {
        journal?.note(sql)
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            if let value { try value.append(to: &bindings) } else { bindings.appendNull() }
        }
        return try connection.run(PostgresPlaceholders.numbered(sql), bindings)
    }
}
