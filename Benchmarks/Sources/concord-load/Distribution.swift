import Foundation

/// Durations in nanoseconds, summarised as the targets are stated (nearest-rank percentiles, in ms).
struct Distribution {
    private let sorted: [UInt64]

    init(_ values: [UInt64]) {
        sorted = values.sorted()
    }

    var count: Int { sorted.count }

    /// The `p` quantile (0...1) in milliseconds; 0 when there are no samples.
    func milliseconds(_ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((Double(sorted.count) * p).rounded(.up)) - 1
        return Double(sorted[min(sorted.count - 1, max(0, rank))]) / 1e6
    }

    var mean: Double {
        sorted.isEmpty ? 0 : Double(sorted.reduce(0, +)) / Double(sorted.count) / 1e6
    }

    /// "p50 12.3  p95 45.6  p99 78.9  max 101.2 ms (n=1234)".
    var summary: String {
        String(format: "p50 %7.1f  p95 %7.1f  p99 %7.1f  max %7.1f ms  (n=%d)",
               milliseconds(0.5), milliseconds(0.95), milliseconds(0.99), milliseconds(1), count)
    }
}
