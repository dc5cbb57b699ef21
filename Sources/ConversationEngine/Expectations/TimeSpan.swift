import Foundation

/// A length of time as a promise states it: "24 hours", "3–5 business days" (low 3, high 5).
/// Due times use the slow end, `high`: that is the one the customer will hold the team to.
struct TimeSpan: Hashable, Sendable {
    var low: Int
    var high: Int
    var unit: DurationUnit

    init(_ low: Int, _ high: Int? = nil, _ unit: DurationUnit) {
        let upper = high ?? low
        self.low = min(low, upper)
        self.high = max(low, upper)
        self.unit = unit
    }

    /// The slow end in seconds, comparing like with like: 24 hours is one day, two weeks are
    /// fourteen days. Business units are counted on their own scale (see `DurationUnit.isBusiness`).
    var highSeconds: TimeInterval { TimeInterval(high) * unit.seconds }
}
