import Crypto
import Foundation

/// Whether a webhook request really came from the provider, and if not, why: the reason goes
/// into the receiver's rejection counter and log line (never the request itself, which is not
/// stored), so an operator can tell a wrong secret from a replay or a forged sender.
public enum WebhookAuthenticity: Equatable, Sendable {
    case authentic
    case rejected(WebhookRejection)

    public var isAuthentic: Bool { self == .authentic }
}

/// Why a webhook request was refused (403). The raw values are the `reason` label of the
/// receiver's `concord_webhooks_rejected_total` metric.
public enum WebhookRejection: String, Equatable, Sendable, CaseIterable {
    /// The provider's signature header is absent.
    case missingSignature = "missing_signature"
    /// The header is there but is not in the provider's format (not base64 or hex, no `sha256=`).
    case malformedSignature = "malformed_signature"
    /// The signature does not match the request: another secret, or a changed body or URL.
    case badSignature = "bad_signature"
    /// The chat endpoint's timestamp is missing or not a number.
    case missingTimestamp = "missing_timestamp"
    /// Signed too long ago or too far in the future: a replay or a badly wrong clock.
    case stale
    /// No secret is configured for this provider: nothing can be verified, so nothing is accepted.
    case notConfigured = "not_configured"
}

/// HMAC comparisons in constant time, shared by the providers' checks.
enum SignatureMath {
    /// Whether `code` is the HMAC of `message` under `secret`, compared in constant time
    /// (swift-crypto's `isValidAuthenticationCode`).
    static func isValid<H: HashFunction>(_ code: Data, for message: Data, secret: String, using _: H.Type) -> Bool {
        HMAC<H>.isValidAuthenticationCode(code, authenticating: message, using: SymmetricKey(data: Data(secret.utf8)))
    }

    static func code<H: HashFunction>(_ message: Data, secret: String, using _: H.Type) -> Data {
        Data(HMAC<H>.authenticationCode(for: message, using: SymmetricKey(data: Data(secret.utf8))))
    }

    /// Lower-case hex (what Meta and Concord's chat endpoint send) to bytes; nil for anything else.
    static func bytes(hex: Substring) -> Data? {
        guard hex.count % 2 == 0, !hex.isEmpty else { return nil }
        var data = Data(capacity: hex.count / 2)
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            guard let byte = UInt8(hex[index..<next], radix: 16) else { return nil }
            data.append(byte)
            index = next
        }
        return data
    }

    static func hex(_ data: Data) -> String {
        data.map { String(format: "%02x", $0) }.joined()
    }
}
