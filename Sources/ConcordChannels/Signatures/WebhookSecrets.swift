import Foundation

/// The providers' shared secrets, read from the environment only (never from a file in the
/// repository or the configuration file, which are copied around). A secret that is not set
/// makes its endpoint refuse everything (`WebhookRejection.notConfigured`) rather than accept
/// unsigned requests.
public struct WebhookSecrets: Sendable, Equatable {
    public static let twilioAuthToken = "CONCORD_TWILIO_AUTH_TOKEN"
    public static let metaAppSecret = "CONCORD_META_APP_SECRET"
    public static let metaVerifyToken = "CONCORD_META_VERIFY_TOKEN"
    public static let xConsumerSecret = "CONCORD_X_CONSUMER_SECRET"
    public static let chatSecret = "CONCORD_CHAT_SECRET"

    public var twilioAuthToken: String?
    public var metaAppSecret: String?
    public var metaVerifyToken: String?
    public var xConsumerSecret: String?
    public var chatSecret: String?

    public init(twilioAuthToken: String? = nil, metaAppSecret: String? = nil, metaVerifyToken: String? = nil,
                xConsumerSecret: String? = nil, chatSecret: String? = nil) {
        self.twilioAuthToken = twilioAuthToken
        self.metaAppSecret = metaAppSecret
        self.metaVerifyToken = metaVerifyToken
        self.xConsumerSecret = xConsumerSecret
        self.chatSecret = chatSecret
    }

    /// The secrets in `environment`; empty values count as not set.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        self.init(twilioAuthToken: value(Self.twilioAuthToken), metaAppSecret: value(Self.metaAppSecret),
                  metaVerifyToken: value(Self.metaVerifyToken), xConsumerSecret: value(Self.xConsumerSecret),
                  chatSecret: value(Self.chatSecret))
    }

    /// The endpoints that can accept anything (their secret is set), for the startup log line.
    public var configuredEndpoints: [WebhookEndpoint] {
        WebhookEndpoint.allCases.filter { secret(for: $0) != nil }
    }

    public func secret(for endpoint: WebhookEndpoint) -> String? {
        switch endpoint {
        case .twilioSMS, .twilioVoice: twilioAuthToken
        case .meta: metaAppSecret
        case .x: xConsumerSecret
        case .chat: chatSecret
        }
    }
}
