/// Something that draws itself into a region. Widgets are small values built fresh for each
/// frame from the app's state; state that must survive between frames (selection, scroll)
/// lives in separate value types the app keeps (``ListState``, ``ScrollState``,
/// ``LineEditor``).
public protocol Widget {
    func render(into region: inout CanvasRegion)
}

/// A widget drawn from state the app keeps between frames (``ListView`` with ``ListState``).
public protocol StatefulWidget {
    associatedtype State
    func render(into region: inout CanvasRegion, state: State)
}

extension Canvas {
    /// Renders a stateful widget into `rect`.
    public mutating func render<W: StatefulWidget>(_ widget: W, state: W.State, in rect: Rect) {
        withRegion(rect) { widget.render(into: &$0, state: state) }
    }
}

extension CanvasRegion {
    /// Renders a stateful widget into a local rectangle.
    public mutating func render<W: StatefulWidget>(_ widget: W, state: W.State, in rect: Rect) {
        withRegion(rect) { widget.render(into: &$0, state: state) }
    }
}
