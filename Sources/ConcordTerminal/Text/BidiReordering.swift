import CFriBidi

/// The display order of one line of grapheme clusters, by the Unicode Bidirectional Algorithm
/// (UAX #9): embedding levels from GNU FriBidi, then rule L2 applied to whole clusters.
///
/// Why clusters and not scalars: reversing scalars would put a combining mark before its base
/// letter and split an emoji ZWJ sequence; a terminal cell holds one cluster, so a cluster
/// takes the level of its first scalar and moves as one piece (which is what rule L3 asks of
/// marks). Line breaking happens before, in logical order: UAX #9 reorders each line.
///
/// ```swift
/// let order = BidiReordering(scalars: scalars, clusterStarts: starts, direction: .rightToLeft)
/// for logical in order.visualOrder { draw(clusters[logical]) }
/// ```
struct BidiReordering {
    /// Logical cluster index at each visual position, left to right.
    let visualOrder: [Int]
    /// The resolved embedding level of each cluster, by logical index: odd is right-to-left.
    let levels: [UInt8]

    /// Resolves `scalars` (the line's text, clusters concatenated) as one paragraph in
    /// `direction`; `clusterStarts` is the index of each cluster's first scalar, ascending.
    /// When FriBidi fails (out of memory) the line stays in logical order.
    init(scalars: [UInt32], clusterStarts: [Int], direction: TextDirection) {
        let count = clusterStarts.count
        guard count > 0, !scalars.isEmpty else {
            visualOrder = Array(0..<count)
            levels = Array(repeating: direction == .rightToLeft ? 1 : 0, count: count)
            return
        }
        var scalarLevels = [Int8](repeating: 0, count: scalars.count)
        var rightToLeft: Int32 = 0
        let resolved = scalars.withUnsafeBufferPointer { text in
            scalarLevels.withUnsafeMutableBufferPointer { output in
                cf_resolve_levels(text.baseAddress, Int32(text.count),
                                  direction == .rightToLeft ? cf_par_rtl() : cf_par_ltr(),
                                  output.baseAddress, &rightToLeft)
            }
        }
        guard resolved > 0 else {
            visualOrder = Array(0..<count)
            levels = Array(repeating: 0, count: count)
            return
        }
        let clusterLevels = clusterStarts.map { UInt8(clamping: Int(scalarLevels[$0])) }
        levels = clusterLevels
        visualOrder = BidiReordering.reversingRuns(levels: clusterLevels)
    }

    /// Rule L2: from the highest level down to the lowest odd level on the line, every
    /// maximal run of clusters at that level or higher is reversed.
    static func reversingRuns(levels: [UInt8]) -> [Int] {
        var order = Array(levels.indices)
        guard let highest = levels.max(), let lowest = levels.min(), highest > 0 else { return order }
        let lowestOdd = lowest | 1
        guard highest >= lowestOdd else { return order }
        var level = highest
        while level >= lowestOdd {
            var index = 0
            while index < order.count {
                guard levels[order[index]] >= level else {
                    index += 1
                    continue
                }
                var end = index
                while end < order.count && levels[order[end]] >= level { end += 1 }
                order[index..<end].reverse()
                index = end
            }
            level -= 1
        }
        return order
    }

    /// Rule L4: the mirrored glyph of a bracket or other mirrored character drawn in a
    /// right-to-left run ("(" shows as ")"), or the scalar itself.
    static func mirrored(_ scalar: UInt32) -> UInt32 {
        // ASCII has six mirrored characters; everything else asks FriBidi's table.
        if scalar < 0x80 {
            switch scalar {
            case 0x28: return 0x29
            case 0x29: return 0x28
            case 0x3C: return 0x3E
            case 0x3E: return 0x3C
            case 0x5B: return 0x5D
            case 0x5D: return 0x5B
            case 0x7B: return 0x7D
            case 0x7D: return 0x7B
            default: return scalar
            }
        }
        return cf_mirrored(scalar)
    }
}
