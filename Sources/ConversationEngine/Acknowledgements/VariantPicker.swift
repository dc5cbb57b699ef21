/// Picks among wording variants deterministically: the same conversation always gets the same
/// sentences (re-running an import or a test changes nothing), different conversations get
/// different ones, and each part of a message is picked independently.
public struct VariantPicker: Sendable, Hashable {
    public let seed: String

    public init(seed: String) {
        self.seed = seed
    }

    /// One of `options` for the message part named `part`; nil when there are none.
    public func pick<T>(_ options: [T], part: String) -> T? {
        guard !options.isEmpty else { return nil }
        var hasher = StableHasher()
        hasher.combine(seed)
        hasher.combine(part)
        let value = UInt64(hasher.hexDigest.prefix(16), radix: 16) ?? 0
        return options[Int(value % UInt64(options.count))]
    }
}
