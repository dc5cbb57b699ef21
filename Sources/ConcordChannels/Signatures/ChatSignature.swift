import Crypto
import Foundation

/// Concord's own chat endpoint: the sender signs `TIMESTAMP.BODY` (Unix seconds, a full stop,
/// the raw body) with HMAC-SHA256 under `CONCORD_CHAT_SECRET` and sends `X-Concord-Timestamp`
/// and `X-Concord-Signature: sha256=HEX`. A signature older or newer than `window` is refused
/// even when it is right, so a captured request cannot be replayed later.
public enum ChatSignature {
    public static let timestampHeader = "X-Concord-Timestamp"
    public static let signatureHeader = "X-Concord-Signature"
    /// Five minutes, as Stripe and Slack allow.
    public static let window: TimeInterval = 300

    public static func expected(body: Data, timestamp: Int, secret: String) -> String {
        "sha256=" + SignatureMath.hex(SignatureMath.code(signed(body, timestamp: String(timestamp)), secret: secret, using: SHA256.self))
    }

    public static func verify(signature: String?, timestamp: String?, body: Data, secret: String?, now: Date) -> WebhookAuthenticity {
        guard let secret, !secret.isEmpty else { return .rejected(.notConfigured) }
        guard let signature, !signature.isEmpty else { return .rejected(.missingSignature) }
        guard let timestamp = timestamp?.trimmingCharacters(in: .whitespaces), let seconds = Int(timestamp) else {
            return .rejected(.missingTimestamp)
        }
        let trimmed = signature.trimmingCharacters(in: .whitespaces)
        guard trimmed.lowercased().hasPrefix("sha256="),
              let code = SignatureMath.bytes(hex: trimmed.dropFirst("sha256=".count)), code.count == SHA256.byteCount else {
            return .rejected(.malformedSignature)
        }
        // Checked before the window, so a forged request is counted as forged, not as stale.
        guard SignatureMath.isValid(code, for: signed(body, timestamp: timestamp), secret: secret, using: SHA256.self) else {
            return .rejected(.badSignature)
        }
        guard abs(now.timeIntervalSince1970 - Double(seconds)) <= window else { return .rejected(.stale) }
        return .authentic
    }

    private static func signed(_ body: Data, timestamp: String) -> Data {
        Data((timestamp + ".").utf8) + body
    }
}
