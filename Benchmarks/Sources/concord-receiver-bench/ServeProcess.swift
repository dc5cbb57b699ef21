import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The real `concord serve` binary on a fixed loopback port over one SQLite store, started,
/// killed (`kill -9`) and restarted by the benchmark, as a crashing machine would.
final class ServeProcess: @unchecked Sendable {
    let binary: String
    let store: String
    let port: Int
    let log: String
    private let lock = NSLock()
    private var process: Process?

    init(binary: String, directory: String, port: Int) {
        self.binary = binary
        store = directory + "/receiver.sqlite"
        log = directory + "/serve.log"
        self.port = port
        _ = FileManager.default.createFile(atPath: log, contents: nil)
    }

    /// A port nobody listens on now.
    static func freePort() -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(socket, pointer, length)
                return getsockname(socket, pointer, &length)
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Starts the server and returns once it answers /health.
    func start() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["serve", "--db", store, "--listen", "127.0.0.1:\(port)", "--public-url", SignedTraffic.publicURL,
                             "--rate-per-address", "1000000", "--log-level", "warning"]
        process.environment = ProcessInfo.processInfo.environment.merging(SignedTraffic.secrets) { $1 }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        handle.seekToEndOfFile()
        process.standardError = handle
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        lock.withLock { self.process = process }
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if (try? Self.healthy(port: port)) == true { return }
            guard process.isRunning else { throw BenchFailure("concord serve exited at start; see \(log)") }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw BenchFailure("concord serve did not answer /health within 60 s; see \(log)")
    }

    /// `kill -9`: no shutdown, no flush, whatever was in flight is cut off.
    func kill9() {
        guard let process = lock.withLock({ self.process }) else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// SIGTERM, and the exit status.
    func stop() -> Int32 {
        guard let process = lock.withLock({ self.process }) else { return 0 }
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        return process.terminationStatus
    }

    private static func healthy(port: Int) throws -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return false }
        let request = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        _ = request.withCString { send(socket, $0, strlen($0), 0) }
        var buffer = [UInt8](repeating: 0, count: 512)
        let read = recv(socket, &buffer, buffer.count, 0)
        return read > 0 && String(decoding: buffer[0..<read], as: UTF8.self).hasPrefix("HTTP/1.1 200")
    }
}

struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
