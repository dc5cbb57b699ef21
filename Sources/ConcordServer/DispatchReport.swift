import ConversationEngine

/// What one pass of the dispatcher did: `concord send --once` prints it.
public struct DispatchReport: Sendable, Hashable {
    public var sent = 0
    /// Attempts that failed and will be tried again later.
    public var retrying = 0
    /// Items given up: refused by the provider, impossible to send, or out of attempts.
    public var failed = 0
    /// Queued items on channels this dispatcher cannot deliver, by channel, with what to set.
    public var waiting: [Channel: Waiting] = [:]

    public struct Waiting: Sendable, Hashable {
        public var count: Int
        public var reason: String
    }

    public init() {}

    public var attempted: Int { sent + retrying + failed }
}
