import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The one cluster a test process's store tests share (each test makes its own database in it):
/// starting a server costs a second, a database a few milliseconds.
private let sharedCluster = Mutex<Result<PostgresCluster, PostgresCluster.Failure>?>(nil)

extension PostgresCluster {
    /// The test process's shared cluster, started on first use and stopped when the process exits.
    public static func shared() throws(PostgresCluster.Failure) -> PostgresCluster {
        let result = sharedCluster.withLock { slot -> Result<PostgresCluster, PostgresCluster.Failure> in
            if let slot { return slot }
            let started: Result<PostgresCluster, PostgresCluster.Failure>
            do { started = .success(try PostgresCluster()) } catch let failure as PostgresCluster.Failure {
                started = .failure(failure)
            } catch {
                started = .failure(.commandFailed(command: "initdb", status: -1, output: "\(error)"))
            }
            if case .success = started {
                atexit { sharedCluster.withLock { if case .success(let cluster) = $0 { cluster.stop() } } }
            }
            slot = started
            return started
        }
        return try result.get()
    }

    /// A new, empty database in this cluster, and its `postgres://` URL.
    public func makeDatabase(prefix: String = "concord") throws -> String {
        let name = "\(prefix)_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16))"
        try createDatabase(name)
        return "postgres://\(user)@127.0.0.1:\(port)/\(name)"
    }

    /// Drops a database made by `makeDatabase`, closing whatever connections it still has.
    public func dropDatabase(url: String) {
        guard let name = url.split(separator: "/").last else { return }
        _ = try? psql("DROP DATABASE IF EXISTS \"\(name)\" WITH (FORCE)")
    }
}
