import Foundation

/// How long first answers took on a channel recently, as a distribution an honest promise can
/// be read from.
///
/// A promise should rest on the slow end of what the team does, not on its average: promising
/// the median disappoints every other customer, promising the 90th percentile disappoints one
/// in ten at most and lets the team over-deliver to the rest (DOMAIN principle 4).
///
/// ```swift
/// let recent = ResponseTimeDistribution(samples: [600, 900, 1_800, 7_200])
/// recent.quantile(0.9)   // 7_200
/// ```
public struct ResponseTimeDistribution: Sendable, Hashable {
    /// Seconds from a conversation's start to its first answer, ascending.
    public let samples: [TimeInterval]

    public init(samples: [TimeInterval]) {
        self.samples = samples.filter { $0.isFinite && $0 >= 0 }.sorted()
    }

    public var count: Int { samples.count }

    /// The nearest-rank quantile: the smallest sample at or above the `fraction` share of the
    /// samples (0.9 gives a time that 90% of first answers beat), or nil without samples.
    ///
    /// Nearest rank never interpolates below an observed time, so it never claims the team is
    /// faster than it was.
    public func quantile(_ fraction: Double) -> TimeInterval? {
        guard !samples.isEmpty else { return nil }
        let share = min(1, max(0, fraction))
        let rank = Int((share * Double(samples.count)).rounded(.up))
        return samples[min(samples.count - 1, max(0, rank - 1))]
    }

    /// The slow end to promise from (`quantile(fraction)`), or nil when there are fewer than
    /// `minimumSamples` answers: a handful of cases says little about a channel.
    public func slowEnd(fraction: Double = 0.9, minimumSamples: Int = 10) -> TimeInterval? {
        samples.count >= minimumSamples ? quantile(fraction) : nil
    }
}
