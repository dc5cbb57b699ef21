import Foundation

/// The tokens the dispatcher authenticates to the providers with, read from the environment
/// only, like the webhook secrets (`WebhookSecrets`): Twilio's auth token signs webhooks and
/// authorises sending alike; the chat secret signs Concord's chat webhook both ways.
public struct DeliveryCredentials: Sendable, Hashable {
    public static let twilioAuthToken = WebhookSecrets.twilioAuthToken
    /// A WhatsApp Cloud API token (system user) or a page access token for Messenger and Instagram.
    public static let metaAccessToken = "CONCORD_META_ACCESS_TOKEN"
    /// An X OAuth 2.0 user access token with dm.write and tweet.write.
    public static let xAccessToken = "CONCORD_X_ACCESS_TOKEN"
    public static let chatSecret = WebhookSecrets.chatSecret

    public var twilioAuthToken: String?
    public var metaAccessToken: String?
    public var xAccessToken: String?
    public var chatSecret: String?

    public init(twilioAuthToken: String? = nil, metaAccessToken: String? = nil, xAccessToken: String? = nil, chatSecret: String? = nil) {
        self.twilioAuthToken = twilioAuthToken
        self.metaAccessToken = metaAccessToken
        self.xAccessToken = xAccessToken
        self.chatSecret = chatSecret
    }

    /// The tokens in `environment`; empty values count as not set.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        self.init(twilioAuthToken: value(Self.twilioAuthToken), metaAccessToken: value(Self.metaAccessToken),
                  xAccessToken: value(Self.xAccessToken), chatSecret: value(Self.chatSecret))
    }
}
