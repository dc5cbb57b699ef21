import Foundation
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// Connects the pure console (state, reducer, view) to the world: terminal events come in,
/// effects are carried out against the store, results go back through the reducer.
///
/// Store reads are synchronous here: they are indexed and bounded (a page of the queue, a
/// page of one customer's timeline), so they finish well inside a frame.
public final class ConsoleApplication: TerminalApplication {
    public private(set) var state: ConsoleState
    private let store: any Store
    private let clock: @Sendable () -> Date
    /// Built once from the session's phrasebooks and answer books (the launcher loads them,
    /// shipped files with the team's own over them); nil shows no phrases or answers.
    private let suggester: ReplySuggester?
    /// One per session: it remembers the facts of earlier messages between checks.
    private let checker = ConsistencyChecker()

    public init(state: ConsoleState, store: any Store, suggester: ReplySuggester? = nil,
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.state = state
        self.store = store
        self.suggester = suggester
        self.clock = clock
    }

    public var tickInterval: Duration? { .seconds(1) }

    /// Loads the first screen's data; call before running the loop (or rendering a snapshot).
    public func start() {
        ConsoleReducer.syncLayout(&state)
        dispatch(.started)
    }

    public func handle(_ event: TerminalEvent) throws -> LoopDecision {
        switch event {
        case .key(let key):
            if dispatch(.key(key)) { return .quit(exitCode: 0) }
        case .resize(let size):
            dispatch(.resize(size))
        case .tick:
            // Waits and countdowns move with the clock; the backend sends only the cells that changed.
            dispatch(.tick(clock()))
        case .wakeup, .mouse:
            return .unchanged
        }
        return .continue
    }

    public func render(into canvas: inout Canvas) {
        if canvas.size != state.size {
            dispatch(.resize(canvas.size))
        }
        ConsoleView.render(state, into: &canvas)
    }

    /// Reduces an action and runs the effects it asks for, feeding results back in.
    /// - Returns: whether the console should quit.
    @discardableResult
    public func dispatch(_ action: ConsoleAction) -> Bool {
        var pending = ConsoleReducer.reduce(&state, action)
        var quit = false
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            if effect == .quit {
                quit = true
                continue
            }
            if let result = perform(effect) {
                pending += ConsoleReducer.reduce(&state, result)
            }
        }
        return quit
    }

    private func perform(_ effect: ConsoleEffect) -> ConsoleAction? {
        do {
            switch effect {
            case .loadQueue(let query, let append):
                let rows = try store.queue(query)
                let total = append ? state.queue.total : try store.queueCount(query)
                return .queueLoaded(rows, total: total, append: append)
            case .loadDetail(let customer):
                guard let detail = try DetailLoader.load(customer: customer, from: store, now: state.now) else {
                    return .failed("Customer \(customer) no longer exists; press Ctrl-L to reload.")
                }
                return .detailLoaded(detail)
            case .loadSLA(let conversation):
                return try store.sla(of: conversation, policies: state.policies).map(ConsoleAction.slaLoaded)
            case .loadOlderMessages(let customer, let cursor):
                let (messages, hasMore) = try DetailLoader.older(customer: customer, before: cursor, from: store)
                return .olderMessagesLoaded(customer, messages, hasMore: hasMore)
            case .loadSuggestions(let conversation):
                guard let suggester, let basis = try store.replyBasis(for: conversation, policies: state.policies,
                                                                       agentName: state.presentation.agentName, now: state.now,
                                                                       sla: state.sla) else {
                    return .suggestionsLoaded(conversation, nil)
                }
                return .suggestionsLoaded(conversation, suggester.suggest(basis.request))
            case .loadDraft(let conversation):
                return .draftLoaded(conversation, try store.draft(for: conversation))
            case .saveDraft(let draft):
                try store.write { writer in
                    if draft.isBlank { try writer.deleteDraft(draft.conversationID) } else { try writer.saveDraft(draft) }
                }
                return try checked(draft)
            case .checkDraft(let draft):
                return try checked(draft)
            case .addPromise(let conversation, let text):
                let reader = try PromiseDueReader(conversation: conversation, store: store, policies: state.policies)
                let read = try reader.promise(text, due: nil, at: state.now)
                let promise = try store.write { writer in
                    try writer.recordPromise(conversation: conversation, message: nil, text: read.text, madeAt: state.now,
                                             dueAt: read.dueAt, state: .open, closedAt: nil, kind: read.kind)
                }
                let due = state.presentation.clock.dayAndTime(promise.dueAt)
                return .promiseChanged(promise, "Promise recorded, due \(due) (\(DurationText.relative(promise.dueAt, to: state.now)))")
            case .revisePromiseDue(let id, let words):
                guard let existing = try store.promise(id) else { return .failed("That promise is gone; press Ctrl-L to reload.") }
                let reader = try PromiseDueReader(conversation: existing.conversationID, store: store, policies: state.policies)
                let dueAt = try reader.due(words, at: state.now)
                let promise = try store.write { try $0.revisePromise(id, text: nil, dueAt: dueAt) }
                return .promiseChanged(promise, "Promise now due \(state.presentation.clock.dayAndTime(dueAt))")
            case .settlePromise(let id, let target):
                let promise = try store.write { try $0.settlePromise(id, as: target, at: state.now) }
                let said = switch target {
                case .kept: "Promise kept"
                case .broken: "Promise marked broken: tell the customer, and make a new one they can rely on"
                case .open: "Promise open again"
                }
                return .promiseChanged(promise, said)
            case .quit:
                return nil
            }
        } catch {
            return .failed("\(error)")
        }
    }

    private func checked(_ draft: Draft) throws -> ConsoleAction {
        let warnings = try store.draftWarnings(for: draft, checker: checker, policies: state.policies, now: state.now)
        return .draftChecked(draft.conversationID, text: draft.text, warnings)
    }
}
