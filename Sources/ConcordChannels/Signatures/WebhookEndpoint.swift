import Foundation

/// The receiver's webhook endpoints, one per provider family: its path, how its requests are
/// authenticated, and which parser reads what it sends. The receiver's routes and its metrics'
/// `endpoint` label come from here, so a new provider is added in one place.
public enum WebhookEndpoint: String, CaseIterable, Sendable {
    case twilioSMS = "twilio-sms"
    case twilioVoice = "twilio-voice"
    /// Messenger, Instagram and WhatsApp Cloud API share Meta's webhook and its signature.
    case meta
    /// X's Account Activity events (and its CRC check).
    case x
    /// Chatwoot-style payloads and Concord's chat JSON Lines, signed with `CONCORD_CHAT_SECRET`.
    case chat

    public var path: String {
        switch self {
        case .twilioSMS: "/webhooks/twilio/sms"
        case .twilioVoice: "/webhooks/twilio/voice"
        case .meta: "/webhooks/meta"
        case .x: "/webhooks/x"
        case .chat: "/webhooks/chat"
        }
    }

    /// The endpoint at `path` (a trailing slash is tolerated, as proxies add one).
    public init?(path: String) {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let endpoint = Self.allCases.first(where: { $0.path == trimmed }) else { return nil }
        self = endpoint
    }

    /// The environment variable holding the secret this endpoint's signatures are made with.
    public var secretVariable: String {
        switch self {
        case .twilioSMS, .twilioVoice: WebhookSecrets.twilioAuthToken
        case .meta: WebhookSecrets.metaAppSecret
        case .x: WebhookSecrets.xConsumerSecret
        case .chat: WebhookSecrets.chatSecret
        }
    }

    /// The parser for an authenticated body. Meta's `object` says which of its products sent it;
    /// X's payload says whether it holds direct messages or tweets; a chat body that is one JSON
    /// object with an `event` is Chatwoot's, anything else Concord's JSON Lines.
    public func format(of body: Data) -> SourceFormat {
        switch self {
        case .twilioSMS: return .twilioSMS
        case .twilioVoice: return .twilioVoice
        case .meta:
            let object = (try? JSONReader.parseObject(body, what: "a Meta webhook"))?.value["object"]?.text
            return object == "whatsapp_business_account" ? .whatsapp : .metaMessaging
        case .x:
            let payload = (try? JSONReader.parseObject(body, what: "an X webhook"))?.value
            let isDirect = payload?["dm_events"] != nil || payload?["direct_message_events"] != nil
                || payload?["data"]?.elements.first?["event_type"] != nil
            return isDirect ? .xDirectMessages : .xTweets
        case .chat:
            let payload = (try? JSONReader.parseObject(body, what: "a chat webhook"))?.value
            return payload?["event"] != nil ? .chatwoot : .concordChat
        }
    }
}
