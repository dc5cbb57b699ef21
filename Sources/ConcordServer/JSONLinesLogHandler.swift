import Foundation
import Logging

/// A swift-log handler writing one JSON object per line (`ts`, `level`, `label`, `msg` and the
/// metadata as string fields) to standard error, where journald or a log shipper picks it up
/// and `jq` reads it. Webhook bodies are never logged: they hold customers' messages.
public struct JSONLinesLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    private let label: String
    private let sink: @Sendable (String) -> Void

    /// - Parameter sink: where each line goes (standard error unless a test listens).
    public init(label: String, sink: @escaping @Sendable (String) -> Void = JSONLinesLogHandler.standardError) {
        self.label = label
        self.sink = sink
    }

    public static let standardError: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields: [String: String] = [:]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) { fields[key] = "\(value)" }
        fields["ts"] = Date().formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
        fields["level"] = event.level.rawValue
        fields["label"] = label
        fields["msg"] = event.message.description
        if let error = event.error { fields["error"] = "\(error)" }
        guard let data = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys, .withoutEscapingSlashes]),
              let text = String(data: data, encoding: .utf8) else { return }
        sink(text)
    }
}
