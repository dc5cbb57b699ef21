import Foundation

/// Latency samples in nanoseconds, summarised the way the performance budgets are stated.
struct Samples {
    private(set) var values: [UInt64] = []

    mutating func measure<T>(_ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        values.append(DispatchTime.now().uptimeNanoseconds - start)
        return result
    }

    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let index = min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))
        return Double(sorted[index]) / 1_000_000
    }

    /// The sum of all samples in milliseconds.
    var totalMilliseconds: Double { Double(values.reduce(0, +)) / 1_000_000 }

    /// "p50 0.41 ms  p95 0.90 ms  max 2.10 ms  (n=2000)".
    var summary: String {
        String(format: "p50 %7.3f ms  p95 %7.3f ms  max %7.3f ms  (n=%d)", percentile(0.5), percentile(0.95),
               percentile(1.0), values.count)
    }
}

/// Resident set size of this process, from /proc.
func residentMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
          let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
    return kilobytes / 1024
}
