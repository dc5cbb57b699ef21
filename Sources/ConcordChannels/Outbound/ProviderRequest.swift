import Foundation

/// One HTTP request to a provider's API, built without doing any I/O, so what Concord sends
/// can be checked against the provider's documentation in a test; the dispatcher performs it.
public struct ProviderRequest: Sendable, Hashable {
    /// Named in logs, metrics and delivery notes ("Twilio", "WhatsApp Cloud API").
    public var provider: String
    public var method: String
    public var url: String
    public var headers: [Header]
    public var body: Data

    public struct Header: Sendable, Hashable {
        public var name: String
        public var value: String
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(provider: String, method: String = "POST", url: String, headers: [Header], body: Data) {
        self.provider = provider
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}
