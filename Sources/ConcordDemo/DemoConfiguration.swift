import Foundation

/// What the demo generator should produce.
///
/// Everything the generator emits is a pure function of this value: the same seed, sizes and
/// reference instant give the same items, byte for byte, so demos, screenshots and tests are
/// reproducible. Times are laid out relative to `now`, so a freshly generated book shows live
/// waits ("4 min", "2 d") instead of stale history.
public struct DemoConfiguration: Sendable, Hashable {
    /// Seeds the generator's own pseudo-random stream; a different seed gives a different world.
    public var seed: UInt64
    /// The target number of message events (±2%), or nil for a natural amount of roughly 8–15
    /// messages per customer. Large targets are met with longer and more numerous stories.
    public var messages: Int?
    /// The reference instant: waits, overdue promises and "yesterday" are measured from it.
    public var now: Date
    private var explicitCustomers: Int?

    /// How many customers to generate. Unless set explicitly this is 240, or one customer per
    /// 40 target messages when `messages` is large, so big books keep realistic story lengths.
    public var customers: Int {
        get { explicitCustomers ?? Self.defaultCustomers(forMessages: messages) }
        set { explicitCustomers = newValue }
    }

    /// - Parameters:
    ///   - seed: the pseudo-random seed.
    ///   - customers: an explicit customer count; nil picks the default described on `customers`.
    ///   - messages: the target message count, or nil for a natural amount.
    ///   - now: the reference instant; tests pass a fixed date.
    public init(seed: UInt64 = 1, customers: Int? = nil, messages: Int? = nil, now: Date = Date()) {
        self.seed = seed
        self.explicitCustomers = customers
        self.messages = messages
        self.now = now
    }

    /// The default customer count for a message target: 240, or `messages / 40` when larger.
    public static func defaultCustomers(forMessages messages: Int?) -> Int {
        max(240, (messages ?? 0) / 40)
    }
}
