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

    public init(state: ConsoleState, store: any Store, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.state = state
        self.store = store
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
            case .quit:
                return nil
            }
        } catch {
            return .failed("\(error)")
        }
    }
}
