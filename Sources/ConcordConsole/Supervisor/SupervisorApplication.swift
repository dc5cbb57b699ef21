import Foundation
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// Connects the pure supervisor screen (state, reducer, view) to the world: terminal events
/// come in, effects are carried out against the store, results go back through the reducer.
/// Every change is written as the supervisor, with its audit row in the same transaction.
///
/// ```swift
/// let app = SupervisorApplication(state: state, store: store)
/// app.start()
/// let watch = try store.watchChanges { app.storeChanges.raise($0); loop.waker.wake() }
/// try loop.run(app)
/// ```
public final class SupervisorApplication: TerminalApplication {
    public private(set) var state: SupervisorState
    private let store: any Store
    private let clock: @Sendable () -> Date

    /// Raised from the store's change watch (another thread); the next wake-up reads the store again.
    public let storeChanges = StoreChangeInbox()
    /// Under a stream of commits (an ingest burst) the panes are read at most once per interval.
    private var pacer: StoreRefreshPacer

    /// - Parameter refreshInterval: the shortest time between two reads for other processes'
    ///   changes (zero reads at every wake-up: tests).
    public init(state: SupervisorState, store: any Store, refreshInterval: Duration = .zero,
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.state = state
        self.store = store
        self.clock = clock
        self.pacer = StoreRefreshPacer(interval: refreshInterval)
    }

    /// Reads the first screen's data; call before running the loop (or rendering a snapshot).
    public func start() {
        dispatch(.started)
    }

    /// Once a second: waits count up, and every few seconds the store is read again.
    public var tickInterval: Duration? { .seconds(1) }

    /// A store change held back by the pacing is read once its interval has passed.
    public var wakeupIsDue: Bool { pacer.holdsDueChange() }

    public func handle(_ event: TerminalEvent) throws -> LoopDecision {
        switch event {
        case .key(let key):
            if dispatch(.key(key)) { return .quit(exitCode: 0) }
        case .resize(let size):
            dispatch(.resize(size))
        case .tick:
            // The panes sum up every queue and agent: any change is a reason to read them again.
            if pacer.atTick(storeChanges.take()) != nil { dispatch(.storeChanged) }
            dispatch(.tick(clock()))
        case .wakeup:
            guard pacer.atWakeup(storeChanges.take()) != nil else { return .unchanged }
            dispatch(.storeChanged)
        case .mouse:
            return .unchanged
        }
        return .continue
    }

    public func render(into canvas: inout Canvas) {
        if canvas.size != state.size { dispatch(.resize(canvas.size)) }
        SupervisorView.render(state, into: &canvas)
    }

    /// Reduces an action and runs the effects it asks for, feeding results back in.
    /// - Returns: whether the screen should close.
    @discardableResult
    public func dispatch(_ action: SupervisorAction) -> Bool {
        var pending = SupervisorReducer.reduce(&state, action)
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            if effect == .quit { return true }
            if let result = perform(effect) { pending += SupervisorReducer.reduce(&state, result) }
        }
        return false
    }

    private func perform(_ effect: SupervisorEffect) -> SupervisorAction? {
        let now = state.now
        let supervisor = state.supervisor
        do {
            switch effect {
            case .loadOverview(let request):
                return .overviewLoaded(try store.supervisorOverview(request))
            case .loadConversations(let query, let scope):
                return .conversationsLoaded(try store.queue(query), total: try store.queueCount(query), scope: scope)
            case .loadTimeline(let id):
                guard let conversation = try store.conversation(id), let customer = try store.customer(conversation.customerID) else {
                    return .failed("Conversation #\(id) is gone (merged or erased).")
                }
                let messages = try store.messages(in: id)
                let shown = Array(messages.suffix(SupervisorTimeline.messageLimit))
                // Reading a customer's conversation is a view of the customer: audited, with ids only.
                try store.recordAudit(.customer(customer.id, .viewCustomer, by: supervisor, at: now, detail: "supervise #\(id)"))
                let detail = CustomerSnapshot(customer: customer, identities: [], conversations: [conversation], messages: shown,
                                              hasOlderMessages: false, promises: [], recentContacts: 0)
                return .timelineLoaded(SupervisorTimeline(conversation: conversation, detail: detail, omitted: messages.count - shown.count))
            case .reassign(let id, let agent, let expectedVersion):
                let logins = Dictionary(try store.agents().map { ($0.id, $0.login) }, uniquingKeysWith: { first, _ in first })
                let name = { (agent: AgentID?) in agent.map { "@" + (logins[$0] ?? "agent \($0)") } ?? "nobody" }
                try store.write { writer in
                    guard let before = try writer.conversationForUpdate(id) else {
                        throw StoreError.notFound(what: "conversation", id: id.description)
                    }
                    _ = try writer.assign(conversation: id, to: agent, expectedVersion: expectedVersion)
                    try writer.recordAudit(.conversation(id, .reassign, by: supervisor, at: now,
                                                         detail: "from \(name(before.assignee)) to \(name(agent))"))
                }
                return .changed(agent == nil ? "#\(id) is unassigned: back to its team's queue." : "#\(id) reassigned to \(name(agent)).")
            case .setPriority(let id, let priority):
                try store.write { writer in
                    guard let before = try writer.conversationForUpdate(id) else {
                        throw StoreError.notFound(what: "conversation", id: id.description)
                    }
                    _ = try writer.setPriority(conversation: id, to: priority, at: now, expectedVersion: nil)
                    try writer.recordAudit(.conversation(id, .changePriority, by: supervisor, at: now,
                                                         detail: "from \(before.priority.label) to \(priority.label)"))
                }
                return .changed("#\(id) is now \(priority.label) priority.")
            case .moveToQueue(let id, let queue):
                let moved = try store.write { writer in
                    guard let before = try writer.conversationForUpdate(id) else {
                        throw StoreError.notFound(what: "conversation", id: id.description)
                    }
                    let after = try writer.moveToQueue(conversation: id, queue: queue, at: now)
                    try writer.recordAudit(.conversation(id, .moveQueue, by: supervisor, at: now,
                                                         detail: "from \(before.queue) to \(after.queue)"))
                    return after
                }
                return .changed("#\(id) moved to \(moved.queue).")
            case .broadcast(let text, let team):
                try store.write { writer in
                    let sent = try writer.broadcast(text, team: team, from: supervisor, at: now)
                    try writer.recordAudit(AuditRecord(at: now, actor: supervisor.login, role: supervisor.role, action: .broadcast,
                                                       subjectKind: team == nil ? .store : .team, subjectID: nil,
                                                       detail: "#\(sent.id) to " + (team.map { "team \($0)" } ?? "every agent")))
                }
                return .changed(team.map { "Broadcast sent to team \($0)." } ?? "Broadcast sent to every agent.")
            case .quit:
                return nil
            }
        } catch StoreError.versionConflict(let conversation, _, _) {
            return .changeFailed("Not reassigned: #\(conversation) changed while you chose (someone took or answered it); "
                                 + "it is shown as it is now, try again.")
        } catch {
            switch effect {
            case .reassign, .setPriority, .moveToQueue, .broadcast: return .changeFailed("Not done: \(error)")
            default: return .failed("\(error)")
            }
        }
    }
}
