import Foundation
import PostgresNIO

/// One result row, read by column name or position into Swift values.
///
/// A value of the wrong type or a missing column is a programming error in the store's own
/// statements, but it is reported as a `PostgresFailure` naming the column rather than a crash,
/// so a database altered by hand says what is wrong with it.
public struct PostgresRecord {
    let row: PostgresRandomAccessRow

    init(_ row: PostgresRow) {
        self.row = row.makeRandomAccess()
    }

    /// The value of the column `name`.
    public func callAsFunction<T: PostgresDecodable>(_ name: String, as type: T.Type = T.self) throws(PostgresFailure) -> T {
        guard row.contains(name) else { throw PostgresFailure(message: "the result has no column \(name)") }
        return try decode(row[name])
    }

    /// The value of the column at `index` (0-based).
    public func callAsFunction<T: PostgresDecodable>(_ index: Int, as type: T.Type = T.self) throws(PostgresFailure) -> T {
        guard index < row.count else { throw PostgresFailure(message: "the result has no column \(index)") }
        return try decode(row[index])
    }

    private func decode<T: PostgresDecodable>(_ cell: PostgresCell) throws(PostgresFailure) -> T {
        do { return try cell.decode(T.self) } catch {
            throw PostgresFailure(message: "column \(cell.columnName) does not hold a \(T.self): \(error)")
        }
    }
}
