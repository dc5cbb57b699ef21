/// A cell position on the screen or inside a region: `x` is the column, `y` the row, both
/// counted from 0 at the top-left. Terminal cells are the only unit the toolkit knows.
public struct Point: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }

    public static let zero = Point(x: 0, y: 0)

    /// The point moved by the given number of columns and rows.
    public func offsetBy(x dx: Int = 0, y dy: Int = 0) -> Point {
        Point(x: x + dx, y: y + dy)
    }

    public var description: String { "(\(x), \(y))" }
}
