import Foundation

/// The satisfaction ratings given on one local day: how many, and their average score (1–5).
public struct SatisfactionDay: Sendable, Hashable {
    /// The day's local midnight.
    public var day: Date
    public var ratings: Int
    /// The sum of the day's scores.
    public var scoreTotal: Int

    public init(day: Date, ratings: Int, scoreTotal: Int) {
        self.day = day
        self.ratings = ratings
        self.scoreTotal = scoreTotal
    }

    /// The day's average score, nil on a day without ratings.
    public var average: Double? { ratings == 0 ? nil : Double(scoreTotal) / Double(ratings) }
}
