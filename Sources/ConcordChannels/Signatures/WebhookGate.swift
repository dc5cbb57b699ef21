import Foundation

/// Decides whether a webhook request is authentic, by its endpoint's rules, before its body is
/// parsed or stored: a request that fails is answered 403 and kept nowhere (only counted, by
/// reason), so forged traffic costs the store nothing.
public struct WebhookGate: Sendable {
    public let secrets: WebhookSecrets
    /// The receiver's public base URL (`--public-url`), as the providers were given it.
    public let publicURL: String

    public init(secrets: WebhookSecrets, publicURL: String) {
        self.secrets = secrets
        self.publicURL = publicURL
    }

    public func check(_ request: WebhookRequest, at endpoint: WebhookEndpoint, now: Date = Date()) -> WebhookAuthenticity {
        let secret = secrets.secret(for: endpoint)
        switch endpoint {
        case .twilioSMS, .twilioVoice:
            return TwilioSignature.verify(signature: request.header(TwilioSignature.header), url: request.publicURL(base: publicURL),
                                          parameters: FormFields.pairs(urlEncoded: request.body), authToken: secret)
        case .meta:
            return MetaSignature.verify(signature: request.header(MetaSignature.header), body: request.body, appSecret: secret)
        case .x:
            return XSignature.verify(signature: request.header(XSignature.header), body: request.body, consumerSecret: secret)
        case .chat:
            return ChatSignature.verify(signature: request.header(ChatSignature.signatureHeader),
                                        timestamp: request.header(ChatSignature.timestampHeader), body: request.body,
                                        secret: secret, now: now)
        }
    }
}
