/// The smallest terminal the console can draw properly. Below it the app shows one clear
/// sentence instead of a half-drawn screen (the event loop does this when given a
/// requirement), and draws normally again as soon as the window is big enough.
public struct TerminalSizeRequirement: Hashable, Sendable {
    public var minimum: Size

    public init(minimum: Size) {
        self.minimum = minimum
    }

    public func isSatisfied(by size: Size) -> Bool {
        size.contains(minimum)
    }

    /// The sentence to show for `size`, or nil when it is big enough.
    public func message(for size: Size) -> String? {
        guard !isSatisfied(by: size) else { return nil }
        return "Terminal too small: \(size.width)x\(size.height); Concord needs at least "
            + "\(minimum.width)x\(minimum.height). Enlarge the window."
    }

    /// Draws the message centred (wrapped to the width) on a cleared canvas.
    public func render(into canvas: inout Canvas, style: Style = .plain) {
        canvas.clear()
        canvas.fill(canvas.bounds, style: style)
        guard let message = message(for: canvas.size), canvas.size.width > 0 else { return }
        let lines = TextWrapper.wrap(message, width: canvas.size.width, style: style)
        let top = max(0, (canvas.size.height - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < canvas.size.height {
            let x = max(0, (canvas.size.width - line.width) / 2)
            canvas.draw(line, at: Point(x: x, y: top + index))
        }
    }
}
