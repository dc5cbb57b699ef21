/// A vertical list of rows with a highlighted selection, drawn from a ``ListState``.
/// Rows are produced on demand for the visible range only, so a queue of 100,000
/// conversations costs as much to draw as one of 20.
///
/// ```swift
/// ListView(itemCount: rows.count, row: { rows[$0] }, selectedStyle: theme.style("list.selected"))
///     .render(into: &region, state: state)
/// ```
public struct ListView: StatefulWidget {
    public var itemCount: Int
    public var row: (Int) -> StyledLine
    /// Layered over the selected row's own styles (see ``Style/patched(with:)``); the whole
    /// row width is filled with it.
    public var selectedStyle: Style
    /// Style of unselected rows' background.
    public var style: Style
    /// Draws a one-column scroll bar on the right when the list is longer than the view.
    public var showsScrollIndicator: Bool
    public var scrollIndicatorStyle: Style

    public init(
        itemCount: Int,
        row: @escaping (Int) -> StyledLine,
        style: Style = .plain,
        selectedStyle: Style = Style(attributes: .reverse),
        showsScrollIndicator: Bool = true,
        scrollIndicatorStyle: Style = Style(attributes: .dim)
    ) {
        self.itemCount = itemCount
        self.row = row
        self.style = style
        self.selectedStyle = selectedStyle
        self.showsScrollIndicator = showsScrollIndicator
        self.scrollIndicatorStyle = scrollIndicatorStyle
    }

    /// A list of ready-made rows.
    public init(rows: [StyledLine], style: Style = .plain, selectedStyle: Style = Style(attributes: .reverse),
                showsScrollIndicator: Bool = true) {
        self.init(itemCount: rows.count, row: { rows[$0] }, style: style, selectedStyle: selectedStyle,
                  showsScrollIndicator: showsScrollIndicator)
    }

    /// Draws the visible rows. The state is adjusted to the region's height for drawing
    /// only; store `state.withVisibleHeight(height)` back when the layout changes.
    public func render(into region: inout CanvasRegion, state: ListState) {
        let height = region.size.height
        guard height > 0, region.size.width > 0 else { return }
        var view = state.visibleHeight == height ? state : state.withVisibleHeight(height)
        if view.itemCount != itemCount { view.setItemCount(itemCount) }
        let needsIndicator = showsScrollIndicator && itemCount > height && region.size.width > 1
        let textWidth = region.size.width - (needsIndicator ? 1 : 0)
        region.fill(style: style)
        for (screenRow, index) in view.visibleRange.enumerated() {
            let rowRect = Rect(x: 0, y: screenRow, width: textWidth, height: 1)
            var line = row(index).truncated(toWidth: textWidth)
            if index == view.selected {
                line = line.patchingStyles(with: selectedStyle)
                region.fill(rowRect, style: style.patched(with: selectedStyle))
            }
            region.draw(line, at: Point(x: 0, y: screenRow), clip: rowRect)
        }
        if needsIndicator {
            ScrollIndicator(total: itemCount, visible: height, offset: view.offset, style: scrollIndicatorStyle)
                .render(into: &region, column: region.size.width - 1)
        }
    }
}
