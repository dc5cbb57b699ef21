/// A row of block characters (▁▂▃▄▅▆▇█), one per value, scaled to the largest: arrivals per
/// hour, or an average score per day, read at a glance where a column of numbers would not be.
/// A zero (or a missing value) is a space, so an hour without arrivals never looks like one
/// with a few.
///
/// ```swift
/// Sparkline.text([0, 1, 4, 8])   // " ▁▄█"
/// ```
public enum Sparkline {
    public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// Counts scaled to the largest of them (or to `maximum`): any count above zero is at least ▁.
    public static func text(_ values: [Int], maximum: Int? = nil) -> String {
        let top = max(1, maximum ?? values.max() ?? 1)
        return String(values.map { value -> Character in
            guard value > 0 else { return " " }
            let level = (value * levels.count + top - 1) / top
            return levels[min(levels.count, max(1, level)) - 1]
        })
    }

    /// Values on a fixed scale (`range`), nil for a gap: average scores from 1 to 5.
    public static func text(_ values: [Double?], range: ClosedRange<Double>) -> String {
        let span = max(.ulpOfOne, range.upperBound - range.lowerBound)
        return String(values.map { value -> Character in
            guard let value else { return " " }
            let fraction = min(1, max(0, (value - range.lowerBound) / span))
            return levels[Int((fraction * Double(levels.count - 1)).rounded())]
        })
    }
}
