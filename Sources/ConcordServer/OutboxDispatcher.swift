import AsyncHTTPClient
import ConcordChannels
import ConcordStore
import ConversationEngine
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import Synchronization

/// Delivers the outbox: takes the items that are due (holding each under a lease, so two
/// dispatchers never send the same one), hands each to its channel (sendmail for email, the
/// provider's API for the rest), and writes what became of it back to the store and the
/// timeline: sent; queued again with the reason and the time of the next attempt; or failed
/// with the reason, once the provider refuses it or the attempts run out.
///
/// A reply is never silently dropped: an item leaves the queue only as sent or as failed with
/// a reason. It is not sent twice by Concord: it is taken only while queued and unleased, and
/// marked sent as soon as the provider answers. The one window left, a crash between the
/// provider's answer and that mark, is closed at the provider by the idempotency key every
/// attempt carries (Twilio keeps them, as does any provider honouring `Idempotency-Key`).
public final class OutboxDispatcher: Sendable {
    public let store: any Store
    public let planner: DeliveryPlanner
    private let client: HTTPClient
    private let logger: Logger
    private let metrics: ReceiverMetrics?
    private let clock: @Sendable () -> Date
    private let stopping = Atomic<Bool>(false)
    /// How many items one pass takes and delivers at a time.
    public let batchSize: Int
    /// Whether a pass first queues the follow-ups that are due (`concord follow-ups run`).
    public let queuesFollowUps: Bool

    public init(store: any Store, planner: DeliveryPlanner, logger: Logger, metrics: ReceiverMetrics? = nil, batchSize: Int = 8,
                queuesFollowUps: Bool = true, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.queuesFollowUps = queuesFollowUps
        self.store = store
        self.planner = planner
        self.logger = logger
        self.metrics = metrics
        self.batchSize = max(1, batchSize)
        self.clock = clock
        var configuration = HTTPClient.Configuration()
        configuration.timeout = .init(connect: .seconds(10), read: .seconds(Int64(max(1, planner.settings.attemptTimeout))))
        configuration.redirectConfiguration = .disallow
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// Closes the HTTP connections; call once, after the last pass.
    public func shutdown() async {
        try? await client.shutdown()
    }

    /// The channels this dispatcher can deliver, and why each other one cannot.
    public func channelReadiness() -> (ready: Set<ConversationEngine.Channel>, unconfigured: [ConversationEngine.Channel: String]) {
        var ready: Set<ConversationEngine.Channel> = [], unconfigured: [ConversationEngine.Channel: String] = [:]
        for channel in ConversationEngine.Channel.allCases {
            if let reason = planner.settings.unconfigured(channel, credentials: planner.credentials) {
                unconfigured[channel] = reason
            } else {
                ready.insert(channel)
            }
        }
        return (ready, unconfigured)
    }

    /// Delivers every item due now, `batchSize` at a time, each at most once in this pass (an
    /// item that fails waits for its next attempt time, which is after the pass began).
    /// - Parameter countingWaiting: also count the queued items on channels that are not
    ///   configured (`concord send --once` names them; the loop in `serve` does not read them).
    public func deliverDue(countingWaiting: Bool = false) async throws -> DispatchReport {
        var report = DispatchReport()
        let (ready, unconfigured) = channelReadiness()
        let began = clock()
        if queuesFollowUps {
            // Due follow-ups join the outbox first, so one pass sends them too. Looked for with a
            // read: an idle pass writes nothing (and wakes no console).
            let due = try await onStoreThread { [store] in try !store.followUps(states: [.scheduled], dueBy: began, limit: 1).isEmpty }
            if due { _ = try await onStoreThread { [store] in try store.write { try $0.queueDueFollowUps(at: began) } } }
        }
        while !ready.isEmpty, !stopping.load(ordering: .acquiring) {
            let lease = began.addingTimeInterval(planner.settings.lease)
            let items = try await onStoreThread { [store, batchSize] in
                try store.write { try $0.claimOutbox(dueAt: began, leaseUntil: lease, limit: batchSize, channels: ready) }
            }
            if items.isEmpty { break }
            let outcomes = await withTaskGroup(of: Recorded.self) { group in
                for item in items { group.addTask { await self.deliver(item, passBegan: began) } }
                var all: [Recorded] = []
                for await recorded in group { all.append(recorded) }
                return all
            }
            for recorded in outcomes {
                switch recorded {
                case .sent: report.sent += 1
                case .retrying: report.retrying += 1
                case .failed: report.failed += 1
                case .unrecorded: break
                }
            }
        }
        if countingWaiting, !unconfigured.isEmpty {
            let queued = try await onStoreThread { [store] in try store.outbox(state: .queued, limit: 100_000) }
            for item in queued {
                guard let reason = unconfigured[item.channel] else { continue }
                report.waiting[item.channel, default: .init(count: 0, reason: reason)].count += 1
            }
        }
        return report
    }

    /// Passes every `interval` until `stop()`; a pass in progress finishes first (graceful
    /// shutdown: what was handed to a provider is recorded).
    public func run(every interval: Duration = .seconds(1)) async {
        let (_, unconfigured) = channelReadiness()
        for (channel, reason) in unconfigured.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where channel != .phone && channel != .note {
            logger.info("outbox channel not delivered", metadata: ["channel": "\(channel.rawValue)", "reason": "\(reason)"])
        }
        while !stopping.load(ordering: .acquiring) {
            do {
                let report = try await deliverDue()
                if report.attempted > 0 {
                    logger.info("outbox pass", metadata: ["sent": "\(report.sent)", "retrying": "\(report.retrying)", "failed": "\(report.failed)"])
                }
            } catch {
                logger.error("outbox pass failed", metadata: ["error": "\(error)"])
            }
            let wake = ContinuousClock.now + interval
            while !stopping.load(ordering: .acquiring), ContinuousClock.now < wake {
                try? await Task.sleep(for: .milliseconds(50))
            }
        }
    }

    /// Ends `run` after its current pass.
    public func stop() {
        stopping.store(true, ordering: .releasing)
    }

    // MARK: - One item

    private enum Recorded: Sendable { case sent, retrying, failed, unrecorded }

    private func deliver(_ item: OutboxItem, passBegan: Date) async -> Recorded {
        let context = try? await onStoreThread { [store] in
            (try item.messageID.flatMap { try store.message($0) }, try store.identities(of: item.customerID))
        }
        let outcome: DeliveryOutcome
        switch planner.plan(item, message: context?.0, identities: context?.1 ?? [], now: clock()) {
        case .failure(let refusal): outcome = .refused(reason: refusal.description)
        case .success(let plan): outcome = await perform(plan)
        }
        metrics?.delivered(item.channel, outcome: outcome)
        do {
            return try await record(outcome, for: item, passBegan: passBegan)
        } catch {
            // The lease runs out and the item is taken again, with the same idempotency key.
            logger.error("outbox outcome not recorded", metadata: ["item": "\(item.id)", "error": "\(error)"])
            return .unrecorded
        }
    }

    private func perform(_ plan: DeliveryPlan) async -> DeliveryOutcome {
        switch plan {
        case .email(let email):
            return await SendmailRunner(command: planner.settings.sendmail, timeout: planner.settings.attemptTimeout).deliver(email)
        case .http(let request):
            var http = HTTPClientRequest(url: request.url)
            http.method = HTTPMethod(rawValue: request.method)
            for header in request.headers { http.headers.add(name: header.name, value: header.value) }
            http.body = .bytes(ByteBuffer(bytes: request.body))
            do {
                let response = try await client.execute(http, timeout: .seconds(Int64(max(1, planner.settings.attemptTimeout))))
                let body = try await response.body.collect(upTo: 1 << 16)
                return DeliveryOutcome.http(status: Int(response.status.code), body: Data(buffer: body),
                                            retryAfter: response.headers.first(name: "Retry-After"), provider: request.provider)
            } catch {
                return .retry(reason: "\(request.provider) could not be reached: \(error)", after: nil)
            }
        }
    }

    private func record(_ outcome: DeliveryOutcome, for item: OutboxItem, passBegan: Date) async throws -> Recorded {
        let now = clock()
        let settings = planner.settings
        switch outcome {
        case .delivered(let providerID):
            _ = try await onStoreThread { [store] in try store.write { try $0.markOutbox(item.id, as: .sent, at: now, error: nil) } }
            logger.info("outbox item sent", metadata: ["item": "\(item.id)", "channel": "\(item.channel.rawValue)",
                                                        "attempt": "\(item.attempts)", "provider_id": "\(providerID ?? "")"])
            return .sent
        case .refused(let reason):
            _ = try await onStoreThread { [store] in try store.write { try $0.markOutbox(item.id, as: .failed, at: now, error: reason) } }
            logger.warning("outbox item failed", metadata: ["item": "\(item.id)", "channel": "\(item.channel.rawValue)", "reason": "\(reason)"])
            return .failed
        case .retry(let reason, let after):
            if item.attempts >= settings.maxAttempts {
                let final = "gave up after \(item.attempts) attempts: \(reason)"
                _ = try await onStoreThread { [store] in try store.write { try $0.markOutbox(item.id, as: .failed, at: now, error: final) } }
                logger.warning("outbox item failed", metadata: ["item": "\(item.id)", "channel": "\(item.channel.rawValue)", "reason": "\(final)"])
                return .failed
            }
            // Never due again within the pass that tried it.
            let wait = max(settings.delay(afterAttempts: item.attempts), after ?? 0)
            let next = max(now.addingTimeInterval(wait), passBegan.addingTimeInterval(0.001))
            let note = "attempt \(item.attempts) of \(settings.maxAttempts) failed (\(reason)); next attempt at \(Self.clockTime(next))"
            _ = try await onStoreThread { [store] in try store.write { try $0.deferOutbox(item.id, until: next, error: note, at: now) } }
            logger.notice("outbox item retrying", metadata: ["item": "\(item.id)", "channel": "\(item.channel.rawValue)", "reason": "\(reason)"])
            return .retrying
        }
    }

    static func clockTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        return String(format: "%02d:%02d:%02d UTC", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }

    /// Store calls block (SQLite, or PostgresNIO waited on): run them off the cooperative pool.
    private func onStoreThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }
}
