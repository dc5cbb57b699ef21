import ConcordTerminal

/// Where each pane goes for a terminal size.
///
/// - wide (150+ columns): queue | timeline | customer card over suggestions (the taller, as
///   the agent reads and inserts its phrases while replying);
/// - medium (100–149): queue over card on the left, timeline over suggestions on the right;
/// - narrow (down to 60x15, e.g. 80x24): a single-column flow, the queue on top and the
///   focused detail pane (timeline, card or suggestions) under it;
/// - smaller than 60x15: nothing but a sentence saying so, never a half-drawn screen.
public struct ConsoleLayout: Sendable, Hashable {
    public enum Mode: Sendable, Hashable { case wide, medium, narrow, tooSmall }

    public static let minimumSize = Size(width: 60, height: 15)

    public let mode: Mode
    public let header: Rect
    public let status: Rect
    public let panes: [Pane: Rect]

    public init(size: Size, lowerPane: Pane) {
        let screen = Rect(size: size)
        guard size.width >= Self.minimumSize.width, size.height >= Self.minimumSize.height else {
            mode = .tooSmall
            header = .zero
            status = .zero
            panes = [:]
            return
        }
        header = Rect(x: 0, y: 0, width: size.width, height: 1)
        status = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        let body = screen.inset(top: 1, bottom: 1)
        if size.width >= 150 {
            mode = .wide
            let queueWidth = max(44, body.width * 32 / 100)
            let rightWidth = max(40, body.width * 28 / 100)
            let timelineWidth = body.width - queueWidth - rightWidth
            let queue = Rect(x: body.x, y: body.y, width: queueWidth, height: body.height)
            let timeline = Rect(x: queue.maxX, y: body.y, width: timelineWidth, height: body.height)
            let cardHeight = body.height * 45 / 100
            let card = Rect(x: timeline.maxX, y: body.y, width: rightWidth, height: cardHeight)
            let suggestions = Rect(x: timeline.maxX, y: card.maxY, width: rightWidth, height: body.height - cardHeight)
            panes = [.queue: queue, .timeline: timeline, .card: card, .suggestions: suggestions]
        } else if size.width >= 100 {
            mode = .medium
            let leftWidth = max(40, body.width * 40 / 100)
            let queueHeight = body.height * 58 / 100
            let queue = Rect(x: body.x, y: body.y, width: leftWidth, height: queueHeight)
            let card = Rect(x: body.x, y: queue.maxY, width: leftWidth, height: body.height - queueHeight)
            let rightWidth = body.width - leftWidth
            let timelineHeight = body.height * 60 / 100
            let timeline = Rect(x: queue.maxX, y: body.y, width: rightWidth, height: timelineHeight)
            let suggestions = Rect(x: queue.maxX, y: timeline.maxY, width: rightWidth, height: body.height - timelineHeight)
            panes = [.queue: queue, .timeline: timeline, .card: card, .suggestions: suggestions]
        } else {
            mode = .narrow
            let queueHeight = max(6, body.height * 40 / 100)
            let queue = Rect(x: body.x, y: body.y, width: body.width, height: queueHeight)
            let lower = Rect(x: body.x, y: queue.maxY, width: body.width, height: body.height - queueHeight)
            let shown: Pane = lowerPane == .queue ? .timeline : lowerPane
            panes = [.queue: queue, shown: lower]
        }
    }

    /// The area inside a pane's border, or nil when the pane is not shown.
    public func inner(_ pane: Pane) -> Rect? {
        panes[pane].map { $0.inset(by: 1) }
    }

    /// The number of text rows inside a pane (0 when hidden).
    public func visibleRows(_ pane: Pane) -> Int {
        inner(pane)?.height ?? 0
    }
}
