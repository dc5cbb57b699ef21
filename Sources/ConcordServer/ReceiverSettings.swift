import ConcordChannels
import Foundation

/// How `concord serve` listens and what it tolerates. The defaults suit a receiver behind a
/// reverse proxy on a small machine; every limit answers with a status that makes a provider
/// retry later (429, 503) or tells a broken sender what is wrong (413), never a silent drop.
public struct ReceiverSettings: Sendable {
    public var host: String
    /// 0 picks a free port (tests); the bound one is reported when the server is up.
    public var port: Int
    /// The URL the providers were given (Twilio signs it): scheme, host and any path prefix.
    public var publicURL: String
    public var secrets: WebhookSecrets
    /// The largest body accepted (413 above it). Providers' webhooks are a few kilobytes.
    public var maximumBodyBytes = 1 << 20
    /// Requests per second one source address may keep up, and the burst it may send at once.
    public var requestsPerSecondPerAddress = 100.0
    public var burstPerAddress = 400
    /// How long a request waits for the store before it is answered 503 (the provider retries).
    public var storeDeadline: Duration = .seconds(5)
    /// A connection idle this long (a slow or stalled client) is closed.
    public var idleTimeout: Duration = .seconds(30)

    public init(host: String = "127.0.0.1", port: Int = 8080, publicURL: String, secrets: WebhookSecrets) {
        self.host = host
        self.port = port
        self.publicURL = publicURL
        self.secrets = secrets
    }

    /// Reads `ADDR:PORT` (`127.0.0.1:8080`, `[::1]:8080`, `:8080` for every address).
    public static func listenAddress(_ text: String) throws(ReceiverSettingsError) -> (host: String, port: Int) {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (0...65_535).contains(port) else {
            throw .badListenAddress(text)
        }
        var host = String(text[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return (host.isEmpty ? "0.0.0.0" : host, port)
    }

    /// Checks the public URL is one a provider could have been given.
    public static func checkedPublicURL(_ text: String) throws(ReceiverSettingsError) -> String {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http",
              url.host?.isEmpty == false, url.query == nil else {
            throw .badPublicURL(text)
        }
        return text
    }
}
