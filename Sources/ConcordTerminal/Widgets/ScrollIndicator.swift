/// A one-column scroll bar: a thumb whose size and position mirror the visible part.
struct ScrollIndicator {
    var total: Int
    var visible: Int
    var offset: Int
    var style: Style

    func render(into region: inout CanvasRegion, column: Int) {
        let height = region.size.height
        guard total > visible, height > 0 else { return }
        let thumb = max(1, height * visible / total)
        let maxOffset = max(1, total - visible)
        let top = (height - thumb) * min(offset, maxOffset) / maxOffset
        for y in 0..<height {
            region.draw(y >= top && y < top + thumb ? "█" : "│", at: Point(x: column, y: y), style: style)
        }
    }
}
