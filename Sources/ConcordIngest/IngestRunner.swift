import ConcordChannels
import ConcordStore
import ConversationEngine
import Foundation

/// Takes source items into the store without ever losing one: each item's bytes are kept
/// (content-addressed) with its events in one transaction, or in quarantine with the reason
/// it could not be parsed or stored; the same bytes twice are one item.
///
/// Bulk sources (a Maildir, an mbox, a CSV of call records) are read and parsed on other
/// threads while this one writes, so both cores work. A source that cannot be read again
/// (a message on stdin, a webhook) goes through `ingestKeepingFirst`, which commits the
/// bytes before parsing them.
public struct IngestRunner: Sendable {
    public let store: any Store
    public let registry: ParserRegistry
    public let context: ParseContext
    /// Items per write transaction.
    public var batchSize: Int
    /// Threads that parse in parallel (at a lower priority than the writer, the bottleneck).
    public var parseThreads: Int
    public var now: @Sendable () -> Date

    public init(store: any Store, registry: ParserRegistry, context: ParseContext, batchSize: Int = 500,
                parseThreads: Int = ProcessInfo.processInfo.activeProcessorCount, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.registry = registry
        self.context = context
        self.batchSize = max(1, batchSize)
        self.parseThreads = max(1, parseThreads)
        self.now = now
    }

    /// Reads, parses and stores every item; `progress` is called after each batch.
    ///
    /// Parsing threads (niced, so the writer keeps a core when they compete) take batches in
    /// turn; the writer stores them strictly in reading order, so a reply is never stored
    /// before the message it answers.
    ///
    /// - Parameter expectedCount: how many items `items` holds, when the caller knows (a
    ///   Maildir's file list): the last batches are then smaller, so both parsing threads and
    ///   the writer finish together instead of one core idling while the last full batch is
    ///   parsed and written.
    public func ingest<Items: Sequence<SourceItem>>(_ items: Items, expectedCount: Int? = nil,
                                                    progress: (IngestAccount) -> Void = { _ in }) throws -> IngestAccount {
        let channel = BatchChannel<(sequence: Int, items: [PreparedItem])>(capacity: parseThreads + 1)
        let source = BatchSource(AnyIterator(items.makeIterator()),
                                 sizes: BatchSizes(full: batchSize, expected: expectedCount, workers: parseThreads))
        let workersLeft = WorkerCount(parseThreads)
        let registry = registry, context = context, preparer = preparer, store = store
        for _ in 0..<parseThreads {
            let worker = Thread {
                setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
                while let (sequence, batch) = source.next() {
                    // Items already kept (a second run over the same Maildir) are not parsed again.
                    let digests = batch.map { RawSourceDigest.of($0.data) }
                    let known = (try? store.rawSourceStates(digests: digests)) ?? [:]
                    let prepared = PreparedItem.batch(zip(batch, digests).map { item, digest in
                        let isKnown = switch known[digest] {
                        case .ingested?, .quarantined?: true
                        case .pending?, nil: false
                        }
                        return (item, digest, isKnown)
                    }, registry: registry, context: context, planner: preparer)
                    if !channel.send((sequence, prepared)) { break }
                }
                if workersLeft.finish() { channel.close() }
            }
            worker.stackSize = 8 << 20
            worker.start()
        }
        defer { channel.close() }

        // Freeing a written batch (its bytes, texts and events) is left to another thread: the
        // writer is the one thread every item waits for.
        let disposal = DispatchQueue(label: "concord.ingest.disposal", qos: .utility)
        return try store.bulk {
            var account = IngestAccount()
            var waiting: [Int: [PreparedItem]] = [:]
            var next = 0
            while let (sequence, batch) = channel.receive() {
                waiting[sequence] = batch
                while let ready = waiting.removeValue(forKey: next) {
                    account = try write(ready, into: account)
                    progress(account)
                    next += 1
                    disposal.async { withExtendedLifetime(ready) {} }
                }
            }
            disposal.sync {}
            return account
        }
    }

    /// Stores one item that cannot be read again: its bytes are committed before it is
    /// parsed, so even a parser that crashes loses nothing (the next attempt finds the item
    /// half-done and quarantines it instead of crashing again).
    public func ingestKeepingFirst(_ item: SourceItem) throws -> IngestAccount {
        var account = IngestAccount()
        account.read = 1
        let digest = RawSourceDigest.of(item.data)
        let kept = try store.write { writer -> RawSourceRecord in
            let record = try writer.keepRawSource(RawBytes.compressing(item.data), digest: digest, format: item.format.rawValue,
                                                  origin: item.origin, receivedAt: item.receivedAt, at: now())
            if record.state == .pending && record.attempts == 0 { try writer.beginAttempt(on: record.id) }
            return record
        }
        switch kept.state {
        case .ingested:
            account.duplicates = 1
            return account
        case .quarantined:
            account.quarantined = 1
            return account
        case .pending where kept.attempts > 0:
            try store.write { writer in
                try writer.finishRawSource(kept.id, state: .quarantined, reason: Self.interruptedReason, warnings: [], events: 0)
            }
            account.quarantined = 1
            return account
        case .pending:
            let prepared = PreparedItem(item: item, digest: digest, parsed: registry.parse(item, context: context),
                                        planner: preparer)
            return try write([prepared], into: IngestAccount())
        }
    }

    /// Stores items that cannot be read again (webhooks waiting together) as `ingestKeepingFirst`
    /// stores one, in two transactions for all of them instead of two each: every item's bytes
    /// are committed first, then every new item's events (group commit). Returns each item's own
    /// account, in order; the same bytes twice in one batch are one item, the second a duplicate.
    ///
    /// - Parameter attempts: how many times an item may be begun before a redelivery finds it
    ///   half-done and quarantines it. A receiver killed between the two transactions has not
    ///   crashed on the item, and its sender retries: 3 lets the retry store it, while an item
    ///   that really crashes the parser still ends in quarantine.
    public func ingestKeepingFirst(_ items: [SourceItem], attempts: Int = 1) throws -> [IngestAccount] {
        let digests = items.map { RawSourceDigest.of($0.data) }
        let at = now()
        let kept = try store.write { writer -> [RawSourceRecord] in
            var seen: [String: RawSourceRecord] = [:]
            return try zip(items, digests).map { item, digest in
                if let first = seen[digest] { return first }
                let record = try writer.keepRawSource(RawBytes.compressing(item.data), digest: digest, format: item.format.rawValue,
                                                      origin: item.origin, receivedAt: item.receivedAt, at: at)
                if record.state == .pending && record.attempts < attempts { try writer.beginAttempt(on: record.id) }
                seen[digest] = record
                return record
            }
        }
        var accounts = Array(repeating: IngestAccount(), count: items.count)
        var toWrite: [(index: Int, prepared: PreparedItem)] = []
        var interrupted: [RawSourceID] = []
        var firstOfDigest: [String: Int] = [:]
        for (index, record) in kept.enumerated() {
            accounts[index].read = 1
            if firstOfDigest[digests[index]] != nil {
                accounts[index].duplicates = 1
                continue
            }
            firstOfDigest[digests[index]] = index
            switch record.state {
            case .ingested:
                accounts[index].duplicates = 1
            case .quarantined:
                accounts[index].quarantined = 1
            case .pending where record.attempts >= attempts:
                interrupted.append(record.id)
                accounts[index].quarantined = 1
            case .pending:
                toWrite.append((index, PreparedItem(item: items[index], digest: digests[index],
                                                    parsed: registry.parse(items[index], context: context), planner: preparer)))
            }
        }
        if !interrupted.isEmpty {
            try store.write { writer in
                for id in interrupted {
                    try writer.finishRawSource(id, state: .quarantined, reason: Self.interruptedReason, warnings: [], events: 0)
                }
            }
        }
        guard !toWrite.isEmpty else { return accounts }
        for (slot, account) in zip(toWrite.map(\.index), try writeEach(toWrite.map(\.prepared))) { accounts[slot] = account }
        return accounts
    }

    /// Parses again the items in quarantine (after a fix, or with a newer parser) and the
    /// items a previous run left half-done.
    public func retryQuarantine(limit: Int = .max) throws -> IngestAccount {
        var account = IngestAccount()
        for state in [RawSourceRecord.State.pending, .quarantined] {
            let records = try store.rawSources(in: state, limit: limit)
            for record in records {
                guard let data = try store.rawSourceData(record.id) else { continue }
                guard let format = SourceFormat(rawValue: record.format) else {
                    account.read += 1
                    account.quarantined += 1
                    try store.write { writer in
                        try writer.finishRawSource(record.id, state: .quarantined, reason: "unknown source format \(record.format)",
                                                   warnings: [], events: 0)
                    }
                    continue
                }
                let item = SourceItem(format: format, origin: record.origin, data: data, receivedAt: record.receivedAt)
                try store.write { try $0.beginAttempt(on: record.id) }
                let prepared = Self.prepare(item, registry: registry, context: context, planner: preparer)
                account = try write([prepared], into: account, retrying: true)
            }
        }
        return account
    }

    /// Computes the database-free parts of storing events (search text, merge evidence,
    /// sentiment, promises) under the store's rules, reading phone numbers in the region the
    /// parsers were given.
    private var preparer: IngestPlanner {
        var planner = store.ingestPlanner
        planner.defaultRegion = context.defaultRegion ?? planner.defaultRegion
        return planner
    }

    static let interruptedReason = "parsing this item was interrupted (the process crashed or was killed); "
        + "run `concord quarantine retry` to try again"

    // MARK: - Stages

    /// Digests, parses and compresses one item, and prepares its events.
    static func prepare(_ item: SourceItem, digest: String? = nil, registry: ParserRegistry, context: ParseContext,
                        planner: IngestPlanner) -> PreparedItem {
        PreparedItem(item: item, digest: digest ?? RawSourceDigest.of(item.data), parsed: registry.parse(item, context: context),
                     planner: planner)
    }

    /// Writes a batch in one transaction: each item's bytes, then its events all-or-nothing.
    private func write(_ batch: [PreparedItem], into account: IngestAccount, retrying: Bool = false) throws -> IngestAccount {
        try writeEach(batch, retrying: retrying).reduce(account, +)
    }

    /// Writes a batch in one transaction, with each item's own account (the receiver answers each request by its own).
    ///
    /// Optimistically first: no savepoint around each item's events, since nearly every item
    /// stores cleanly and a savepoint per item (its statement journal, two statements) was a
    /// sixteenth of the writer's time. When an item's events are refused (`IngestError`), the
    /// whole transaction is rolled back and the batch written again with a savepoint per
    /// item, so the refused item is quarantined and the others stored, as before.
    private func writeEach(_ batch: [PreparedItem], retrying: Bool = false) throws -> [IngestAccount] {
        let at = now()
        func attempt(_ isolation: ItemIsolation) throws -> [IngestAccount] {
            try store.write { writer in
                try batch.map { try writeOne($0, writer: writer, at: at, retrying: retrying, isolation: isolation) }
            }
        }
        do { return try attempt(.optimistic) } catch is ItemNeedsIsolation { return try attempt(.savepoint) }
    }

    /// How one item's events are kept apart from the rest of its batch's transaction.
    enum ItemIsolation {
        /// Written straight into the transaction; a refusal aborts the whole transaction
        /// (`ItemNeedsIsolation`), to be written again with `.savepoint`.
        case optimistic
        /// Inside a savepoint, so a refused item is rolled back alone and quarantined.
        case savepoint
    }

    /// An item's events were refused in an optimistic write: the transaction must not commit.
    struct ItemNeedsIsolation: Error {}

    /// One item's bytes, then its events all-or-nothing, inside the caller's transaction.
    private func writeOne(_ prepared: PreparedItem, writer: any StoreWriter, at: Date, retrying: Bool,
                          isolation: ItemIsolation) throws -> IngestAccount {
        var prepared = prepared
        var account = IngestAccount()
        account.read += 1
        if prepared.isKnown, try writer.rawSource(digest: prepared.digest) == nil {
            // Known when read, gone now (never expected): parse it here after all.
            prepared = Self.prepare(prepared.item, registry: registry, context: context, planner: preparer)
        }
        let parsed = try? prepared.parsed.get()
        let failure: String? = if case .failure(let error) = prepared.parsed { error.description } else { nil }
        // New bytes go in with their expected fate in one statement; known bytes are looked up.
        let (record, isNew) = try writer.keepRawSource(
            prepared.bytes, digest: prepared.digest, format: prepared.item.format.rawValue,
            origin: prepared.item.origin, receivedAt: prepared.item.receivedAt, at: at,
            state: failure == nil ? .ingested : .quarantined, reason: failure, warnings: parsed?.warnings ?? [],
            events: parsed?.events.count ?? 0)
        if !isNew && !retrying {
            switch record.state {
            case .ingested:
                account.duplicates += 1
                return account
            case .quarantined:
                account.quarantined += 1
                return account
            case .pending:
                break
            }
        }
        guard let parsed else {
            if !isNew {
                try writer.finishRawSource(record.id, state: .quarantined, reason: failure, warnings: [], events: 0)
            }
            account.quarantined += 1
            return account
        }
        let writeEvents = { () throws -> (Int, Int) in
            var new = 0, duplicate = 0
            for (index, event) in parsed.events.enumerated() {
                let preparation = prepared.preparations.indices.contains(index) ? prepared.preparations[index] : nil
                let outcome = try writer.ingest(event, rawSource: record.id, preparation: preparation)
                if outcome.isDuplicate { duplicate += 1 } else { new += 1 }
            }
            return (new, duplicate)
        }
        do {
            let (new, duplicate): (Int, Int)
            switch isolation {
            case .savepoint:
                (new, duplicate) = try writer.savepoint(writeEvents)
            case .optimistic:
                do { (new, duplicate) = try writeEvents() } catch is IngestError { throw ItemNeedsIsolation() }
            }
            if !isNew {
                try writer.finishRawSource(record.id, state: .ingested, reason: nil, warnings: parsed.warnings,
                                           events: parsed.events.count)
            }
            account.events += new
            account.warnings += parsed.warnings.count
            if new == 0 && duplicate > 0 { account.duplicates += 1 } else { account.stored += 1 }
        } catch let error as IngestError {
            try writer.finishRawSource(record.id, state: .quarantined, reason: error.description,
                                       warnings: parsed.warnings, events: 0)
            account.quarantined += 1
        }
        return account
    }
}

/// Counts parsing threads down; the last one to finish closes the channel.
private final class WorkerCount: @unchecked Sendable {
    // Guarded by `lock`.
    private var remaining: Int
    private let lock = NSLock()

    init(_ count: Int) { remaining = count }

    /// Whether this was the last worker.
    func finish() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        remaining -= 1
        return remaining == 0
    }
}
