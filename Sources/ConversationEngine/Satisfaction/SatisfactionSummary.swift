import Foundation

/// Satisfaction scores summed up: how many, the average, how they spread over 1–5, and the
/// latest. The customer card shows one customer's; supervisors see a team's.
public struct SatisfactionSummary: Sendable, Hashable {
    public let count: Int
    /// The mean score, nil without ratings.
    public let average: Double?
    /// How many ratings of each score; index 0 is score 1.
    public let distribution: [Int]
    /// The most recent rating.
    public let latest: SatisfactionRating?

    public init(_ ratings: [SatisfactionRating]) {
        count = ratings.count
        var distribution = [0, 0, 0, 0, 0]
        for rating in ratings { distribution[rating.score - 1] += 1 }
        self.distribution = distribution
        average = ratings.isEmpty ? nil : Double(ratings.reduce(0) { $0 + $1.score }) / Double(ratings.count)
        latest = ratings.max { ($0.at, $0.id) < ($1.at, $1.id) }
    }

    /// "★★★★☆": a score as five stars.
    public static func stars(_ score: Int) -> String {
        let filled = min(5, max(0, score))
        return String(repeating: "★", count: filled) + String(repeating: "☆", count: 5 - filled)
    }

    /// "4.3", one decimal.
    public var averageText: String? {
        average.map { String(format: "%.1f", $0) }
    }
}
