import ConcordChannels
import ConcordStore
import ConversationEngine
import Foundation

/// Turns an outbox item into what goes over the wire, per channel, as each provider documents
/// it: email as an RFC 5322 message for sendmail; SMS through Twilio's Messages API; WhatsApp
/// through the Cloud API; Messenger and Instagram through the Send API; X as a direct message
/// or, for a public post, a reply; chat as Concord's signed chat webhook. Every request
/// carries the item's idempotency key (`Idempotency-Key`, and Twilio's own header), so a retry
/// after a crash is recognised by a provider that keeps them.
public struct DeliveryPlanner: Sendable {
    public var settings: DeliverySettings
    public var credentials: DeliveryCredentials
    /// The company's own addresses (`channels.own_email`): the From when `outbox.from` is unset.
    public var ownEmail: [String]

    public init(settings: DeliverySettings, credentials: DeliveryCredentials, ownEmail: [String] = []) {
        self.settings = settings
        self.credentials = credentials
        self.ownEmail = ownEmail
    }

    /// The plan for `item`, or `.refused` with why it can never be sent as it is.
    /// - Parameters:
    ///   - message: the item's message on the timeline (a public X reply's post id is there).
    ///   - identities: the customer's identities (a Messenger or X reply needs the platform's
    ///     id for them, which the recipient handle alone does not give).
    ///   - now: the Date header of an email, the timestamp of a signed chat request.
    public func plan(_ item: OutboxItem, message: Message?, identities: [Identity], now: Date) -> Result<DeliveryPlan, Refusal> {
        if let problem = settings.unconfigured(item.channel, credentials: credentials) { return .failure(Refusal(problem)) }
        switch item.channel {
        case .email: return email(item, now: now)
        case .sms: return sms(item)
        case .whatsapp: return whatsapp(item)
        case .facebook, .instagram: return messenger(item, identities: identities)
        case .x: return x(item, message: message, identities: identities)
        case .chat: return chat(item, now: now)
        case .telegram, .phone, .note: return .failure(Refusal("\(item.channel.label) messages cannot be sent"))
        }
    }

    /// Why an item can never be sent as it is.
    public struct Refusal: Error, Sendable, Hashable, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    // MARK: - Channels

    private func email(_ item: OutboxItem, now: Date) -> Result<DeliveryPlan, Refusal> {
        guard item.recipient.kind == .email else { return .failure(Refusal("\(item.recipient) is not an email address")) }
        guard let from = settings.emailFrom ?? ownEmail.first.map({ EmailAddress(address: $0) }) else {
            return .failure(Refusal("no From address: set outbox.from or channels.own_email"))
        }
        let domain = from.address.split(separator: "@").last.map(String.init) ?? "concord"
        let messageID = item.emailMessageID ?? "outbox.\(item.id).\(Self.token(item.idempotencyKey))@\(domain)"
        return .success(.email(OutgoingEmail(from: from, to: EmailAddress(address: item.recipient.value),
                                             subject: item.subject ?? "", body: item.body, messageID: messageID,
                                             inReplyTo: item.inReplyTo, references: item.references, date: now)))
    }

    private func sms(_ item: OutboxItem) -> Result<DeliveryPlan, Refusal> {
        guard item.recipient.kind == .phone else { return .failure(Refusal("\(item.recipient) is not a phone number")) }
        let twilio = settings.twilio
        guard let account = twilio.accountSID, let from = twilio.from, let token = credentials.twilioAuthToken else {
            return .failure(Refusal("Twilio is not configured"))
        }
        var fields = [("To", item.recipient.value), ("Body", item.body)]
        fields.append(from.hasPrefix("MG") ? ("MessagingServiceSid", from) : ("From", from))
        let body = fields.map { "\($0.0)=\(Self.formEncoded($0.1))" }.joined(separator: "&")
        let basic = Data("\(account):\(token)".utf8).base64EncodedString()
        return .success(.http(ProviderRequest(
            provider: "Twilio", url: Self.joined(twilio.baseURL, "/2010-04-01/Accounts/\(Self.pathEncoded(account))/Messages.json"),
            headers: [.init("Authorization", "Basic \(basic)"), .init("Content-Type", "application/x-www-form-urlencoded"),
                      .init("I-Twilio-Idempotency-Token", item.idempotencyKey), .init("Idempotency-Key", item.idempotencyKey)],
            body: Data(body.utf8))))
    }

    private func whatsapp(_ item: OutboxItem) -> Result<DeliveryPlan, Refusal> {
        // wa_id is the number without its "+".
        let number = item.recipient.value.filter(\.isNumber)
        guard !number.isEmpty, item.recipient.kind == .phone || item.recipient.platform == "whatsapp" else {
            return .failure(Refusal("\(item.recipient) is not a WhatsApp number"))
        }
        guard let phoneNumberID = settings.meta.whatsappPhoneNumberID, let token = credentials.metaAccessToken else {
            return .failure(Refusal("WhatsApp is not configured"))
        }
        let json: [String: Any] = ["messaging_product": "whatsapp", "recipient_type": "individual", "to": number,
                                   "type": "text", "text": ["preview_url": false, "body": item.body]]
        return .success(.http(ProviderRequest(
            provider: "WhatsApp Cloud API",
            url: Self.joined(settings.meta.graphURL, "/\(settings.meta.graphVersion)/\(Self.pathEncoded(phoneNumberID))/messages"),
            headers: Self.jsonHeaders(bearer: token, key: item.idempotencyKey), body: Self.json(json))))
    }

    private func messenger(_ item: OutboxItem, identities: [Identity]) -> Result<DeliveryPlan, Refusal> {
        let platform = item.channel.rawValue
        let name = item.channel == .instagram ? "Instagram" : "Messenger"
        guard let id = Self.platformID(of: item.recipient, platform: platform, among: identities) else {
            return .failure(Refusal("\(name) replies need the customer's \(platform) id, and only \(item.recipient) is known"))
        }
        guard let token = credentials.metaAccessToken else { return .failure(Refusal("\(name) is not configured")) }
        let json: [String: Any] = ["recipient": ["id": id], "messaging_type": "RESPONSE", "message": ["text": item.body]]
        return .success(.http(ProviderRequest(
            provider: name, url: Self.joined(settings.meta.graphURL, "/\(settings.meta.graphVersion)/me/messages"),
            headers: Self.jsonHeaders(bearer: token, key: item.idempotencyKey), body: Self.json(json))))
    }

    private func x(_ item: OutboxItem, message: Message?, identities: [Identity]) -> Result<DeliveryPlan, Refusal> {
        guard let token = credentials.xAccessToken else { return .failure(Refusal("X is not configured")) }
        let headers = Self.jsonHeaders(bearer: token, key: item.idempotencyKey)
        if message?.social?.visibility == .public {
            guard let post = message?.social?.inReplyToPostID else {
                return .failure(Refusal("a public X reply needs the post it answers, and none is known"))
            }
            let json: [String: Any] = ["text": item.body, "reply": ["in_reply_to_tweet_id": post]]
            return .success(.http(ProviderRequest(provider: "X", url: Self.joined(settings.x.baseURL, "/2/tweets"),
                                                  headers: headers, body: Self.json(json))))
        }
        guard let id = Self.platformID(of: item.recipient, platform: "x", among: identities) else {
            return .failure(Refusal("X direct messages need the customer's X user id, and only \(item.recipient) is known"))
        }
        return .success(.http(ProviderRequest(
            provider: "X", url: Self.joined(settings.x.baseURL, "/2/dm_conversations/with/\(Self.pathEncoded(id))/messages"),
            headers: headers, body: Self.json(["text": item.body]))))
    }

    private func chat(_ item: OutboxItem, now: Date) -> Result<DeliveryPlan, Refusal> {
        guard let url = settings.chatURL, let secret = credentials.chatSecret else { return .failure(Refusal("chat is not configured")) }
        let json: [String: Any] = [
            "type": "message", "id": item.idempotencyKey, "conversation": String(item.conversationID.rawValue),
            "to": ["kind": item.recipient.kind.rawValue, "system": item.recipient.platform, "id": item.recipient.value],
            "text": item.body, "time": ISO8601DateFormatter().string(from: now),
        ]
        let body = Self.json(json)
        let stamp = Int(now.timeIntervalSince1970)
        return .success(.http(ProviderRequest(
            provider: "chat", url: url,
            headers: [.init("Content-Type", "application/json"), .init("Idempotency-Key", item.idempotencyKey),
                      .init(ChatSignature.timestampHeader, String(stamp)),
                      .init(ChatSignature.signatureHeader, ChatSignature.expected(body: body, timestamp: stamp, secret: secret))],
            body: body)))
    }

    // MARK: - Helpers

    /// The customer's id on `platform`: the recipient itself when it is one, else the one
    /// among their identities (a handle is no address for these APIs).
    static func platformID(of recipient: Identity, platform: String, among identities: [Identity]) -> String? {
        if recipient.kind == .external, recipient.platform == platform { return recipient.value }
        return identities.first { $0.kind == .external && $0.platform == platform }?.value
    }

    static func jsonHeaders(bearer token: String, key: String) -> [ProviderRequest.Header] {
        [.init("Authorization", "Bearer \(token)"), .init("Content-Type", "application/json"), .init("Idempotency-Key", key)]
    }

    static func json(_ object: [String: Any]) -> Data {
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
    }

    static func joined(_ base: String, _ path: String) -> String {
        (base.hasSuffix("/") ? String(base.dropLast()) : base) + path
    }

    static func pathEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? text
    }

    /// application/x-www-form-urlencoded, as Twilio reads it.
    static func formEncoded(_ text: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._* ")
        return (text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text).replacingOccurrences(of: " ", with: "+")
    }

    /// A short stable token of the idempotency key, for a Message-ID's local part.
    static func token(_ key: String) -> String {
        var hash: UInt64 = 14_695_981_039_346_656_037
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
        return String(hash, radix: 36)
    }
}
