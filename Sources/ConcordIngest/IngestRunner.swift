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
    /// Threads that parse in parallel.
    public var parseThreads: Int
    public var now: @Sendable () -> Date

    public init(store: any Store, registry: ParserRegistry, context: ParseContext, batchSize: Int = 400,
                parseThreads: Int = ProcessInfo.processInfo.activeProcessorCount, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.registry = registry
        self.context = context
        self.batchSize = max(1, batchSize)
        self.parseThreads = max(1, parseThreads)
        self.now = now
    }

    /// Reads, parses and stores every item; `progress` is called after each batch.
    public func ingest<Items: Sequence<SourceItem>>(_ items: Items,
                                                    progress: (IngestAccount) -> Void = { _ in }) throws -> IngestAccount {
        let channel = BatchChannel<[PreparedItem]>(capacity: 2)
        let source = IteratorBox(AnyIterator(items.makeIterator()))
        let registry = registry, context = context, batchSize = batchSize, parseThreads = parseThreads
        let preparer = Thread {
            while let batch = source.next(batchSize) {
                if !channel.send(Self.prepare(batch, registry: registry, context: context, threads: parseThreads)) { return }
            }
            channel.close()
        }
        preparer.stackSize = 8 << 20
        preparer.start()
        defer { channel.close() }

        var account = IngestAccount()
        while let batch = channel.receive() {
            account = try write(batch, into: account)
            progress(account)
        }
        return account
    }

    /// Stores one item that cannot be read again: its bytes are committed before it is
    /// parsed, so even a parser that crashes loses nothing (the next attempt finds the item
    /// half-done and quarantines it instead of crashing again).
    public func ingestKeepingFirst(_ item: SourceItem) throws -> IngestAccount {
        var account = IngestAccount()
        account.read = 1
        let digest = RawSourceDigest.of(item.data)
        let kept = try store.write { writer -> RawSourceRecord in
            let record = try writer.keepRawSource(item.data, digest: digest, format: item.format.rawValue, origin: item.origin,
                                                  receivedAt: item.receivedAt, at: now())
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
            let prepared = PreparedItem(item: item, digest: digest, parsed: registry.parse(item, context: context))
            return try write([prepared], into: IngestAccount())
        }
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
                let prepared = PreparedItem(item: item, digest: record.digest, parsed: registry.parse(item, context: context))
                account = try write([prepared], into: account, retrying: true)
            }
        }
        return account
    }

    static let interruptedReason = "parsing this item was interrupted (the process crashed or was killed); "
        + "run `concord quarantine retry` to try again"

    // MARK: - Stages

    /// Digests and parses a batch, on several threads.
    static func prepare(_ batch: [SourceItem], registry: ParserRegistry, context: ParseContext, threads: Int) -> [PreparedItem] {
        let results = ResultSlots<PreparedItem>(count: batch.count)
        let chunk = max(1, (batch.count + threads - 1) / threads)
        DispatchQueue.concurrentPerform(iterations: min(threads, batch.count)) { worker in
            let start = worker * chunk
            let end = min(batch.count, start + chunk)
            guard start < end else { return }
            for index in start..<end {
                let item = batch[index]
                results.set(index, PreparedItem(item: item, digest: RawSourceDigest.of(item.data),
                                                parsed: registry.parse(item, context: context)))
            }
        }
        return results.values
    }

    /// Writes a batch in one transaction: each item's bytes, then its events all-or-nothing.
    private func write(_ batch: [PreparedItem], into account: IngestAccount, retrying: Bool = false) throws -> IngestAccount {
        let at = now()
        return try store.write { writer in
            var account = account
            for prepared in batch {
                account.read += 1
                let record = try writer.keepRawSource(prepared.item.data, digest: prepared.digest,
                                                      format: prepared.item.format.rawValue, origin: prepared.item.origin,
                                                      receivedAt: prepared.item.receivedAt, at: at)
                if !retrying {
                    switch record.state {
                    case .ingested:
                        account.duplicates += 1
                        continue
                    case .quarantined:
                        account.quarantined += 1
                        continue
                    case .pending:
                        break
                    }
                }
                switch prepared.parsed {
                case .failure(let error):
                    try writer.finishRawSource(record.id, state: .quarantined, reason: error.description, warnings: [], events: 0)
                    account.quarantined += 1
                case .success(let parsed):
                    do {
                        let (new, duplicate) = try writer.savepoint { () throws -> (Int, Int) in
                            var new = 0, duplicate = 0
                            for event in parsed.events {
                                if try writer.ingest(event, rawSource: record.id).isDuplicate { duplicate += 1 } else { new += 1 }
                            }
                            return (new, duplicate)
                        }
                        try writer.finishRawSource(record.id, state: .ingested, reason: nil, warnings: parsed.warnings, events: new)
                        account.events += new
                        account.warnings += parsed.warnings.count
                        if new == 0 && duplicate > 0 { account.duplicates += 1 } else { account.stored += 1 }
                    } catch let error as IngestError {
                        try writer.finishRawSource(record.id, state: .quarantined, reason: error.description,
                                                   warnings: parsed.warnings, events: 0)
                        account.quarantined += 1
                    }
                }
            }
            return account
        }
    }
}

/// Hands a sequence's iterator to the one thread that reads it.
private final class IteratorBox: @unchecked Sendable {
    // Only the preparer thread calls `next`, so the iterator is never used concurrently.
    private let iterator: AnyIterator<SourceItem>

    init(_ iterator: AnyIterator<SourceItem>) { self.iterator = iterator }

    func next(_ count: Int) -> [SourceItem]? {
        var batch: [SourceItem] = []
        batch.reserveCapacity(count)
        while batch.count < count, let item = iterator.next() { batch.append(item) }
        return batch.isEmpty ? nil : batch
    }
}

/// Per-index result slots written by concurrent workers, each to its own index.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [Value] { storage.compactMap { $0 } }
}
