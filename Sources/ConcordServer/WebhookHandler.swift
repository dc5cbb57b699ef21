import ConcordChannels
import ConcordIngest
import ConcordStore
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// What each of the receiver's routes does with a request: limits first (rate, size), then the
/// provider's signature, then the store; the answer says what a provider should do next (2xx:
/// done; 403: never again; 413: fix the sender; 429 and 503: retry later).
struct WebhookHandler: Sendable {
    let settings: ReceiverSettings
    let gate: WebhookGate
    let intake: WebhookIntake
    let limiter: AddressRateLimiter
    let metrics: ReceiverMetrics
    let logger: Logger
    let store: any Store

    init(settings: ReceiverSettings, intake: WebhookIntake, store: any Store, metrics: ReceiverMetrics, logger: Logger) {
        self.settings = settings
        self.intake = intake
        self.store = store
        self.metrics = metrics
        self.logger = logger
        gate = WebhookGate(secrets: settings.secrets, publicURL: settings.publicURL)
        limiter = AddressRateLimiter(perSecond: settings.requestsPerSecondPerAddress, burst: settings.burstPerAddress)
    }

    /// A provider's POST to `endpoint`.
    func receive(_ endpoint: WebhookEndpoint, _ request: Request, _ context: ReceiverContext) async -> Response {
        let began = ContinuousClock.now
        let response = await answer(endpoint, request, context)
        metrics.answered(after: .now - began)
        return response
    }

    private func answer(_ endpoint: WebhookEndpoint, _ request: Request, _ context: ReceiverContext) async -> Response {
        let sender = context.senderAddress
        guard limiter.allows(sender) else {
            return refuse(endpoint, .tooManyRequests, reason: "rate_limited", sender: sender, retryAfter: 1)
        }
        var request = request
        let body: Data
        do {
            body = Data(buffer: try await request.collectBody(upTo: settings.maximumBodyBytes))
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            return refuse(endpoint, .contentTooLarge, reason: "too_large", sender: sender)
        } catch {
            return refuse(endpoint, .badRequest, reason: "unreadable_body", sender: sender)
        }
        let webhook = WebhookRequest(path: request.uri.path, query: request.uri.query, headers: Self.headers(request.headers), body: body)
        if case .rejected(let why) = gate.check(webhook, at: endpoint) {
            // Stored nowhere: a counter and a log line (without the body) are all a forgery costs.
            return refuse(endpoint, .forbidden, reason: why.rawValue, sender: sender)
        }
        let item = SourceItem(format: endpoint.format(of: body), origin: "webhook \(endpoint.path) from \(sender)", data: body,
                              receivedAt: Date())
        switch await intake.submit(item) {
        case .stored(let account):
            let outcome = account.duplicates > 0 ? "duplicate" : account.quarantined > 0 ? "quarantined" : "stored"
            metrics.received(endpoint, outcome: outcome)
            if outcome != "stored" {
                logger.info("webhook kept", metadata: ["endpoint": "\(endpoint.rawValue)", "outcome": "\(outcome)", "sender": "\(sender)"])
            }
            return Self.accepted(endpoint)
        case .timedOut:
            return refuse(endpoint, .serviceUnavailable, reason: "store_timeout", sender: sender, retryAfter: 5)
        case .overloaded:
            return refuse(endpoint, .serviceUnavailable, reason: "overloaded", sender: sender, retryAfter: 5)
        case .failed(let message):
            logger.error("store refused a webhook", metadata: ["endpoint": "\(endpoint.rawValue)", "error": "\(message)"])
            return refuse(endpoint, .serviceUnavailable, reason: "store_failed", sender: sender, retryAfter: 30)
        }
    }

    /// Meta's subscription handshake: the challenge back when the verify token matches.
    func metaHandshake(_ request: Request) -> Response {
        let query = request.uri.queryParameters
        guard let challenge = MetaVerification.challenge(
            mode: query.get("hub.mode"), verifyToken: query.get("hub.verify_token"), challenge: query.get("hub.challenge"),
            configuredToken: settings.secrets.metaVerifyToken) else {
            metrics.rejected(.meta, reason: "bad_verify_token")
            return Self.text(.forbidden, "The verify token does not match CONCORD_META_VERIFY_TOKEN.\n")
        }
        return Self.text(.ok, challenge)
    }

    /// X's challenge-response check: the HMAC of its token under the consumer secret.
    func xChallenge(_ request: Request) -> Response {
        guard let secret = settings.secrets.xConsumerSecret else {
            metrics.rejected(.x, reason: WebhookRejection.notConfigured.rawValue)
            return Self.text(.forbidden, "CONCORD_X_CONSUMER_SECRET is not set: the CRC check cannot be answered.\n")
        }
        guard let token = request.uri.queryParameters.get("crc_token"), !token.isEmpty else {
            return Self.text(.badRequest, "A CRC check needs a crc_token parameter.\n")
        }
        return Response(status: .ok, headers: [.contentType: "application/json"],
                        body: .init(byteBuffer: ByteBuffer(string: XSignature.crcResponse(token: token, consumerSecret: secret))))
    }

    /// Up when the store answers a read within the deadline.
    func health() async -> Response {
        let store = store
        switch await BoundedWait.run(within: settings.storeDeadline, { try store.latestMessageID() }) {
        case .success?:
            return Self.json(.ok, ["status": "ok", "intake_backlog": intake.backlog])
        case .failure(let error)?:
            return Self.json(.serviceUnavailable, ["status": "store unavailable", "error": "\(error)"])
        case nil:
            return Self.json(.serviceUnavailable, ["status": "store not answering"])
        }
    }

    func prometheus() async -> Response {
        let store = store
        let outbox = await BoundedWait.run(within: .seconds(1), { try store.outbox(state: .queued, limit: 100_000).count })
        metrics.waiting(intake: intake.backlog, outbox: try? outbox?.get())
        return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: metrics.exposition())))
    }

    private func refuse(_ endpoint: WebhookEndpoint, _ status: HTTPResponse.Status, reason: String, sender: String,
                        retryAfter: Int? = nil) -> Response {
        metrics.rejected(endpoint, reason: reason)
        logger.notice("webhook refused", metadata: ["endpoint": "\(endpoint.rawValue)", "status": "\(status.code)",
                                                    "reason": "\(reason)", "sender": "\(sender)"])
        var response = Self.text(status, Self.explanation(reason))
        if let retryAfter { response.headers[.retryAfter] = String(retryAfter) }
        return response
    }

    private static func explanation(_ reason: String) -> String {
        switch reason {
        case "rate_limited": "Too many requests from this address; retry later.\n"
        case "too_large": "The body is larger than this receiver accepts.\n"
        case "unreadable_body": "The body could not be read.\n"
        case "store_timeout", "overloaded", "store_failed": "Not stored; retry later.\n"
        default: "The request is not signed by the provider (\(reason)).\n"
        }
    }

    /// What a provider expects on success: Twilio an empty TwiML response (no reply SMS), the others 200.
    private static func accepted(_ endpoint: WebhookEndpoint) -> Response {
        switch endpoint {
        case .twilioSMS, .twilioVoice:
            Response(status: .ok, headers: [.contentType: "text/xml; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(string: #"<?xml version="1.0" encoding="UTF-8"?><Response></Response>"#)))
        default:
            json(.ok, ["status": "stored"])
        }
    }

    private static func headers(_ fields: HTTPFields) -> [String: String] {
        var headers: [String: String] = [:]
        for field in fields {
            let name = field.name.canonicalName
            headers[name] = headers[name].map { $0 + ", " + field.value } ?? field.value
        }
        return headers
    }

    static func text(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func json(_ status: HTTPResponse.Status, _ object: [String: any Sendable]) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
