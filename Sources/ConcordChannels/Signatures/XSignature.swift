import Crypto
import Foundation

/// X's Account Activity webhooks: events carry `X-Twitter-Webhooks-Signature`, `sha256=` and the
/// base64 HMAC-SHA256 of the raw body keyed with the app's consumer secret; the challenge-response
/// check (CRC, a `GET` with `crc_token`) is answered with the same HMAC of the token.
public enum XSignature {
    public static let header = "X-Twitter-Webhooks-Signature"

    public static func expected(body: Data, consumerSecret: String) -> String {
        "sha256=" + SignatureMath.code(body, secret: consumerSecret, using: SHA256.self).base64EncodedString()
    }

    public static func verify(signature: String?, body: Data, consumerSecret: String?) -> WebhookAuthenticity {
        guard let consumerSecret, !consumerSecret.isEmpty else { return .rejected(.notConfigured) }
        guard let signature, !signature.isEmpty else { return .rejected(.missingSignature) }
        let trimmed = signature.trimmingCharacters(in: .whitespaces)
        guard trimmed.lowercased().hasPrefix("sha256="),
              let code = Data(base64Encoded: String(trimmed.dropFirst("sha256=".count))), code.count == SHA256.byteCount else {
            return .rejected(.malformedSignature)
        }
        return SignatureMath.isValid(code, for: body, secret: consumerSecret, using: SHA256.self) ? .authentic : .rejected(.badSignature)
    }

    /// The JSON X expects back from a CRC check: `{"response_token":"sha256=..."}`.
    public static func crcResponse(token: String, consumerSecret: String) -> String {
        let code = SignatureMath.code(Data(token.utf8), secret: consumerSecret, using: SHA256.self).base64EncodedString()
        return #"{"response_token":"sha256=\#(code)"}"#
    }
}
