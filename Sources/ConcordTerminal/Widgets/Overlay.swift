/// A centred modal box (help, confirmations): a framed rectangle of the requested size,
/// clamped to the screen, drawn over whatever is below. The content is drawn by the caller
/// into ``contentRect(in:)``.
///
/// ```swift
/// let overlay = Overlay(title: "Keys", size: Size(width: 70, height: 20), theme: theme)
/// canvas.render(overlay, in: canvas.bounds)
/// canvas.withRegion(overlay.contentRect(in: canvas.bounds)) { region in … }
/// ```
public struct Overlay: Widget {
    public var title: String
    public var requestedSize: Size
    public var frame: Frame
    public var style: Style

    public init(title: String, size: Size, frame: Frame = Frame(focused: true), style: Style = .plain) {
        self.title = title
        self.requestedSize = size
        var titled = frame
        titled.title = title
        self.frame = titled
        self.style = style
    }

    /// From a theme: focused pane styles, filled with `default`.
    public init(title: String, size: Size, theme: Theme, borders: BorderSet = .unicode) {
        self.init(title: title, size: size, frame: Frame(title: title, focused: true, theme: theme, borders: borders),
                  style: theme.style("default"))
    }

    /// The box's rectangle inside `screen`: requested size clamped, centred.
    public func boxRect(in screen: Rect) -> Rect {
        screen.centered(requestedSize)
    }

    /// The inside of the box (below the title border, one column of padding).
    public func contentRect(in screen: Rect) -> Rect {
        boxRect(in: screen).inset(top: 1, left: 2, bottom: 1, right: 2)
    }

    /// Draws the box in the centre of the region it is given (usually the whole screen).
    public func render(into region: inout CanvasRegion) {
        let box = boxRect(in: region.bounds)
        region.fill(box, style: style)
        region.render(frame, in: box)
    }
}
