import Foundation
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// Draws the whole supervisor screen for a state: a pure function of it, so the same state
/// always gives the same screen (golden snapshot tests), as `ConsoleView` is for the console.
public enum SupervisorView {
    public static func render(_ state: SupervisorState, into canvas: inout Canvas) {
        let theme = state.presentation.theme
        canvas.bidiMode = state.presentation.bidiMode
        canvas.fill(canvas.bounds, style: theme.style("default"))
        let layout = state.layout
        guard layout.mode != .tooSmall else {
            let minimum = SupervisorLayout.minimumSize
            let text = "The terminal is \(state.size.width)x\(state.size.height); the supervisor screen needs at least "
                + "\(minimum.width)x\(minimum.height)."
            for (row, line) in TextWrapper.wrap(text, width: max(1, canvas.size.width)).enumerated() where row < canvas.size.height {
                canvas.draw(line, at: Point(x: 0, y: row))
            }
            return
        }
        renderHeader(state, layout: layout, into: &canvas)
        for pane in SupervisorPane.allCases {
            guard let rect = layout.panes[pane] else { continue }
            renderPane(pane, rect: rect, state: state, into: &canvas)
        }
        SupervisorTrendsView.render(state, in: layout.trends, mode: layout.mode, into: &canvas)
        renderStatus(state, layout: layout, into: &canvas)
        if let timeline = state.timeline { SupervisorOverlays.renderTimeline(timeline, state: state, in: layout.body, into: &canvas) }
        if let picker = state.picker { SupervisorOverlays.renderPicker(picker, state: state, into: &canvas) }
        if state.showsHelp { SupervisorOverlays.renderHelp(state, into: &canvas) }
    }

    private static func renderHeader(_ state: SupervisorState, layout: SupervisorLayout, into canvas: inout Canvas) {
        let theme = state.presentation.theme
        let total = state.overview.total
        var left = StyledLine([
            Span(" Concord ", style: theme.style("status.key")),
            Span(" Supervisor · \(SupervisorRows.safe(state.supervisor.name)) · \(total.waiting) waiting", style: theme.style("status")),
        ])
        let soon = "<" + DurationText.short(state.riskWindow)
        let alerts: [(Int, String)] = [(total.breached, "\(total.breached) late"), (total.breachingSoon, "\(total.breachingSoon) due \(soon)"),
                                       (total.overduePromises, "\(total.overduePromises) promise\(total.overduePromises == 1 ? "" : "s") overdue")]
        for (count, text) in alerts where count > 0 {
            left.append(Span(" · ", style: theme.style("status")))
            left.append(Span(text, style: theme.style("status.alert")))
        }
        let right = StyledLine("\(SupervisorRows.safe(state.presentation.storeLabel))  \(state.presentation.clock.weekdayAndTime(state.now)) ",
                               style: theme.style("status"))
        canvas.render(StatusBar(left: left, right: right, style: theme.style("status")), in: layout.header)
    }

    private static func renderStatus(_ state: SupervisorState, layout: SupervisorLayout, into canvas: inout Canvas) {
        let theme = state.presentation.theme
        if let prompt = state.prompt {
            canvas.render(StatusBar(left: ConsoleView.promptLine(label: prompt.label, text: prompt.editor.text, width: layout.status.width,
                                                                 theme: theme),
                                    right: StyledLine("Enter sends  Esc drops ", style: theme.style("dim")), style: theme.style("status")),
                          in: layout.status)
            return
        }
        let left: StyledLine
        if let message = state.statusMessage {
            left = StyledLine(" " + SupervisorRows.safe(message.text), style: theme.style(message.kind == .error ? "error" : "status"))
        } else {
            left = SupervisorKeyHints.line(state)
        }
        let where_ = state.showsHelp ? "Help" : state.picker != nil ? "Choose" : state.timeline != nil ? "Timeline, read-only"
            : state.focus.title
        let right = StyledLine("\(where_) ", style: theme.style(state.timeline != nil ? "supervisor.readonly" : "status"))
        canvas.render(StatusBar(left: left, right: right, style: theme.style("status")), in: layout.status)
    }

    private static func renderPane(_ pane: SupervisorPane, rect: Rect, state: SupervisorState, into canvas: inout Canvas) {
        let theme = state.presentation.theme
        let focused = state.focus == pane && state.timeline == nil
        let frame = Frame(title: title(pane, state: state), focused: focused, theme: theme, borders: state.presentation.borders)
        canvas.render(frame, in: rect)
        let inner = frame.inner(rect)
        guard inner.height >= 2, inner.width > 0 else { return }
        let width = inner.width
        let now = state.now
        let overview = state.overview
        let heading: StyledLine
        let list: ListState
        let count: Int
        let row: (Int) -> StyledLine
        let empty: String
        switch pane {
        case .teams:
            let rows = state.teamRows
            heading = SupervisorRows.teamHeading(width: width, riskWindow: state.riskWindow, theme: theme)
            (list, count, empty) = (state.teamList, rows.count, "")
            row = { SupervisorRows.team(rows[$0], width: width - (rows.count > inner.height - 1 ? 1 : 0), now: now, theme: theme) }
        case .channels:
            let rows = overview.channels
            let arrivals = Dictionary(overview.arrivals.map { ($0.channel, $0) }, uniquingKeysWith: { first, _ in first })
            heading = SupervisorRows.channelHeading(width: width, hours: overview.arrivals.first?.counts.count ?? 24,
                                                    riskWindow: state.riskWindow, theme: theme)
            (list, count, empty) = (state.channelList, rows.count, state.isLoaded ? "No conversations on any channel." : "Loading…")
            row = { index in
                guard case .channel(let channel) = rows[index].scope else { return StyledLine() }
                return SupervisorRows.channel(rows[index], arrivals: arrivals[channel], width: width - (rows.count > inner.height - 1 ? 1 : 0),
                                              now: now, theme: theme)
            }
        case .conversations:
            let rows = state.conversations
            let logins = state.agentLogins
            let listWidth = width - (rows.count > inner.height - 1 ? 1 : 0)
            heading = SupervisorRows.conversationHeading(width: listWidth, theme: theme)
            (list, count) = (state.conversationList, rows.count)
            empty = state.conversationsScope == state.scope ? "No open conversations in \(SupervisorState.name(of: state.scope))." : "Loading…"
            row = { SupervisorRows.conversation(rows[$0], logins: logins, width: listWidth, now: now, riskWindow: state.riskWindow,
                                                theme: theme) }
        case .agents:
            let rows = overview.agents
            let listWidth = width - (rows.count > inner.height - 1 ? 1 : 0)
            heading = SupervisorRows.agentHeading(width: listWidth, theme: theme)
            (list, count, empty) = (state.agentList, rows.count, state.isLoaded ? "No agents in this store yet." : "Loading…")
            row = { SupervisorRows.agent(rows[$0], width: listWidth, now: now, theme: theme) }
        }
        canvas.withRegion(inner) { region in
            region.draw(heading, at: .zero)
            region.withRegion(Rect(x: 0, y: 1, width: width, height: inner.height - 1)) { rows in
                guard count > 0 else {
                    rows.draw(StyledLine(empty, style: theme.style("dim")), at: .zero)
                    return
                }
                ListView(itemCount: count, row: row, style: theme.style("default"),
                         selectedStyle: theme.style(focused ? "list.selected" : "list.selected.unfocused"))
                    .render(into: &rows, state: list)
            }
        }
    }

    private static func title(_ pane: SupervisorPane, state: SupervisorState) -> String {
        switch pane {
        case .teams:
            return "Teams · \(state.overview.teams.count)"
        case .channels:
            return "Channels · \(state.overview.channels.count)"
        case .conversations:
            let position = state.conversationList.selected.map { "\($0 + 1)/\(state.conversationTotal)" } ?? "0"
            return "Conversations · \(SupervisorRows.safe(SupervisorState.name(of: state.scope))) \(position)"
        case .agents:
            let statuses = AgentStatus.allCases.map { status in
                (status, state.overview.agents.filter { $0.workload.status == status }.count)
            }
            let counts = statuses.filter { $0.1 > 0 }.map { "\($0.1) \($0.0.rawValue)" }
            return (["Agents"] + counts).joined(separator: " · ")
        }
    }
}
