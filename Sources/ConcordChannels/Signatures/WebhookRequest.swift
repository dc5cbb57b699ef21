import Foundation

/// A webhook POST as the receiver got it, before anything is trusted: the path and query it
/// was sent to, its headers, and the raw body (signatures cover the exact bytes).
public struct WebhookRequest: Sendable {
    public var path: String
    /// The query string without its "?" (Twilio signs it as part of the URL), or nil.
    public var query: String?
    /// Header values by name; looked up without regard to case, as HTTP wants.
    public var headers: [String: String]
    public var body: Data

    public init(path: String, query: String? = nil, headers: [String: String] = [:], body: Data) {
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    public func header(_ name: String) -> String? {
        if let exact = headers[name] { return exact }
        let lowered = name.lowercased()
        return headers.first { $0.key.lowercased() == lowered }?.value
    }

    /// The URL the provider requested: the receiver's public URL (what the provider was given,
    /// `--public-url`) with this request's path and query, which is what Twilio signs.
    public func publicURL(base: String) -> String {
        var base = base
        while base.hasSuffix("/") { base.removeLast() }
        return base + path + (query.map { $0.isEmpty ? "" : "?" + $0 } ?? "")
    }
}
