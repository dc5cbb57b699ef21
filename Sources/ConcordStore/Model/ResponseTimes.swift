import Foundation
import ConversationEngine

/// How long first answers actually took on a channel recently: what an honest promise of a
/// reply time rests on (promise the slow end, then beat it).
public struct ResponseTimes: Sendable, Hashable {
    /// Seconds from a conversation's start to its first answer, sorted ascending.
    public let samples: [TimeInterval]

    public init(samples: [TimeInterval]) {
        self.samples = samples.sorted()
    }

    /// The `fraction` percentile (0.5 is the median), or nil without samples.
    public func percentile(_ fraction: Double) -> TimeInterval? {
        guard !samples.isEmpty else { return nil }
        let index = min(samples.count - 1, max(0, Int((Double(samples.count - 1) * fraction).rounded(.up))))
        return samples[index]
    }

    public var median: TimeInterval? { percentile(0.5) }
}
