/// A size in terminal cells. Negative values are clamped to 0 so a layout computed for a
/// terminal that is too small degrades to empty areas instead of crashing.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int {
        didSet { width = max(0, width) }
    }
    public var height: Int {
        didSet { height = max(0, height) }
    }

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public static let zero = Size(width: 0, height: 0)

    /// Number of cells in the area.
    public var area: Int { width * height }

    public var isEmpty: Bool { width == 0 || height == 0 }

    /// Whether this size is at least `other` in both directions.
    public func contains(_ other: Size) -> Bool {
        width >= other.width && height >= other.height
    }

    public var description: String { "\(width)x\(height)" }
}
