/// How a story ends: still live at the reference instant (and in which state) or in history.
enum DemoStoryOutcome: Sendable, Equatable, CaseIterable {
    /// Nobody has answered yet (the customer may have nudged).
    case unanswered
    /// An agent answered, the customer wrote again and waits.
    case waitingAfterReply
    /// The last word was an agent's promise that is not yet due.
    case promiseFuture
    /// The promise fell due unkept and the customer says so.
    case promiseOverdueNudged
    /// The promise fell due unkept; the customer has not written since.
    case promiseOverdueSilent
    /// An agent asked the customer for something (status pending_customer).
    case pendingCustomer
    /// Solved in the last few days (status resolved).
    case resolvedRecently
    /// History: a promise made and kept.
    case keptPromise
    /// History: a promise broken, then put right.
    case brokenPromise
    /// History: answered and resolved.
    case resolved

    var isLive: Bool {
        switch self {
        case .keptPromise, .brokenPromise, .resolved: false
        default: true
        }
    }

    /// Agent turns the outcome needs.
    var minimumAgentTurns: Int {
        switch self {
        case .unanswered: 0
        case .keptPromise, .brokenPromise: 2
        default: 1
        }
    }

    /// Customer messages allowed after the last agent turn, in order of preference.
    var tailOptions: [Int] {
        switch self {
        case .waitingAfterReply, .promiseOverdueNudged: [1]
        case .resolvedRecently, .resolved, .keptPromise, .brokenPromise: [1, 0]
        default: [0]
        }
    }

    /// Outcomes whose promise must be able to fall due within the story.
    var needsShortPromise: Bool {
        self == .promiseOverdueNudged || self == .promiseOverdueSilent || self == .brokenPromise
    }
}
