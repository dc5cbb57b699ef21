import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A real, throwaway PostgreSQL server for tests: a cluster initialised into a temporary
/// directory, listening on a private loopback port and socket, stopped and deleted when the
/// value goes away. Store and receiver tests run against it; nothing is mocked.
///
/// Debian's `postgresql` package puts the server programs in /usr/lib/postgresql/N/bin (not on
/// PATH); `CONCORD_PG_BIN` points elsewhere. PostgreSQL refuses to run as root, so as root the
/// cluster belongs to, and runs as, the `postgres` user the package creates. The server is
/// tuned for tests (no fsync, no full-page writes) unless made `durable`: a crash test must use its own cluster.
public final class PostgresCluster: @unchecked Sendable {
    /// Why a cluster could not be started, and what to do about it.
    public enum Failure: Error, CustomStringConvertible, Sendable {
        case notInstalled(searched: [String])
        case commandFailed(command: String, status: Int32, output: String)
        case noFreePort

        public var description: String {
            switch self {
            case .notInstalled(let searched):
                "PostgreSQL's server programs are not installed (looked in \(searched.joined(separator: ", "))); "
                    + "install them with `apt-get install postgresql` or set CONCORD_PG_BIN"
            case .commandFailed(let command, let status, let output):
                "`\(command)` exited with status \(status): \(output.trimmingCharacters(in: .whitespacesAndNewlines))"
            case .noFreePort:
                "no free loopback port for a test PostgreSQL server"
            }
        }
    }

    /// The superuser every test connects as (trust authentication, loopback only).
    public let user = "concord"
    /// The loopback port the server listens on.
    public let port: Int
    /// The directory holding the server's Unix socket.
    public let socketDirectory: String
    /// `postgres://` URL of the server's default database.
    public var url: String { "postgres://\(user)@127.0.0.1:\(port)/postgres" }

    private let root: String
    /// The cluster's data directory: tests read its files (an erasure must leave no bytes behind).
    public let dataDirectory: String
    private let binaries: String
    private let runsAsPostgresUser: Bool
    private var stopped = false

    /// Initialises and starts a new cluster; throws when PostgreSQL is missing or fails to start.
    /// - Parameters:
    ///   - maxConnections: the server's `max_connections` (the load benchmark's fifty consoles
    ///     each hold a pooled connection and a listening one).
    ///   - durable: commits wait for the disk as on a production server (fsync, synchronous
    ///     commit, full-page writes), for benchmarks; off, the tests' fast settings.
    public init(maxConnections: Int = 200, durable: Bool = false) throws {
        binaries = try Self.serverBinaries()
        runsAsPostgresUser = getuid() == 0
        var template = Array("/tmp/concord-pg-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw Failure.commandFailed(command: "mkdtemp", status: errno, output: String(cString: strerror(errno)))
        }
        root = String(cString: made)
        dataDirectory = root + "/data"
        socketDirectory = root + "/socket"
        port = try Self.freePort()
        do {
            try FileManager.default.createDirectory(atPath: socketDirectory, withIntermediateDirectories: true)
            if runsAsPostgresUser { try run(["/bin/chown", "-R", "postgres:postgres", root], asServer: false) }
            try run([binaries + "/initdb", "-D", dataDirectory, "-U", user, "-A", "trust", "-E", "UTF8",
                     "--locale=C.UTF-8", "--no-sync"])
            let fast = durable ? "" : "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            let options = "-p \(port) -k \(socketDirectory) -c listen_addresses=127.0.0.1 " + fast
                + "-c max_connections=\(maxConnections)"
            try run([binaries + "/pg_ctl", "-D", dataDirectory, "-l", root + "/server.log", "-w", "-t", "60",
                     "-o", options, "start"])
        } catch {
            try? FileManager.default.removeItem(atPath: root)
            throw error
        }
    }

    deinit { stop() }

    /// Stops the server at once and deletes the cluster.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        _ = try? run([binaries + "/pg_ctl", "-D", dataDirectory, "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Runs SQL through `psql` on `database` and returns what it printed (unaligned, tuples
    /// only): for setting up fixtures and for checking a store from outside.
    @discardableResult
    public func psql(_ sql: String, database: String = "postgres") throws -> String {
        let client = FileManager.default.isExecutableFile(atPath: binaries + "/psql") ? binaries + "/psql" : "/usr/bin/psql"
        return try run([client, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", socketDirectory, "-p", "\(port)",
                        "-U", user, "-d", database, "-c", sql], asServer: false)
    }

    /// Creates an empty database (a test's own, so tests can share one server).
    public func createDatabase(_ name: String) throws {
        try psql("CREATE DATABASE \"\(name.replacingOccurrences(of: "\"", with: "\"\""))\"")
    }

    // MARK: - Processes

    @discardableResult
    private func run(_ arguments: [String], asServer: Bool = true) throws -> String {
        let command = asServer && runsAsPostgresUser ? ["/usr/sbin/runuser", "-u", "postgres", "--"] + arguments : arguments
        var environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
        environment["PGCONNECT_TIMEOUT"] = "10"
        let (status, output) = try Subprocess.run(command, environment: environment, includingErrors: true)
        guard status == 0 else {
            throw Failure.commandFailed(command: arguments.map { $0.contains(" ") ? "'\($0)'" : $0 }.joined(separator: " "),
                                        status: status, output: output)
        }
        return output
    }

    /// The directory of `initdb` and `pg_ctl`: `CONCORD_PG_BIN`, else the newest Debian version.
    private static func serverBinaries() throws -> String {
        var searched: [String] = []
        if let configured = ProcessInfo.processInfo.environment["CONCORD_PG_BIN"] {
            if FileManager.default.isExecutableFile(atPath: configured + "/pg_ctl") { return configured }
            searched.append(configured)
        }
        let debian = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: debian)) ?? []).compactMap(Int.init).sorted(by: >)
        for version in versions {
            let directory = "\(debian)/\(version)/bin"
            if FileManager.default.isExecutableFile(atPath: directory + "/pg_ctl") { return directory }
        }
        searched.append(debian + "/*/bin")
        throw Failure.notInstalled(searched: searched)
    }

    /// A loopback port nothing listens on now (the kernel's choice for port 0).
    private static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure.noFreePort }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw Failure.noFreePort }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard named == 0 else { throw Failure.noFreePort }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
