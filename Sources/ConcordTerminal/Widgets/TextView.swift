/// Scrollable text: logical lines wrapped to the region's width (``TextWrapper``), drawn
/// from a ``ScrollState`` offset. For long content the app can wrap once per width with
/// ``wrappedLines(width:)`` and keep the result.
public struct TextView: Widget {
    public var lines: [StyledLine]
    public var wraps: Bool
    public var scroll: ScrollState
    public var style: Style
    public var showsScrollIndicator: Bool

    public init(lines: [StyledLine], scroll: ScrollState = ScrollState(), wraps: Bool = true,
                style: Style = .plain, showsScrollIndicator: Bool = true) {
        self.lines = lines
        self.scroll = scroll
        self.wraps = wraps
        self.style = style
        self.showsScrollIndicator = showsScrollIndicator
    }

    /// The display rows at `width` (wrapped, or truncated when not wrapping).
    public func wrappedLines(width: Int) -> [StyledLine] {
        guard width > 0 else { return [] }
        if !wraps { return lines.map { $0.truncated(toWidth: width) } }
        return lines.flatMap { TextWrapper.wrap($0, width: width) }
    }

    /// The scroll state adjusted to this content at `size` (for the app to store).
    public func scrollState(for size: Size) -> ScrollState {
        var state = scroll
        let rows = wrappedLines(width: size.width).count
        state.update(contentHeight: rows, visibleHeight: size.height)
        if rows > size.height && showsScrollIndicator {
            state.update(contentHeight: wrappedLines(width: size.width - 1).count, visibleHeight: size.height)
        }
        return state
    }

    public func render(into region: inout CanvasRegion) {
        let size = region.size
        guard !size.isEmpty else { return }
        region.fill(style: style)
        var rows = wrappedLines(width: size.width)
        var textWidth = size.width
        if showsScrollIndicator && rows.count > size.height && size.width > 1 {
            textWidth = size.width - 1
            rows = wrappedLines(width: textWidth)
        }
        var state = scroll
        state.update(contentHeight: rows.count, visibleHeight: size.height)
        for y in 0..<size.height {
            let index = state.offset + y
            guard index < rows.count else { break }
            region.draw(rows[index], at: Point(x: 0, y: y), clip: Rect(x: 0, y: y, width: textWidth, height: 1))
        }
        if textWidth < size.width {
            ScrollIndicator(total: rows.count, visible: size.height, offset: state.offset, style: Style(attributes: .dim))
                .render(into: &region, column: size.width - 1)
        }
    }
}
