import ConcordTerminal

/// Where each part of the supervisor screen goes for a terminal size.
///
/// - wide (140x34 and up): teams | channels on top, conversations | agents under them, and a
///   trends pane (satisfaction per day, arrivals per hour) at the bottom;
/// - narrow (down to 64x18, e.g. 80x24): one queue pane on top (teams or channels, the last
///   focused), a one-line trends strip, and one list under it (conversations or agents);
/// - smaller: one sentence saying so.
public struct SupervisorLayout: Sendable, Hashable {
    public enum Mode: Sendable, Hashable { case wide, narrow, tooSmall }

    public static let minimumSize = Size(width: 64, height: 18)

    public let mode: Mode
    public let header: Rect
    public let status: Rect
    /// The trends: a framed pane (wide) or one unframed line (narrow).
    public let trends: Rect
    public let panes: [SupervisorPane: Rect]
    /// The area between header and status bar: where the timeline and overlays open.
    public let body: Rect

    /// - Parameters:
    ///   - teamRows, channelRows: how many rows the queue panes have, so they take the room they need.
    public init(size: Size, queuePane: SupervisorPane, lowerPane: SupervisorPane, teamRows: Int, channelRows: Int) {
        guard size.width >= Self.minimumSize.width, size.height >= Self.minimumSize.height else {
            mode = .tooSmall
            header = .zero
            status = .zero
            trends = .zero
            panes = [:]
            body = .zero
            return
        }
        header = Rect(x: 0, y: 0, width: size.width, height: 1)
        status = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        let body = Rect(size: size).inset(top: 1, bottom: 1)
        self.body = body
        if size.width >= 140, size.height >= 34 {
            mode = .wide
            // Borders and a column heading around the longer queue pane, at most 40% of the height.
            let top = min(max(6, max(teamRows, channelRows) + 3), body.height * 40 / 100)
            let trendsHeight = 5
            let leftWidth = body.width / 2
            let rightWidth = body.width - leftWidth
            let teams = Rect(x: body.x, y: body.y, width: leftWidth, height: top)
            let channels = Rect(x: teams.maxX, y: body.y, width: rightWidth, height: top)
            let middleHeight = body.height - top - trendsHeight
            let listWidth = body.width * 52 / 100
            let conversations = Rect(x: body.x, y: teams.maxY, width: listWidth, height: middleHeight)
            let agents = Rect(x: conversations.maxX, y: teams.maxY, width: body.width - listWidth, height: middleHeight)
            trends = Rect(x: body.x, y: conversations.maxY, width: body.width, height: trendsHeight)
            panes = [.teams: teams, .channels: channels, .conversations: conversations, .agents: agents]
        } else {
            mode = .narrow
            let rows = queuePane == .channels ? channelRows : teamRows
            let top = min(max(5, rows + 3), max(5, body.height * 40 / 100))
            let queue = Rect(x: body.x, y: body.y, width: body.width, height: top)
            trends = Rect(x: body.x, y: queue.maxY, width: body.width, height: 1)
            let lower = Rect(x: body.x, y: trends.maxY, width: body.width, height: body.height - top - 1)
            panes = [queuePane.isQueuePane ? queuePane : .teams: queue,
                     lowerPane.isQueuePane ? .conversations : lowerPane: lower]
        }
    }

    /// The rows of text inside a pane's border, under its column heading (0 when hidden).
    public func listRows(_ pane: SupervisorPane) -> Int {
        guard let rect = panes[pane] else { return 0 }
        return max(0, rect.height - 3)
    }
}
