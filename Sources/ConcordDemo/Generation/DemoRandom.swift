import Foundation

/// The generator's own pseudo-random numbers: xoshiro256** seeded through SplitMix64.
///
/// Swift's system generator cannot be seeded, and the standard library's `random(in:using:)`
/// algorithms are not promised to stay the same across releases, so every draw here is our own
/// arithmetic: the same seed gives the same world on every machine and toolchain.
struct DemoRandom: Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    init(seed: UInt64) {
        var state = seed
        s0 = Self.splitMix(&state)
        s1 = Self.splitMix(&state)
        s2 = Self.splitMix(&state)
        s3 = Self.splitMix(&state)
    }

    /// A generator for one numbered stream (a customer, say), independent of the others.
    init(seed: UInt64, stream: UInt64) {
        self.init(seed: Self.scramble(seed &+ Self.scramble(stream &+ 0x5DEE_CE66_D1CE_4E5B)))
    }

    private static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return scramble(state)
    }

    /// SplitMix64's finaliser: a bijection on 64-bit values, so distinct inputs give distinct
    /// outputs (used to derive unique, random-looking ids).
    static func scramble(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always)
    private static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    mutating func next() -> UInt64 {
        let result = Self.rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Self.rotl(s3, 45)
        return result
    }

    /// 0 ..< n (n > 0). The modulo bias is far below anything a demo could show.
    mutating func below(_ n: Int) -> Int {
        precondition(n > 0, "empty range")
        return Int(next() % UInt64(n))
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// [0, 1)
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    mutating func uniform(_ low: Double, _ high: Double) -> Double { low + (high - low) * unit() }

    /// Whole seconds, uniform between two durations.
    mutating func seconds(_ low: Double, _ high: Double) -> Int { Int(uniform(low, high).rounded()) }

    /// Whole seconds, log-uniform: short waits are as common as long ones per order of magnitude.
    mutating func logSeconds(_ low: Double, _ high: Double) -> Int {
        let ratio = high / low
        return Int((low * pow(ratio, unit())).rounded())
    }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// An index drawn with the given non-negative weights (at least one positive).
    mutating func weighted(_ weights: [Int]) -> Int {
        let total = weights.reduce(0, +)
        var roll = below(total)
        for (index, weight) in weights.enumerated() {
            if roll < weight { return index }
            roll -= weight
        }
        return weights.count - 1
    }

    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, below(i + 1))
        }
    }
}
