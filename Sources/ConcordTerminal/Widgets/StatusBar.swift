/// A one-row bar with a left and a right segment (mode and hints on the left, clock and
/// counts on the right). When the row is too short the right segment wins: it is drawn in
/// full and the left one is cut with an ellipsis, because the right side carries the
/// time-critical facts (SLA clocks, alerts).
public struct StatusBar: Widget {
    public var left: StyledLine
    public var right: StyledLine
    public var style: Style

    public init(left: StyledLine, right: StyledLine = StyledLine(), style: Style = Style(attributes: .reverse)) {
        self.left = left
        self.right = right
        self.style = style
    }

    public func render(into region: inout CanvasRegion) {
        let width = region.size.width
        guard width > 0, region.size.height > 0 else { return }
        let row = Rect(x: 0, y: 0, width: width, height: 1)
        region.fill(row, style: style)
        let rightLine = right.truncated(toWidth: width).patchingStylesUnder(style)
        let rightWidth = rightLine.width
        let gap = rightWidth > 0 ? 1 : 0
        let leftRoom = max(0, width - rightWidth - gap)
        let leftLine = left.truncated(toWidth: leftRoom).patchingStylesUnder(style)
        region.draw(leftLine, at: .zero, clip: Rect(x: 0, y: 0, width: leftRoom, height: 1))
        region.draw(rightLine, at: Point(x: width - rightWidth, y: 0), clip: row)
    }
}
