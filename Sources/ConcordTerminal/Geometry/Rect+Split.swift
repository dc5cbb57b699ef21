extension Rect {
    /// Splits the rectangle into rows stacked top to bottom (a vertical layout).
    /// - Parameters:
    ///   - constraints: one per row, see ``LayoutConstraint``.
    ///   - spacing: empty rows between parts.
    public func splitRows(_ constraints: [LayoutConstraint], spacing: Int = 0) -> [Rect] {
        let lengths = LayoutConstraint.resolve(constraints, total: height, spacing: spacing)
        var top = y
        return lengths.map { length in
            defer { top += length + max(0, spacing) }
            return Rect(x: x, y: min(top, maxY), width: width, height: min(length, max(0, maxY - top)))
        }
    }

    /// Splits the rectangle into columns side by side (a horizontal layout).
    /// - Parameters:
    ///   - constraints: one per column, see ``LayoutConstraint``.
    ///   - spacing: empty columns between parts.
    public func splitColumns(_ constraints: [LayoutConstraint], spacing: Int = 0) -> [Rect] {
        let lengths = LayoutConstraint.resolve(constraints, total: width, spacing: spacing)
        var left = x
        return lengths.map { length in
            defer { left += length + max(0, spacing) }
            return Rect(x: min(left, maxX), y: y, width: min(length, max(0, maxX - left)), height: height)
        }
    }
}
