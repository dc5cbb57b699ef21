import Hummingbird
import NIOCore

/// The ceiling for the receiver's figures: a Hummingbird endpoint that reads the body and
/// answers 200 at once (no signature, no store), measured in the same run on the same machine.
enum CeilingServer {
    /// Starts it on a free port in a task of its own and returns the port once it listens.
    static func start() async throws -> (port: Int, task: Task<Void, any Error>) {
        let router = Router()
        router.post("/ping") { request, _ -> Response in
            var request = request
            _ = try await request.collectBody(upTo: 1 << 20)
            return Response(status: .ok)
        }
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              onServerRunning: { continuation.yield($0.localAddress?.port ?? 0) })
        let task = Task { try await app.run() }
        for await port in ports { return (port, task) }
        throw BenchFailure("the ceiling server did not start")
    }
}
