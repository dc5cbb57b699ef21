/// A clipped view of part of a ``Canvas`` with its own coordinate system (aerc's "context"):
/// a widget gets a region, draws at local coordinates starting from (0, 0), and cannot
/// change anything outside its rectangle: every call is clipped to `bounds`.
///
/// Obtain one with ``Canvas/withRegion(_:_:)``; nest with ``withRegion(_:_:)``.
///
/// ```swift
/// canvas.withRegion(panes[0]) { region in
///     region.draw("Queue", at: .zero, style: theme.style("pane.title"))
///     region.withRegion(region.bounds.inset(by: 1)) { inner in list.render(into: &inner, state: state) }
/// }
/// ```
public struct CanvasRegion {
    /// The canvas being drawn on (moved in for the duration of `withRegion`, not copied).
    var canvas: Canvas
    /// The region's rectangle in canvas coordinates (already clipped to the canvas).
    public let frame: Rect

    init(canvas: Canvas, frame: Rect) {
        self.canvas = canvas
        self.frame = frame
    }

    /// Whether the canvas reorders right-to-left text (see ``Canvas/bidiMode``).
    public var bidiMode: BidiMode { canvas.bidiMode }

    /// The region's size.
    public var size: Size { frame.size }
    /// The region in its own coordinates: origin (0, 0).
    public var bounds: Rect { Rect(size: frame.size) }

    private func toCanvas(_ point: Point) -> Point {
        Point(x: point.x + frame.x, y: point.y + frame.y)
    }

    private func toCanvas(_ rect: Rect) -> Rect {
        rect.offsetBy(x: frame.x, y: frame.y).intersection(frame)
    }

    /// Draws text at a local point; see ``Canvas/draw(_:at:style:clip:)``.
    /// - Returns: the local column after the last drawn cell.
    @discardableResult
    public mutating func draw(_ text: String, at point: Point, style: Style, clip: Rect? = nil) -> Int {
        let area = clip.map(toCanvas) ?? frame
        return canvas.draw(text, at: toCanvas(point), style: style, clip: area) - frame.x
    }

    /// Draws a styled line at a local point.
    /// - Returns: the local column after the last drawn cell.
    @discardableResult
    public mutating func draw(_ line: StyledLine, at point: Point, clip: Rect? = nil) -> Int {
        let area = clip.map(toCanvas) ?? frame
        return canvas.draw(line, at: toCanvas(point), clip: area) - frame.x
    }

    /// Fills a local rectangle with blanks in `style`.
    public mutating func fill(_ rect: Rect, style: Style) {
        canvas.fill(toCanvas(rect), style: style)
    }

    /// Fills the whole region.
    public mutating func fill(style: Style) {
        canvas.fill(frame, style: style)
    }

    /// Sets or patches the style of a local rectangle, keeping the text.
    public mutating func setStyle(_ style: Style, in rect: Rect, patch: Bool = true) {
        canvas.setStyle(style, in: toCanvas(rect), patch: patch)
    }

    /// Shows the terminal cursor at a local point (ignored when outside the region).
    public mutating func setCursor(_ point: Point?) {
        guard let point else {
            canvas.cursor = nil
            return
        }
        let absolute = toCanvas(point)
        if frame.contains(absolute) { canvas.cursor = absolute }
    }

    /// The cell at a local position inside the region.
    public subscript(x: Int, y: Int) -> Cell {
        precondition(bounds.contains(Point(x: x, y: y)), "cell (\(x), \(y)) outside region \(size)")
        return canvas[x + frame.x, y + frame.y]
    }

    /// Runs `body` with a sub-region (local rectangle, clipped to this region).
    public mutating func withRegion<Result>(_ rect: Rect, _ body: (inout CanvasRegion) throws -> Result) rethrows -> Result {
        var inner = CanvasRegion(canvas: Canvas(size: .zero), frame: toCanvas(rect))
        swap(&canvas, &inner.canvas)
        defer { swap(&canvas, &inner.canvas) }
        return try body(&inner)
    }

    /// Renders a widget into a local rectangle.
    public mutating func render(_ widget: some Widget, in rect: Rect) {
        withRegion(rect) { widget.render(into: &$0) }
    }
}

extension Canvas {
    /// Runs `body` with a region clipped to `rect` (canvas coordinates). The canvas is moved
    /// into the region and back, so no copy of the cells is made.
    public mutating func withRegion<Result>(_ rect: Rect, _ body: (inout CanvasRegion) throws -> Result) rethrows -> Result {
        var region = CanvasRegion(canvas: Canvas(size: .zero), frame: rect.intersection(bounds))
        swap(&self, &region.canvas)
        defer { swap(&self, &region.canvas) }
        return try body(&region)
    }

    /// Renders a widget into `rect`.
    public mutating func render(_ widget: some Widget, in rect: Rect) {
        withRegion(rect) { widget.render(into: &$0) }
    }
}
