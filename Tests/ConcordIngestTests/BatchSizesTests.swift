import Foundation
import Testing
@testable import ConcordIngest

@Suite("Batch sizes: small first, full in the middle, shrinking at a known end")
struct BatchSizesTests {
    /// The sizes a whole run of `total` items is cut into.
    private func cuts(_ sizes: BatchSizes, total: Int) -> [Int] {
        var result: [Int] = [], handedOut = 0
        while handedOut < total {
            let size = min(sizes.size(of: result.count, after: handedOut), total - handedOut)
            result.append(size)
            handedOut += size
        }
        return result
    }

    @Test func withoutAKnownTotalBatchesRampUpAndStayFull() {
        let sizes = BatchSizes(full: 500)
        #expect((0..<5).map { sizes.size(of: $0, after: 0) } == [64, 128, 256, 500, 500])
        #expect(sizes.size(of: 40, after: 19_990) == 500)
    }

    @Test func aKnownTotalEndsInSmallBatchesThatStillCoverEveryItem() {
        let run = cuts(BatchSizes(full: 500, expected: 20_000, workers: 2), total: 20_000)
        #expect(run.reduce(0, +) == 20_000)
        #expect(Array(run.prefix(4)) == [64, 128, 256, 500])
        #expect(run.max() == 500)
        // The tail shrinks step by step down to the smallest batch.
        let tail = run.suffix(8)
        #expect(zip(tail, tail.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(run.last! <= BatchSizes.smallest)
        // Only a handful more transactions than full batches would take.
        #expect(run.count < 20_000 / 500 + 25)
    }

    @Test func aSourceLargerThanExpectedKeepsGoingInSmallBatches() {
        let sizes = BatchSizes(full: 500, expected: 100, workers: 2)
        #expect(sizes.size(of: 10, after: 150) == BatchSizes.smallest)
    }

    @Test func aFullSizeBelowTheSmallestIsRespected() {
        #expect(BatchSizes(full: 3, expected: 1_000, workers: 4).size(of: 9, after: 990) == 3)
    }
}
