/// Which scalars and adjacent pairs of scalars a text contains, built once per message so the
/// lexicons try only the cues that could match it: most of a language's thousand cues start
/// with letters that a short message never puts side by side. Exact, because cues match
/// folded scalars exactly.
struct ScalarPresence: Sendable {
    private let keys: Set<UInt64>

    init(_ text: MatchableText) {
        var keys = Set<UInt64>(minimumCapacity: text.count * 2)
        let scalars = text.scalars
        for index in scalars.indices {
            keys.insert(Self.single(scalars[index]))
            if index + 1 < scalars.count { keys.insert(Self.pair(scalars[index], scalars[index + 1])) }
        }
        self.keys = keys
    }

    func contains(_ key: UInt64) -> Bool { keys.contains(key) }

    static func single(_ scalar: Unicode.Scalar) -> UInt64 { UInt64(scalar.value) | (1 << 63) }

    static func pair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
        UInt64(first.value) << 21 | UInt64(second.value)
    }
}
