/// How much of a row or column split one part gets. Parts are sized in this order: fixed and
/// percentage parts first, then fill parts share what is left by weight. Every part keeps at
/// least its `minimum` while space allows; when the area is too small, later parts shrink
/// first so the important (first) panes stay readable.
///
/// ```swift
/// let rows = screen.splitRows([.fixed(1), .fill(), .fixed(1)])      // title, body, status
/// let cols = rows[1].splitColumns([.percent(35, minimum: 30), .fill(), .fixed(32)])
/// ```
public struct LayoutConstraint: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Exactly this many cells.
        case fixed(Int)
        /// This percentage (0...100) of the whole length, rounded down.
        case percent(Int)
        /// A share of the remaining cells proportional to the weight.
        case fill(weight: Int)
    }

    public var kind: Kind
    /// The smallest size the part accepts while the total allows it.
    public var minimum: Int

    public init(kind: Kind, minimum: Int = 0) {
        self.kind = kind
        self.minimum = max(0, minimum)
    }

    public static func fixed(_ cells: Int) -> LayoutConstraint {
        LayoutConstraint(kind: .fixed(max(0, cells)))
    }

    public static func percent(_ percent: Int, minimum: Int = 0) -> LayoutConstraint {
        LayoutConstraint(kind: .percent(min(100, max(0, percent))), minimum: minimum)
    }

    public static func fill(_ weight: Int = 1, minimum: Int = 0) -> LayoutConstraint {
        LayoutConstraint(kind: .fill(weight: max(1, weight)), minimum: minimum)
    }

    /// Resolves constraints to lengths that add up to at most `total` (exactly `total` when
    /// there is at least one fill part and the minimums fit).
    public static func resolve(_ constraints: [LayoutConstraint], total: Int, spacing: Int = 0) -> [Int] {
        let count = constraints.count
        guard count > 0 else { return [] }
        let gaps = max(0, spacing) * (count - 1)
        let available = max(0, total - gaps)
        var lengths = [Int](repeating: 0, count: count)
        var fillWeights = 0
        for (i, constraint) in constraints.enumerated() {
            switch constraint.kind {
            case .fixed(let n): lengths[i] = max(n, constraint.minimum)
            case .percent(let p): lengths[i] = max(available * p / 100, constraint.minimum)
            case .fill(let w):
                lengths[i] = constraint.minimum
                fillWeights += w
            }
        }
        let fixedTotal = lengths.reduce(0, +)
        if fixedTotal < available && fillWeights > 0 {
            // Share the rest between fill parts by weight, on top of their minimums.
            let fillIndices = constraints.indices.filter { if case .fill = constraints[$0].kind { return true } else { return false } }
            let minimums = fillIndices.reduce(0) { $0 + constraints[$1].minimum }
            let pool = available - (fixedTotal - minimums)
            var given = 0
            for i in fillIndices {
                guard case .fill(let w) = constraints[i].kind else { continue }
                let share = pool * w / fillWeights
                lengths[i] = share
                given += share
            }
            // Rounding leftovers go to the first fill parts, one cell each.
            var leftover = pool - given
            var k = 0
            while leftover > 0 && !fillIndices.isEmpty {
                lengths[fillIndices[k % fillIndices.count]] += 1
                leftover -= 1
                k += 1
            }
            // A fill part below its minimum takes from the others (largest first).
            for i in fillIndices where lengths[i] < constraints[i].minimum {
                var need = constraints[i].minimum - lengths[i]
                for j in fillIndices.sorted(by: { lengths[$0] > lengths[$1] }) where j != i && need > 0 {
                    let spare = lengths[j] - constraints[j].minimum
                    let take = min(spare, need)
                    if take > 0 {
                        lengths[j] -= take
                        lengths[i] += take
                        need -= take
                    }
                }
            }
        }
        // Too small: shrink from the last part backwards until everything fits.
        var overflow = lengths.reduce(0, +) - available
        var index = count - 1
        while overflow > 0 && index >= 0 {
            let take = min(lengths[index], overflow)
            lengths[index] -= take
            overflow -= take
            index -= 1
        }
        return lengths
    }
}
