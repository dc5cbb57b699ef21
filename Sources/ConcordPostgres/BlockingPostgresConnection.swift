import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// One PostgreSQL connection used synchronously: each call blocks the calling thread while the
/// connection's event loop does the I/O.
///
/// The `Store` protocol is synchronous (the console's loop is), and some callers are async
/// commands running on Swift's cooperative pool, which has as many threads as cores (two
/// here): waiting on a semaphore for an async call could leave no thread to run it. Waiting on
/// a NIO future needs none of the pool's threads, so it cannot starve it. Never call from an
/// event-loop thread.
///
/// Unchecked Sendable: a connection is used by one thread at a time (the pool hands each to one
/// caller), and PostgresNIO's connection itself is thread-safe.
public final class BlockingPostgresConnection: @unchecked Sendable {
    private let ownGroup: MultiThreadedEventLoopGroup?
    private let connection: PostgresConnection
    private let logger: Logger
    private var closed = false

    /// Connects to `url` (no TLS) on `group`'s event loops, or on a one-thread group of its own.
    public init(_ url: PostgresDatabaseURL, group: (any EventLoopGroup)? = nil,
                logger: Logger = Logger(label: "concord.postgres")) throws(PostgresFailure) {
        let own = group == nil ? MultiThreadedEventLoopGroup(numberOfThreads: 1) : nil
        ownGroup = own
        self.logger = logger
        let configuration = PostgresConnection.Configuration(host: url.host, port: url.port, username: url.user,
                                                             password: url.password, database: url.database, tls: .disable)
        do {
            let loop = (group ?? own!).next()
            connection = try PostgresConnection.connect(on: loop, configuration: configuration, id: 1, logger: logger).wait()
        } catch {
            try? own?.syncShutdownGracefully()
            throw PostgresFailure(error, doing: "connect to \(url.host):\(url.port)/\(url.database) as \(url.user)")
        }
    }

    deinit { close() }

    /// Whether the connection can still be used (false after the server went away or `close`).
    public var isUsable: Bool { !closed && !connection.isClosed }

    /// Runs one statement with `$n` parameters (PostgreSQL's extended protocol takes one at a time).
    public func run(_ sql: String, _ bindings: PostgresBindings = PostgresBindings()) throws(PostgresFailure) -> PostgresQueryResult {
        do {
            return try connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger).wait()
        } catch {
            throw PostgresFailure(error, doing: "run \(PostgresFailure.shortened(sql))")
        }
    }

    /// Runs one statement without parameters.
    public func execute(_ sql: String) throws(PostgresFailure) {
        _ = try run(sql)
    }

    /// Runs one statement and returns its rows' first column as text (NULLs skipped).
    public func strings(_ sql: String) throws(PostgresFailure) -> [String] {
        var result: [String] = []
        for row in try run(sql).rows {
            if let value = try PostgresRecord(row)(0, as: String?.self) { result.append(value) }
        }
        return result
    }

    /// Calls `handler` (on the connection's event loop) with the payload of every notification
    /// on `channel` from now on: PostgreSQL's LISTEN.
    public func listen(_ channel: String, handler: @escaping @Sendable (String) -> Void) throws(PostgresFailure) {
        connection.addListener(channel: channel) { _, notification in handler(notification.payload) }
        try execute("LISTEN \"\(channel)\"")
    }

    /// Closes the connection (and its own event loop, if it has one); later calls fail.
    public func close() {
        guard !closed else { return }
        closed = true
        try? connection.close().wait()
        try? ownGroup?.syncShutdownGracefully()
    }
}
