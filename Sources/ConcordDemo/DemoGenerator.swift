import ConversationEngine

/// Generates a realistic, multilingual contact centre for demos, screenshots and load tests.
///
/// Customers write in English, Korean, Chinese, Russian and Persian, on email, chat, phone,
/// SMS and social networks; some reach out on three channels about one problem, some wait for
/// days, some were promised a call back that never came. Everything is deterministic: the same
/// configuration gives the same items byte for byte (the generator uses its own seeded PRNG and
/// never the clock), and times are laid out relative to `configuration.now` so waits look live.
///
/// Items stream lazily and quickly (no formatters or regular expressions per message), so a
/// million-message book can be generated without holding it in memory.
///
/// ```swift
/// let demo = DemoGenerator(configuration: DemoConfiguration(seed: 7, now: .now))
/// for item in demo.items() { try loader.apply(item) }
/// ```
public struct DemoGenerator: Sendable {
    public let configuration: DemoConfiguration
    /// The demo team; assignments and agent-written messages refer to these people.
    public let agents: [DemoAgentProfile]

    public init(configuration: DemoConfiguration) {
        self.configuration = configuration
        self.agents = DemoStaff.roster.map(\.profile)
    }

    /// Every item in load order: lazily generated, customer by customer.
    public func items() -> some Sequence<DemoItem> { stream() }

    /// The concrete stream, for checks that need its bookkeeping (story numbers).
    func stream() -> DemoItemStream {
        DemoItemStream(world: DemoWorld(seed: configuration.seed, now: configuration.now),
                       customers: configuration.customers, messages: configuration.messages)
    }
}
