import Foundation
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// What opens over the supervisor's panes: the read-only timeline, the picker and the help.
enum SupervisorOverlays {
    static let helpContexts: [(name: String, title: String)] = [
        ("global", "Every pane"), ("supervise-teams", "Teams"), ("supervise-channels", "Channels"),
        ("supervise-conversations", "Conversations"), ("supervise-agents", "Agents"),
        ("supervise-timeline", "Timeline (read-only: nothing here replies or changes the conversation)"),
        ("supervise-picker", "Choosing an agent, priority or queue"), ("supervise-prompt", "Typing a note or a queue name"),
        ("supervise-help", "This help"),
    ]

    static func renderTimeline(_ timeline: SupervisorTimeline, state: SupervisorState, in body: Rect, into canvas: inout Canvas) {
        let theme = state.presentation.theme
        let conversation = timeline.conversation
        let frame = Frame(title: nil, focused: true, theme: theme, borders: state.presentation.borders)
        canvas.render(frame, in: body)
        // The title's name and subject are bidi fields of their own: a Persian name and a
        // Persian subject keep their places instead of being reordered as one run.
        let style = theme.style("pane.title.focused")
        let title = StyledLine([
            Span(" #\(conversation.id) · ", style: style),
            Span(SupervisorRows.safe(timeline.detail.customer.name.displayName), style: style, field: .firstStrong),
            Span(" · ", style: style, field: .leftToRight),
            Span(SupervisorRows.safe(conversation.subject), style: style, field: .firstStrong),
            Span(" · \(conversation.status.label) · \(SupervisorRows.safe(conversation.queue)) · read-only ", style: style,
                 field: .leftToRight),
        ])
        if body.width >= 6 {
            canvas.draw(title.truncated(toWidth: body.width - 4), at: Point(x: body.x + 1, y: body.y),
                        clip: Rect(x: body.x + 1, y: body.y, width: body.width - 2, height: 1))
        }
        let inner = frame.inner(body)
        let lines = timeline.document.lines
        canvas.withRegion(inner) { region in
            region.fill(style: theme.style("default"))
            guard !lines.isEmpty else {
                region.draw(StyledLine("No messages in this conversation.", style: theme.style("dim")), at: .zero)
                return
            }
            let bottom = max(0, lines.count - inner.height)
            ConsoleView.drawLines(lines, top: min(timeline.top ?? bottom, bottom), into: &region)
        }
    }

    static func renderPicker(_ picker: SupervisorPicker, state: SupervisorState, into canvas: inout Canvas) {
        let theme = state.presentation.theme
        let width = min(78, canvas.size.width - 2)
        let height = min(picker.choices.count + 2, canvas.size.height - 2)
        let overlay = Overlay(title: picker.title, size: Size(width: width, height: height), theme: theme,
                              borders: state.presentation.borders)
        canvas.render(overlay, in: canvas.bounds)
        let inside = overlay.contentRect(in: canvas.bounds)
        guard inside.height >= 1 else { return }
        let rows = picker.choices.map { label($0, picker: picker, width: inside.width, state: state) }
        canvas.withRegion(inside) { region in
            ListView(rows: rows, style: theme.style("default"), selectedStyle: theme.style("list.selected"))
                .render(into: &region, state: picker.list)
        }
    }

    /// One entry of the picker in words.
    static func label(_ choice: SupervisorPicker.Choice, picker: SupervisorPicker, width: Int, state: SupervisorState) -> StyledLine {
        let theme = state.presentation.theme
        let conversation = picker.conversation
        switch choice {
        case .agent(let activity?):
            let workload = activity.workload
            var line = StyledLine([
                Span(TextMeasure.padded("@" + SupervisorRows.safe(activity.agent.login), toWidth: 11), style: theme.style("default"),
                     field: .leftToRight),
                Span(TextMeasure.padded(SupervisorRows.safe(activity.agent.name), toWidth: 16) + " ", style: theme.style("default"),
                     field: .firstStrong),
                Span(TextMeasure.padded(workload.status.rawValue, toWidth: 10), style: theme.style("supervisor.agent.\(workload.status.rawValue)"),
                     field: .leftToRight),
                Span(SupervisorRows.right("\(workload.load)/\(workload.capacity)", 5) + "  ", style: theme.style("default"),
                     field: .leftToRight),
                Span(TextMeasure.padded(SupervisorRows.safe(activity.agent.team), toWidth: 9), style: theme.style("dim"),
                     field: .firstStrong),
                Span(activity.agent.languages.map(\.rawValue).joined(separator: " "), style: theme.style("dim"), field: .leftToRight),
            ])
            if activity.id == conversation.assignee { line.append(Span("  (has it)", style: theme.style("dim"))) }
            return line.truncated(toWidth: width)
        case .agent(nil):
            return StyledLine("nobody: back to the team's queue", style: theme.style("default"))
        case .priority(let priority):
            let now = priority == conversation.priority ? "  (now)" : ""
            return StyledLine([Span(priority.label, style: theme.style(priority >= .high ? "status.alert" : "default")),
                               Span(now, style: theme.style("dim"))])
        case .queue(let queue):
            return StyledLine(SupervisorRows.safe(queue), style: theme.style("default")).truncated(toWidth: width)
        case .otherQueue:
            return StyledLine("another queue… (type its name)", style: theme.style("dim"))
        }
    }

    /// The help overlay's box: most of the screen, at most 90 columns wide.
    static func helpOverlay(_ state: SupervisorState) -> Overlay {
        Overlay(title: "Help · supervisor keys", size: Size(width: min(90, state.size.width - 4), height: state.size.height - 2),
                theme: state.presentation.theme, borders: state.presentation.borders)
    }

    /// The help's lines for the overlay's width: the keys in force, then what the panes show.
    static func helpLines(_ state: SupervisorState) -> (lines: [StyledLine], visible: Int) {
        let theme = state.presentation.theme
        let inside = helpOverlay(state).contentRect(in: Rect(size: state.size))
        let descriptions = Dictionary(uniqueKeysWithValues: SupervisorCommand.allCases.map { ($0.rawValue, $0.summary) })
        let content = HelpOverlayContent(keymap: state.presentation.keymap, contexts: helpContexts, descriptions: descriptions)
        let legend = [
            StyledLine(),
            StyledLine("What the panes show", style: theme.style("help.section")),
        ] + [
            "Teams: waiting, oldest wait, due within \(DurationText.short(state.riskWindow)), late, overdue promises, and a bar of SLA health "
                + "(\(HealthBar.onTime) on time, \(HealthBar.atRisk) at risk, \(HealthBar.breached) late).",
            "Channels: the same counts, and new conversations per hour over the last day.",
            "Agents: status and time in it, load against capacity, languages, the conversation on their screen (✎ writing).",
            "Every reassignment, priority change, queue move, broadcast and opened timeline is written to the audit log.",
        ].flatMap { TextWrapper.wrap($0, width: max(1, inside.width), style: theme.style("help.text")) }
        return (content.lines(theme: theme, width: inside.width) + legend, inside.height)
    }

    static func renderHelp(_ state: SupervisorState, into canvas: inout Canvas) {
        let overlay = helpOverlay(state)
        canvas.render(overlay, in: canvas.bounds)
        let inside = overlay.contentRect(in: canvas.bounds)
        let (lines, visible) = helpLines(state)
        canvas.withRegion(inside) { region in
            ConsoleView.drawLines(lines, top: min(state.helpTop, max(0, lines.count - visible)), into: &region)
        }
    }
}
