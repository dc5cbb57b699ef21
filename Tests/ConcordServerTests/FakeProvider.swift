import Foundation
import Hummingbird
import NIOCore
import Synchronization

/// A local stand-in for a provider's API (Twilio's Messages endpoint, the WhatsApp Cloud API,
/// a chat backend) on a free loopback port. It answers every POST by a rule the test gives it
/// (the first attempts fail, a number is refused), keeps idempotency keys as Twilio does (a
/// request repeating a key already accepted is answered as before and is not a new message),
/// and records everything, so a test can count what the customer actually got.
final class FakeProvider: Sendable {
    struct Received: Sendable {
        var path: String
        var headers: [String: String]
        var body: Data
        var key: String?
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Answer: Sendable {
        var status: Int
        var body: String
        var retryAfter: String? = nil
        static func created(_ id: String) -> Answer { Answer(status: 201, body: #"{"sid":"\#(id)","status":"queued"}"#) }
    }

    /// Decides the answer to a request, given how many times its key has been seen (1 first).
    typealias Rule = @Sendable (Received, Int) -> Answer

    let port: Int
    private let task: Task<Void, any Error>
    private let box = Box()

    private final class Box: Sendable {
        let state = Mutex(State())
    }

    private struct State {
        var requests: [Received] = []
        var attempts: [String: Int] = [:]
        /// Keys whose message was accepted: the messages the customer got, by key.
        var accepted: [String: Received] = [:]
        var replays = 0
    }

    init(rule: @escaping Rule = { _, _ in .created("SM0001") }) async throws {
        let box = self.box
        let router = Router()
        router.post("**") { request, _ -> Response in
            var request = request
            let buffer = try await request.collectBody(upTo: 1 << 20)
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.rawName.lowercased()] = field.value }
            let received = Received(path: request.uri.path, headers: headers, body: Data(buffer: buffer),
                                    key: headers["i-twilio-idempotency-token"] ?? headers["idempotency-key"])
            let answer: Answer = box.state.withLock { state in
                state.requests.append(received)
                guard let key = received.key else { return rule(received, 1) }
                if state.accepted[key] != nil {
                    state.replays += 1
                    return .created("SM-replayed")
                }
                state.attempts[key, default: 0] += 1
                let answer = rule(received, state.attempts[key]!)
                if (200..<300).contains(answer.status) { state.accepted[key] = received }
                return answer
            }
            var fields = HTTPFields()
            fields[.contentType] = "application/json"
            if let retryAfter = answer.retryAfter { fields[.retryAfter] = retryAfter }
            return Response(status: .init(code: answer.status), headers: fields,
                            body: ResponseBody(byteBuffer: ByteBuffer(string: answer.body)))
        }
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                              onServerRunning: { continuation.yield($0.localAddress?.port ?? 0) })
        task = Task { try await app.run() }
        var bound = 0
        for await port in ports {
            bound = port
            break
        }
        port = bound
    }

    var baseURL: String { "http://127.0.0.1:\(port)" }
    var requests: [Received] { box.state.withLock { $0.requests } }
    /// The messages the customer got, by idempotency key.
    var accepted: [String: Received] { box.state.withLock { $0.accepted } }
    /// Requests that repeated a key already accepted (a retry after a lost answer).
    var replays: Int { box.state.withLock { $0.replays } }

    func stop() async {
        task.cancel()
        _ = await task.result
    }
}
