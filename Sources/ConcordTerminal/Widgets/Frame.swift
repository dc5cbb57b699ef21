/// A bordered box with a title: the outline of every pane. The focused pane gets its own
/// border and title styles so the agent always sees where keys go. Titles longer than the
/// box are cut with an ellipsis, never past the corner.
///
/// ```swift
/// let frame = Frame(title: "Queue (42)", focused: true, theme: theme)
/// canvas.render(frame, in: panes[0])
/// canvas.render(list, in: frame.inner(panes[0]))
/// ```
public struct Frame: Widget {
    public var title: String?
    public var focused: Bool
    public var borders: BorderSet
    public var borderStyle: Style
    public var focusedBorderStyle: Style
    public var titleStyle: Style
    public var focusedTitleStyle: Style
    /// Style of the inside (filled before drawing the border); nil leaves it untouched.
    public var fillStyle: Style?

    public init(
        title: String? = nil,
        focused: Bool = false,
        borders: BorderSet = .unicode,
        borderStyle: Style = Style(attributes: .dim),
        focusedBorderStyle: Style = .plain,
        titleStyle: Style = .plain,
        focusedTitleStyle: Style = Style(attributes: .bold),
        fillStyle: Style? = nil
    ) {
        self.title = title
        self.focused = focused
        self.borders = borders
        self.borderStyle = borderStyle
        self.focusedBorderStyle = focusedBorderStyle
        self.titleStyle = titleStyle
        self.focusedTitleStyle = focusedTitleStyle
        self.fillStyle = fillStyle
    }

    /// Styles from a theme: `pane.border`, `pane.border.focused`, `pane.title`,
    /// `pane.title.focused`, inside filled with `default`.
    public init(title: String? = nil, focused: Bool = false, theme: Theme, borders: BorderSet = .unicode) {
        self.init(
            title: title, focused: focused, borders: borders,
            borderStyle: theme.style("pane.border"), focusedBorderStyle: theme.style("pane.border.focused"),
            titleStyle: theme.style("pane.title"), focusedTitleStyle: theme.style("pane.title.focused"),
            fillStyle: theme.style("default")
        )
    }

    /// The area inside the border.
    public func inner(_ rect: Rect) -> Rect {
        rect.inset(by: 1)
    }

    public func render(into region: inout CanvasRegion) {
        let size = region.size
        guard size.width >= 2, size.height >= 2 else { return }
        if let fillStyle { region.fill(region.bounds.inset(by: 1), style: fillStyle) }
        let border = focused ? focusedBorderStyle : borderStyle
        let right = size.width - 1
        let bottom = size.height - 1
        let horizontal = String(repeating: borders.horizontal, count: max(0, size.width - 2))
        region.draw(borders.topLeft + horizontal + borders.topRight, at: .zero, style: border)
        region.draw(borders.bottomLeft + horizontal + borders.bottomRight, at: Point(x: 0, y: bottom), style: border)
        for y in 1..<bottom {
            region.draw(borders.vertical, at: Point(x: 0, y: y), style: border)
            region.draw(borders.vertical, at: Point(x: right, y: y), style: border)
        }
        if let title, !title.isEmpty, size.width >= 5 {
            // "┌ Title ─┐": one space either side, never over the corners.
            let available = size.width - 4
            let shown = TextMeasure.truncated(TerminalSanitizer.sanitize(title), toWidth: available)
            let style = focused ? focusedTitleStyle : titleStyle
            region.draw(" " + shown + " ", at: Point(x: 1, y: 0), style: style,
                                  clip: Rect(x: 1, y: 0, width: size.width - 2, height: 1))
        }
    }
}
