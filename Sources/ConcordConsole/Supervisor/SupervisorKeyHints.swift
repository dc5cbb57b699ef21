import ConcordTerminal

/// The status bar's key hints for what has the keys now, read from the supervisor's keymap so
/// they show the supervisor's own bindings.
enum SupervisorKeyHints {
    static let queue: [(SupervisorCommand, String)] = [
        (.next, "down"), (.open, "list"), (.focusNext, "pane"), (.broadcast, "broadcast"), (.broadcastTeam, "to team"),
        (.help, "help"), (.quit, "quit"),
    ]
    static let conversations: [(SupervisorCommand, String)] = [
        (.open, "read"), (.reassign, "reassign"), (.changePriority, "priority"), (.moveQueue, "move"), (.broadcast, "broadcast"),
        (.help, "help"), (.quit, "quit"),
    ]
    static let agents: [(SupervisorCommand, String)] = [
        (.next, "down"), (.open, "read"), (.focusNext, "pane"), (.broadcast, "broadcast"), (.help, "help"), (.quit, "quit"),
    ]
    static let timeline: [(SupervisorCommand, String)] = [(.next, "down"), (.pageDown, "page"), (.closeTimeline, "close")]
    static let picker: [(SupervisorCommand, String)] = [(.next, "down"), (.choose, "choose"), (.cancel, "cancel")]
    static let help: [(SupervisorCommand, String)] = [(.next, "down"), (.closeHelp, "close")]

    /// The keys worth teaching first when a command has several.
    static let preferred: Set<String> = ["j", "<Enter>", "<Tab>", "?", "q", "<Esc>", "<Space>"]

    static func line(_ state: SupervisorState) -> StyledLine {
        let theme = state.presentation.theme
        let context: String
        let shown: [(SupervisorCommand, String)]
        if state.showsHelp {
            (context, shown) = ("supervise-help", help)
        } else if state.picker != nil {
            (context, shown) = ("supervise-picker", picker)
        } else if state.timeline != nil {
            (context, shown) = ("supervise-timeline", timeline)
        } else {
            context = state.focus.context
            switch state.focus {
            case .teams, .channels: shown = queue
            case .conversations: shown = conversations
            case .agents: shown = agents
            }
        }
        // The modal contexts do not fall back to the global keys.
        let modal = context == "supervise-help" || context == "supervise-picker" || context == "supervise-timeline"
        var line = StyledLine(" ")
        for (command, label) in shown {
            let keys = modal ? state.presentation.keymap.bindings(in: context).filter { $0.command == command.rawValue }.map(\.key)
                : state.presentation.keymap.keys(for: command.rawValue, in: context)
            guard let key = keys.first(where: { preferred.contains($0.notation) }) ?? keys.first else { continue }
            line.append(Span(KeyHints.display(key), style: theme.style("status.key")))
            line.append(Span(" \(label)  ", style: theme.style("status")))
        }
        if state.timeline != nil { line.append(Span("read-only", style: theme.style("supervisor.readonly"))) }
        return line
    }
}
