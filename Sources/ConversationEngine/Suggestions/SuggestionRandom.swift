/// A small seeded generator (SplitMix64) so suggestions vary between customers and replies
/// yet are the same for the same seed: reproducible screens, tests, and an agent who
/// reopens a reply sees the list they saw.
struct SuggestionRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator for one pool of phrases, so the order in one pool does not depend on how
    /// many other pools were drawn from first.
    init(seed: UInt64, pool: String) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in pool.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        self.init(seed: seed ^ hash)
    }

    mutating func next() -> UInt64 {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A Fisher–Yates shuffle written out here rather than the standard library's, whose
    /// draws may change between Swift versions: the same seed keeps giving the same list.
    mutating func shuffled<Element>(_ items: [Element]) -> [Element] {
        var result = items
        guard result.count > 1 else { return result }
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            let other = Int(next() % UInt64(index + 1))
            result.swapAt(index, other)
        }
        return result
    }
}
