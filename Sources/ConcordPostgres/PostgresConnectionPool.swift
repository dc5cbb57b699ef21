import Foundation
import NIOPosix
import Synchronization

/// A bounded set of connections to one database, shared by a store's readers and writers.
///
/// The console reads on its own thread while the live-update listener and the dispatcher run
/// on others; each takes a connection for one call or one transaction and gives it back.
/// Connections are opened on first need, up to `capacity`; a caller finding all of them busy
/// waits. A connection that failed (the server restarted) is dropped and the next caller opens
/// a new one, so a restarted server costs one failed call, not a restart of Concord.
final class PostgresConnectionPool: Sendable {
    let url: PostgresDatabaseURL
    let capacity: Int
    private let group: MultiThreadedEventLoopGroup
    private let idle = Mutex<[BlockingPostgresConnection]>([])
    private let slots: DispatchSemaphore

    init(_ url: PostgresDatabaseURL, capacity: Int) {
        self.url = url
        self.capacity = capacity
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        slots = DispatchSemaphore(value: capacity)
    }

    deinit {
        for connection in idle.withLock({ $0 }) { connection.close() }
        try? group.syncShutdownGracefully()
    }

    /// Runs `body` with a connection of its own for the duration of the call.
    func withConnection<T>(_ body: (BlockingPostgresConnection) throws -> T) throws -> T {
        slots.wait()
        defer { slots.signal() }
        let connection = try idle.withLock { $0.popLast() } ?? BlockingPostgresConnection(url, group: group)
        do {
            let result = try body(connection)
            idle.withLock { $0.append(connection) }
            return result
        } catch {
            if connection.isUsable { idle.withLock { $0.append(connection) } } else { connection.close() }
            throw error
        }
    }
}
