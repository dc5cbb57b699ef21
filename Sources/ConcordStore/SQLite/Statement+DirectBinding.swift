import Foundation
import GRDB
import GRDBSQLite

extension Statement {
    /// Runs a statement that returns no rows (an INSERT or UPDATE) with `values` bound in order,
    /// straight through SQLite's C API.
    ///
    /// For the few statements bulk ingest runs on every message (the message, its conversation,
    /// its raw source): GRDB's `execute(arguments:)` boxes each of their 20-odd values as an
    /// existential, validates them and, past 20 arguments, has SQLite copy every string; that
    /// bookkeeping cost more of the single writer's time than SQLite spent on some of the
    /// inserts. Errors are GRDB's `DatabaseError`, as `execute(arguments:)` throws them.
    /// - Precondition: `values.count` is the statement's argument count (the SQL is a constant
    ///   of the caller, so a mismatch is a programming error, not bad input).
    func run(binding values: [DatabaseValue], in db: Database) throws {
        try bound(values, in: db) { statement in
            var code = sqlite3_step(statement)
            while code == SQLITE_ROW { code = sqlite3_step(statement) }
            guard code == SQLITE_DONE else { throw failure(code, in: db) }
        }
    }

    /// The first column of the first row as an integer, nil when there is no row or it is
    /// NULL: for the lookups planning makes for every event (a dedupe key, an identity's
    /// owner), bound directly like `run(binding:in:)`.
    func firstInteger(binding values: [DatabaseValue], in db: Database) throws -> Int64? {
        try bound(values, in: db) { statement in
            switch sqlite3_step(statement) {
            case SQLITE_ROW:
                return sqlite3_column_type(statement, 0) == SQLITE_NULL ? nil : sqlite3_column_int64(statement, 0)
            case SQLITE_DONE:
                return nil
            case let code:
                throw failure(code, in: db)
            }
        }
    }

    /// The first column of every row as integers (NULLs skipped), bound directly like
    /// `run(binding:in:)`: for the per-message probes that nearly always find nothing.
    func integers(binding values: [DatabaseValue], in db: Database) throws -> [Int64] {
        try bound(values, in: db) { statement in
            var found: [Int64] = []
            while true {
                switch sqlite3_step(statement) {
                case SQLITE_ROW:
                    if sqlite3_column_type(statement, 0) != SQLITE_NULL { found.append(sqlite3_column_int64(statement, 0)) }
                case SQLITE_DONE:
                    return found
                case let code:
                    throw failure(code, in: db)
                }
            }
        }
    }

    /// Binds `values` in order, runs `body` on the statement and leaves it reset and unbound.
    /// Strings and blobs are bound in place (SQLite does not copy them): the step runs inside
    /// their `withCString`/`withUnsafeBytes`, so the memory stays valid for exactly as long as
    /// SQLite reads it.
    private func bound<T>(_ values: [DatabaseValue], in db: Database, _ body: (SQLiteStatement) throws -> T) throws -> T {
        let statement = sqliteStatement
        precondition(values.count == Int(sqlite3_bind_parameter_count(statement)),
                     "\(values.count) values for \(sqlite3_bind_parameter_count(statement)) arguments in \(sql)")
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        var inPlace: [Int] = []
        for (offset, value) in values.enumerated() {
            let index = CInt(offset + 1)
            let code: CInt
            switch value.storage {
            case .null: code = sqlite3_bind_null(statement, index)
            case .int64(let integer): code = sqlite3_bind_int64(statement, index, integer)
            case .double(let real): code = sqlite3_bind_double(statement, index, real)
            case .blob(let data) where data.isEmpty: code = sqlite3_bind_zeroblob(statement, index, 0)
            case .string, .blob:
                inPlace.append(offset)
                continue
            }
            guard code == SQLITE_OK else { throw failure(code, in: db) }
        }
        return try binding(inPlace[...], of: values, to: statement, in: db, body)
    }

    /// Binds the strings and blobs at `offsets` one inside the other, then runs `body`.
    private func binding<T>(_ offsets: ArraySlice<Int>, of values: [DatabaseValue], to statement: SQLiteStatement,
                            in db: Database, _ body: (SQLiteStatement) throws -> T) throws -> T {
        guard let offset = offsets.first else { return try body(statement) }
        let index = CInt(offset + 1)
        let rest = offsets.dropFirst()
        switch values[offset].storage {
        case .string(let text):
            return try text.withCString { pointer in
                let code = sqlite3_bind_text(statement, index, pointer, -1, nil)
                guard code == SQLITE_OK else { throw failure(code, in: db) }
                return try binding(rest, of: values, to: statement, in: db, body)
            }
        case .blob(let data):
            return try data.withUnsafeBytes { bytes in
                let code = sqlite3_bind_blob(statement, index, bytes.baseAddress, CInt(bytes.count), nil)
                guard code == SQLITE_OK else { throw failure(code, in: db) }
                return try binding(rest, of: values, to: statement, in: db, body)
            }
        default:
            preconditionFailure("only strings and blobs are bound in place")
        }
    }

    private func failure(_ code: CInt, in db: Database) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: sql)
    }
}
