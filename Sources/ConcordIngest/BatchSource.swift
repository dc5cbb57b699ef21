import ConcordChannels
import Foundation

/// Hands out numbered batches of a sequence to the parsing threads, one at a time, in the
/// sizes `BatchSizes` gives.
final class BatchSource: @unchecked Sendable {
    // `next` takes `lock` for every use of the iterator and the counters.
    private let iterator: AnyIterator<SourceItem>
    private let sizes: BatchSizes
    private var sequence = 0
    private var handedOut = 0
    private let lock = NSLock()

    init(_ iterator: AnyIterator<SourceItem>, sizes: BatchSizes) {
        self.iterator = iterator
        self.sizes = sizes
    }

    /// The next batch and its number, or nil when the sequence is exhausted.
    func next() -> (Int, [SourceItem])? {
        lock.lock()
        defer { lock.unlock() }
        let size = sizes.size(of: sequence, after: handedOut)
        var batch: [SourceItem] = []
        batch.reserveCapacity(size)
        while batch.count < size, let item = iterator.next() { batch.append(item) }
        guard !batch.isEmpty else { return nil }
        defer {
            sequence += 1
            handedOut += batch.count
        }
        return (sequence, batch)
    }
}

/// How many items each batch of an ingest holds.
///
/// The first batches are small, so the writer starts at once; later ones are full size, so
/// commits are few. When the total is known the last ones shrink again: each takes a share of
/// what is left, so the parsing threads run out of work together and the writer's last
/// transaction is short, instead of one thread parsing and then writing a full batch while
/// the other core idles.
struct BatchSizes: Sendable, Equatable {
    /// Items in a full batch.
    let full: Int
    /// Items the sequence holds, when known.
    let expected: Int?
    /// Threads taking batches.
    let workers: Int

    /// The smallest batch the tail shrinks to: below it, a transaction's fixed cost shows.
    static let smallest = 16

    init(full: Int, expected: Int? = nil, workers: Int = 1) {
        self.full = max(1, full)
        self.expected = expected
        self.workers = max(1, workers)
    }

    /// The size of batch number `sequence` (from 0), after `handedOut` items went out.
    func size(of sequence: Int, after handedOut: Int) -> Int {
        let rampUp = min(full, 64 << min(sequence, 6))
        guard let expected else { return rampUp }
        let remaining = expected - handedOut
        // Past the expected count (the source grew) batches stay small: the end is near.
        let share = max(Self.smallest, remaining / (2 * workers))
        return min(rampUp, share)
    }
}
