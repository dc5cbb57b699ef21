import ConcordChannels
import ConcordIngest
import ConcordStore
import Foundation
import Synchronization

/// Takes authenticated webhook bodies into the store on a writer thread of its own, so the
/// server's event loops never wait on the store: each item's bytes are committed before it is
/// parsed (`IngestRunner.ingestKeepingFirst`), and only then is the provider answered 2xx.
/// What arrives while a write runs goes in the next one together (at most `groupLimit`).
///
/// A caller waits at most `deadline`; past it (the store is locked, the disk is slow) it is told
/// `.timedOut` and answers 503, so the provider retries; the write may still finish, and the
/// retry is then a duplicate, answered 2xx, with nothing stored twice. A full queue refuses at
/// once (`.overloaded`) rather than let waiting requests pile up without bound.
public final class WebhookIntake: Sendable {
    /// What became of one submitted item.
    public enum Outcome: Sendable, Equatable {
        /// Committed: new, a redelivery of something already stored, or kept in quarantine.
        case stored(IngestAccount)
        /// Not answered within the deadline (it may still be written; a retry is then a duplicate).
        case timedOut
        /// Too many items are waiting for the store; nothing was taken.
        case overloaded
        /// The store refused the write (its message, for the log line).
        case failed(String)
    }

    /// One waiting item and whoever waits for it; the first answer (the write or the deadline) wins.
    private final class Job: Sendable {
        let item: SourceItem
        private let waiter = Mutex<CheckedContinuation<Outcome, Never>?>(nil)

        init(item: SourceItem) { self.item = item }

        func wait(_ continuation: CheckedContinuation<Outcome, Never>) {
            waiter.withLock { $0 = continuation }
        }

        func answer(_ outcome: Outcome) {
            waiter.withLock { waiting in
                waiting?.resume(returning: outcome)
                waiting = nil
            }
        }
    }

    private let runner: IngestRunner
    private let deadline: Duration
    private let capacity: Int
    private let queue = Mutex<(jobs: [Job], stopping: Bool)>(([], false))
    private let signal = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)

    /// - Parameters:
    ///   - deadline: how long a request waits for the store before it is answered 503.
    ///   - capacity: how many items may wait for the writer before new ones are refused.
    public init(runner: IngestRunner, deadline: Duration = .seconds(5), capacity: Int = 2_000) {
        self.runner = runner
        self.deadline = deadline
        self.capacity = max(1, capacity)
        let thread = Thread { [self] in writeUntilStopped() }
        thread.name = "concord.intake"
        thread.start()
    }

    /// How many items wait for the writer now (the `/metrics` backlog gauge).
    public var backlog: Int { queue.withLock { $0.jobs.count } }

    /// Commits `item` and says what became of it, within the deadline.
    public func submit(_ item: SourceItem) async -> Outcome {
        let job = Job(item: item)
        let deadline = deadline
        return await withCheckedContinuation { continuation in
            job.wait(continuation)
            let accepted = queue.withLock { state -> Bool in
                guard !state.stopping, state.jobs.count < capacity else { return false }
                state.jobs.append(job)
                return true
            }
            guard accepted else { return job.answer(.overloaded) }
            signal.signal()
            DispatchQueue.global().asyncAfter(deadline: .now() + deadline.dispatchInterval) { job.answer(.timedOut) }
        }
    }

    /// Stops taking items, writes every one already taken, and returns when they are committed
    /// (graceful shutdown: what was acknowledged, or is about to be, is never left unwritten).
    public func drain() {
        let first = queue.withLock { state -> Bool in
            defer { state.stopping = true }
            return !state.stopping
        }
        guard first else { return }
        signal.signal()
        finished.wait()
    }

    private func writeUntilStopped() {
        defer { finished.signal() }
        while true {
            signal.wait()
            while case let jobs = next(), !jobs.isEmpty {
                do {
                    for (job, account) in zip(jobs, try runner.ingestKeepingFirst(jobs.map(\.item), attempts: Self.attempts)) { job.answer(.stored(account)) }
                } catch {
                    for job in jobs { job.answer(.failed("\(error)")) }
                }
            }
            if queue.withLock({ $0.stopping && $0.jobs.isEmpty }) { return }
        }
    }

    /// Everything waiting, up to `groupLimit`: one transaction for the bytes of all of them and
    /// one for their messages (group commit), however many providers post at once.
    private func next() -> [Job] {
        queue.withLock { state in
            let taken = Array(state.jobs.prefix(Self.groupLimit))
            state.jobs.removeFirst(taken.count)
            return taken
        }
    }

    static let groupLimit = 100
    /// A body found half-done (the receiver was killed between its two transactions) is parsed
    /// again on redelivery, up to this many times, before it goes to quarantine.
    static let attempts = 3
}
