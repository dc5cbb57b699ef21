import Foundation

/// Where a PostgreSQL store is: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`, as
/// `--db` and `CONCORD_DB` give it (`postgresql://` too). No TLS option yet: team mode's
/// tests and the load benchmark run on loopback only.
public struct PostgresDatabaseURL: Sendable, Equatable {
    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String

    /// Why a text is not a PostgreSQL URL, said so the user can fix it.
    public struct Invalid: Error, CustomStringConvertible, Equatable {
        public let text: String
        public let reason: String
        public var description: String {
            "\"\(text)\" is not a PostgreSQL URL (\(reason)); write postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE"
        }
    }

    /// Whether `text` names a PostgreSQL store rather than an SQLite file.
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    public init(_ text: String) throws(Invalid) {
        guard Self.isPostgres(text), let components = URLComponents(string: text) else {
            throw Invalid(text: text, reason: "it must start with postgres://")
        }
        guard let user = components.user, !user.isEmpty else { throw Invalid(text: text, reason: "no user") }
        guard let host = components.host, !host.isEmpty else { throw Invalid(text: text, reason: "no host") }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else { throw Invalid(text: text, reason: "no database name") }
        if let port = components.port, !(1...65_535).contains(port) {
            throw Invalid(text: text, reason: "port \(port) is out of range")
        }
        self.user = user.removingPercentEncoding ?? user
        self.password = components.password.map { $0.removingPercentEncoding ?? $0 }
        self.host = host
        self.port = components.port ?? 5432
        self.database = database.removingPercentEncoding ?? database
    }
}
