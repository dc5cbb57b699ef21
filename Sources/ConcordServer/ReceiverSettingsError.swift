import Foundation

/// A receiver setting that cannot be used, and what to write instead.
public enum ReceiverSettingsError: Error, Equatable, CustomStringConvertible {
    case badListenAddress(String)
    case badPublicURL(String)

    public var description: String {
        switch self {
        case .badListenAddress(let text):
            "--listen \(text) is not an address and port: write it as 127.0.0.1:8080, [::1]:8080 or :8080."
        case .badPublicURL(let text):
            "--public-url \(text) is not the http(s) URL the providers were given: write it as https://support.example.com "
                + "(with a path prefix if a proxy adds one, and no query)."
        }
    }
}
