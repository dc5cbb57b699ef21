import AsyncHTTPClient
import ConcordChannels
import ConcordIngest
import ConcordServer
import ConcordStore
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import Synchronization

/// A real receiver on a free loopback port over a throwaway SQLite store, with every provider's
/// secret set, and a real HTTP client to talk to it: the tests sign requests the way the
/// providers do and check what the store kept.
final class ReceiverFixture: Sendable {
    static let secrets = WebhookSecrets(twilioAuthToken: "twilio-token-1", metaAppSecret: "meta-secret-2",
                                        metaVerifyToken: "verify-me-3", xConsumerSecret: "x-secret-4", chatSecret: "chat-secret-5")
    static let publicURL = "https://support.example.com"

    let directory: URL
    let store: SQLiteStore
    let port: Int
    let receiver: Receiver
    let log: LogSink
    private let task: Task<Void, any Error>

    init(configure: (inout ReceiverSettings) -> Void = { _ in }) async throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("concord-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try SQLiteStore(path: directory.appendingPathComponent("store.sqlite").path)
        var settings = ReceiverSettings(host: "127.0.0.1", port: 0, publicURL: Self.publicURL, secrets: Self.secrets)
        configure(&settings)
        let log = LogSink()
        self.log = log
        let logger = Logger(label: "concord.serve.test") { label in
            JSONLinesLogHandler(label: label) { line in log.lines.withLock { $0.append(line) } }
        }
        let runner = IngestRunner(store: store, registry: .standard(), context: .standard)
        let receiver = Receiver(settings: settings, runner: runner, logger: logger)
        self.receiver = receiver
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        task = Task { try await receiver.run { continuation.yield($0) } }
        var bound = 0
        for await port in ports {
            bound = port
            break
        }
        port = bound
    }

    /// Stops the server (as SIGTERM would) and removes the store.
    func stop() async {
        task.cancel()
        _ = await task.result
        try? FileManager.default.removeItem(at: directory)
    }

    /// The receiver's log lines, as it wrote them.
    final class LogSink: Sendable {
        let lines = Mutex<[String]>([])
        var all: [String] { lines.withLock { $0 } }
    }

    struct Reply: Sendable {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    /// Sends one request and reads the whole answer.
    func send(_ method: HTTPMethod = .POST, _ path: String, headers: [String: String] = [:], body: Data? = nil) async throws -> Reply {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
        request.method = method
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let buffer = try await response.body.collect(upTo: 1 << 20)
        var headers: [String: String] = [:]
        for header in response.headers { headers[header.name.lowercased()] = header.value }
        return Reply(status: Int(response.status.code), headers: headers, body: String(buffer: buffer))
    }

    // MARK: Signing as the providers do

    /// A Twilio form POST to `path`, signed over the public URL and the form's fields.
    func twilio(_ path: String, fields: [(String, String)], token: String = secrets.twilioAuthToken!) async throws -> Reply {
        let body = fields.map { "\(Self.formEncoded($0.0))=\(Self.formEncoded($0.1))" }.joined(separator: "&")
        let signature = TwilioSignature.expected(url: Self.publicURL + path, parameters: fields.map { (name: $0.0, value: $0.1) },
                                                 authToken: token)
        return try await send(.POST, path, headers: ["Content-Type": "application/x-www-form-urlencoded", TwilioSignature.header: signature],
                              body: Data(body.utf8))
    }

    func meta(_ body: Data, secret: String = secrets.metaAppSecret!) async throws -> Reply {
        try await send(.POST, WebhookEndpoint.meta.path, headers: ["Content-Type": "application/json",
                                                                   MetaSignature.header: MetaSignature.expected(body: body, appSecret: secret)],
                       body: body)
    }

    func chat(_ body: Data, at time: Date = Date(), secret: String = secrets.chatSecret!) async throws -> Reply {
        let timestamp = Int(time.timeIntervalSince1970)
        return try await send(.POST, WebhookEndpoint.chat.path, headers: [
            "Content-Type": "application/json", ChatSignature.timestampHeader: String(timestamp),
            ChatSignature.signatureHeader: ChatSignature.expected(body: body, timestamp: timestamp, secret: secret),
        ], body: body)
    }

    static func formEncoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._*")
        return (text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text).replacingOccurrences(of: "%20", with: "+")
    }

    /// A Twilio inbound SMS's fields.
    static func sms(sid: String, from: String, body: String) -> [(String, String)] {
        [("MessageSid", sid), ("SmsSid", sid), ("AccountSid", "AC00000000000000000000000000000001"), ("From", from),
         ("To", "+15550001111"), ("Body", body), ("NumMedia", "0"), ("SmsStatus", "received"), ("ApiVersion", "2010-04-01")]
    }

    /// One message in Concord's chat JSON Lines schema.
    static func chatLine(id: String, email: String, name: String, text: String) -> Data {
        let object: [String: Any] = ["id": id, "session": "s-\(id)", "time": "2026-12-01T10:00:00Z", "direction": "inbound",
                                     "customer": ["email": email, "name": name], "text": text]
        return try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }
}
