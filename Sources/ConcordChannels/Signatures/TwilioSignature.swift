import Crypto
import Foundation

/// Twilio's `X-Twilio-Signature`: base64 of HMAC-SHA1, keyed with the account's auth token, over
/// the URL Twilio requested followed by every POST parameter's name and value, sorted by name.
/// The URL must be the public one the provider was given (`--public-url` plus the path), not
/// the address the receiver listens on behind a proxy.
///
/// As Twilio's own validators do, a URL on the default port is also tried with the port written
/// out (and a URL with it, without): Twilio signs what it was configured with, which a proxy may
/// have normalised.
public enum TwilioSignature {
    public static let header = "X-Twilio-Signature"

    /// The signature Twilio would send for this request.
    public static func expected(url: String, parameters: [(name: String, value: String)], authToken: String) -> String {
        SignatureMath.code(signedText(url: url, parameters: parameters), secret: authToken, using: Insecure.SHA1.self)
            .base64EncodedString()
    }

    public static func verify(signature: String?, url: String, parameters: [(name: String, value: String)],
                              authToken: String?) -> WebhookAuthenticity {
        guard let authToken, !authToken.isEmpty else { return .rejected(.notConfigured) }
        guard let signature, !signature.isEmpty else { return .rejected(.missingSignature) }
        guard let code = Data(base64Encoded: signature.trimmingCharacters(in: .whitespaces)), code.count == Insecure.SHA1.byteCount else {
            return .rejected(.malformedSignature)
        }
        for candidate in urlVariants(url) {
            if SignatureMath.isValid(code, for: signedText(url: candidate, parameters: parameters), secret: authToken,
                                     using: Insecure.SHA1.self) {
                return .authentic
            }
        }
        return .rejected(.badSignature)
    }

    /// The URL, then each parameter as name and value with nothing between, sorted by name (and
    /// by value for a repeated name, as Twilio sorts them).
    static func signedText(url: String, parameters: [(name: String, value: String)]) -> Data {
        let sorted = parameters.sorted { ($0.name, $0.value) < ($1.name, $1.value) }
        return Data((url + sorted.map { $0.name + $0.value }.joined()).utf8)
    }

    /// The URL as given, and with the default port added or removed.
    static func urlVariants(_ url: String) -> [String] {
        guard var components = URLComponents(string: url), let scheme = components.scheme?.lowercased() else { return [url] }
        let defaultPort = scheme == "https" ? 443 : scheme == "http" ? 80 : nil
        guard let defaultPort else { return [url] }
        if components.port == nil {
            components.port = defaultPort
        } else if components.port == defaultPort {
            components.port = nil
        } else {
            return [url]
        }
        return [url] + (components.string.map { [$0] } ?? [])
    }
}
