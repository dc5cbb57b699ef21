import Foundation
import PostgresNIO

/// A PostgreSQL error, with the server's own message when it sent one and what Concord was doing,
/// so the user sees "PostgreSQL could not connect to db1:5432/concord as agent: connection
/// refused" rather than a NIO type name.
public struct PostgresFailure: Error, CustomStringConvertible, Sendable {
    /// The server's SQLSTATE code ("42P01"), when the server answered.
    public let code: String?
    public let description: String

    init(_ error: any Error, doing what: String) {
        if let error = error as? PSQLError, let message = error.serverInfo?[.message] {
            code = error.serverInfo?[.sqlState]
            description = "PostgreSQL could not \(what): \(message)"
        } else if let error = error as? PSQLError, error.code == .connectionError || error.code == .serverClosedConnection,
                  let underlying = error.underlying {
            code = nil
            description = "PostgreSQL could not \(what): \(underlying)"
        } else {
            code = nil
            description = "PostgreSQL could not \(what): \(String(describing: error))"
        }
    }

    init(message: String) {
        code = nil
        description = "PostgreSQL: \(message)"
    }

    /// SQLSTATE 23505: a unique constraint refused the row.
    public var isUniqueViolation: Bool { code == "23505" }

    static func shortened(_ sql: String) -> String {
        let line = sql.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        return line.count > 80 ? String(line.prefix(77)) + "..." : line
    }
}
