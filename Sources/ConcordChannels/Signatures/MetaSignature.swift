import Crypto
import Foundation

/// Meta's webhooks (Messenger, Instagram, WhatsApp Cloud API): `X-Hub-Signature-256` is
/// `sha256=` and the lower-case hex HMAC-SHA256 of the raw body, keyed with the app secret. The
/// body must be checked exactly as received, before any JSON decoding.
public enum MetaSignature {
    public static let header = "X-Hub-Signature-256"

    public static func expected(body: Data, appSecret: String) -> String {
        "sha256=" + SignatureMath.hex(SignatureMath.code(body, secret: appSecret, using: SHA256.self))
    }

    public static func verify(signature: String?, body: Data, appSecret: String?) -> WebhookAuthenticity {
        guard let appSecret, !appSecret.isEmpty else { return .rejected(.notConfigured) }
        guard let signature, !signature.isEmpty else { return .rejected(.missingSignature) }
        let trimmed = signature.trimmingCharacters(in: .whitespaces)
        guard trimmed.lowercased().hasPrefix("sha256="),
              let code = SignatureMath.bytes(hex: trimmed.dropFirst("sha256=".count)), code.count == SHA256.byteCount else {
            return .rejected(.malformedSignature)
        }
        return SignatureMath.isValid(code, for: body, secret: appSecret, using: SHA256.self) ? .authentic : .rejected(.badSignature)
    }
}

/// Meta's subscription handshake: `GET ?hub.mode=subscribe&hub.verify_token=T&hub.challenge=C`
/// must be answered with the challenge, as plain text, when the token is the one configured
/// (`CONCORD_META_VERIFY_TOKEN`), and refused otherwise.
public enum MetaVerification {
    /// The challenge to echo, or nil when the request is not a subscription with the right token.
    public static func challenge(mode: String?, verifyToken: String?, challenge: String?, configuredToken: String?) -> String? {
        guard mode == "subscribe", let configuredToken, !configuredToken.isEmpty, let verifyToken, let challenge,
              !challenge.isEmpty else { return nil }
        // Constant time, as for signatures: the token is a shared secret.
        let given = Data(verifyToken.utf8), wanted = Data(configuredToken.utf8)
        guard given.count == wanted.count, zip(given, wanted).reduce(0, { $0 | ($1.0 ^ $1.1) }) == 0 else { return nil }
        return challenge
    }
}
