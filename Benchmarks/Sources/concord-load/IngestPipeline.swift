import Foundation
import ConcordStore
import ConversationEngine
import Synchronization

/// The receiver's side of the benchmark: a producer thread makes messages on a schedule (the
/// steady rate, plus the burst while it lasts) into an in-memory queue, and one ingester thread
/// drains the queue into the store with `store.ingest`, committing what is waiting in one
/// transaction (see `ingest()`). The backlog is what was produced and not yet stored.
final class IngestPipeline: Sendable {
    /// One stored message: its id and when its transaction had committed (monotonic nanoseconds).
    struct Stored: Sendable {
        let message: MessageID
        let producedAt: UInt64
        let committedAt: UInt64
        let dedupeKey: String
    }

    /// What happened, read at the end.
    struct Outcome: Sendable {
        var stored: [Stored] = []
        var duplicates = 0
        var failures: [String] = []
        var produced = 0
        var peakBacklog = 0
        var peakBacklogAt: UInt64 = 0
        /// Each ingest transaction's time, nanoseconds, and how many messages it committed.
        var ingestDurations: [UInt64] = []
        var batchSizes: [Int] = []
        /// The end of the burst, and the first moment after it when nothing was waiting.
        var burstEndedAt: UInt64?
        var drainedAt: UInt64?
        var burstStartedAt: UInt64?
    }

    private struct Shared {
        var waiting: [(InboundEvent, UInt64)] = []
        var outcome = Outcome()
        var producing = true
        /// Set once the producer has returned: the ingester stops when the queue is empty.
        var producerEnded = false
        /// Set when the queue did not drain in time: the ingester stops at once.
        var abandoned = false
        var burst: (messages: Int, seconds: Double)?
    }

    private let shared: Mutex<Shared>
    private let wake = DispatchSemaphore(value: 0)
    private let producerDone = DispatchSemaphore(value: 0)
    private let ingesterDone = DispatchSemaphore(value: 0)
    private let traffic: Mutex<SyntheticTraffic>
    private let store: any Store

    private let rate: Double

    init(store: any Store, traffic: SyntheticTraffic, rate: Double) {
        self.store = store
        self.traffic = Mutex(traffic)
        self.rate = rate
        shared = Mutex(Shared())
    }

    /// Starts both threads.
    func start() {
        Thread.detachNewThread { [self] in produce() }
        Thread.detachNewThread { [self] in ingest() }
    }

    /// Adds `messages` over `seconds` on top of the steady rate, starting now.
    func burst(_ messages: Int, over seconds: Double) {
        let now = Clock.now
        shared.withLock {
            $0.burst = (messages, seconds)
            $0.outcome.burstStartedAt = now
        }
    }

    /// Produced minus stored, now.
    var backlog: Int {
        shared.withLock { $0.outcome.produced - $0.outcome.stored.count - $0.outcome.duplicates - $0.outcome.failures.count }
    }

    var storedCount: Int { shared.withLock { $0.outcome.stored.count } }

    /// Stops producing, waits until the queue is empty (at most `drainTimeout` seconds: what is
    /// still waiting then counts as not stored) and both threads have ended, and says what happened.
    func finish(drainTimeout: Double) -> Outcome {
        shared.withLock { $0.producing = false }
        producerDone.wait()
        shared.withLock { $0.producerEnded = true }
        wake.signal()
        if ingesterDone.wait(timeout: .now() + drainTimeout) == .timedOut {
            shared.withLock { $0.abandoned = true }
            ingesterDone.wait()
        }
        return shared.withLock { $0.outcome }
    }

    // MARK: - Threads

    /// Makes message k of the steady stream k / rate seconds after the start, and the burst's
    /// evenly over the burst, never ahead of schedule and catching up at once when late.
    private func produce() {
        defer { producerDone.signal() }
        let start = Clock.now
        var steadyMade = 0
        var burstMade = 0
        while true {
            let (producing, burst, burstStarted) = shared.withLock { ($0.producing, $0.burst, $0.outcome.burstStartedAt) }
            guard producing else { return }
            let now = Clock.now
            let steadyDue = Int(Double(now - start) / 1e9 * rate) + 1 - steadyMade
            var burstDue = 0
            if let burst, let burstStarted {
                let elapsed = Double(now - burstStarted) / 1e9
                let target = min(burst.messages, Int(elapsed / burst.seconds * Double(burst.messages)))
                burstDue = max(0, target - burstMade)
            }
            let due = steadyDue + burstDue
            if due > 0 {
                let wall = Date()
                let events = traffic.withLock { traffic in (0..<due).map { _ in traffic.next(at: wall) } }
                let producedAt = Clock.now
                steadyMade += steadyDue
                burstMade += burstDue
                shared.withLock { shared in
                    shared.waiting += events.map { ($0, producedAt) }
                    shared.outcome.produced += events.count
                    let outcome = shared.outcome
                    let backlog = outcome.produced - outcome.stored.count - outcome.duplicates - outcome.failures.count
                    if backlog > outcome.peakBacklog {
                        shared.outcome.peakBacklog = backlog
                        shared.outcome.peakBacklogAt = producedAt
                    }
                    if let burst, burstMade == burst.messages, shared.outcome.burstEndedAt == nil {
                        shared.outcome.burstEndedAt = producedAt
                    }
                }
                wake.signal()
            }
            Thread.sleep(forTimeInterval: 0.002)
        }
    }

    /// The most messages one transaction commits when they have piled up.
    static let batchLimit = 100

    /// Takes whatever is waiting (one message at a steady rate, up to `batchLimit` in a burst)
    /// and commits it in one transaction: group commit, as the receiver does with the webhooks
    /// that arrive while the previous transaction commits. Each message is acknowledged only once
    /// its transaction has committed, so durability before acknowledgement is unchanged.
    private func ingest() {
        defer { ingesterDone.signal() }
        while true {
            let (next, ended): ([(InboundEvent, UInt64)], Bool) = shared.withLock { shared in
                if shared.abandoned { return ([], true) }
                let batch = Array(shared.waiting.prefix(Self.batchLimit))
                shared.waiting.removeFirst(batch.count)
                return (batch, shared.producerEnded)
            }
            guard !next.isEmpty else {
                if ended { return }
                _ = wake.wait(timeout: .now() + .milliseconds(20))
                continue
            }
            let began = Clock.now
            let results: [Result<IngestOutcome, any Error>]
            do {
                results = try store.ingest(next.map(\.0)).map { $0.mapError { $0 as any Error } }
            } catch {
                results = next.map { _ in .failure(error) }
            }
            let committed = Clock.now
            shared.withLock { shared in
                for ((event, producedAt), result) in zip(next, results) {
                    switch result {
                    case .success(.stored(let receipt)):
                        shared.outcome.stored.append(Stored(message: receipt.messageID, producedAt: producedAt, committedAt: committed,
                                                            dedupeKey: event.dedupeKey))
                    case .success(.duplicate):
                        shared.outcome.duplicates += 1
                    case .failure(let error):
                        shared.outcome.failures.append("\(event.dedupeKey): \(error)")
                    }
                }
                shared.outcome.ingestDurations.append(committed - began)
                shared.outcome.batchSizes.append(next.count)
                // Back to zero: nothing produced is waiting any more (these are stored).
                if shared.waiting.isEmpty, shared.outcome.burstEndedAt != nil, shared.outcome.drainedAt == nil {
                    shared.outcome.drainedAt = committed
                }
            }
        }
    }
}

/// Monotonic nanoseconds, comparable across threads.
enum Clock {
    static var now: UInt64 { DispatchTime.now().uptimeNanoseconds }
}
