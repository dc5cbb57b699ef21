import ConcordTerminal

/// The status bar's key hints, read from the keymap so they show the agent's own bindings.
enum KeyHints {
    static let shown: [(ConsoleCommand, String)] = [
        (.next, "down"), (.open, "open"), (.focusNext, "pane"), (.toggleScope, "scope"),
        (.cycleOrder, "order"), (.help, "help"), (.quit, "quit"),
    ]

    /// The keys worth teaching first when a command has several.
    static let preferred: Set<String> = ["j", "<Enter>", "<Tab>", "t", "o", "?", "q"]

    /// "Enter" rather than "<Enter>": hints are read, not parsed.
    static func display(_ key: KeySpec) -> String {
        let notation = key.notation
        guard notation.hasPrefix("<"), notation.hasSuffix(">"), notation.count > 2 else { return notation }
        return String(notation.dropFirst().dropLast())
    }

    /// What the draft editor's keys do (its other keys are text).
    static let editing: [(ConsoleCommand, String)] = [(.finishDraft, "finish"), (.quit, "quit")]

    static func line(_ state: ConsoleState) -> StyledLine {
        let theme = state.presentation.theme
        if state.isEditingDraft {
            var line = StyledLine(" ")
            for (command, label) in editing {
                // The draft context alone: global keys such as q are text in the editor.
                guard let key = state.presentation.keymap.bindings(in: "draft").first(where: { $0.command == command.rawValue })?.key
                else { continue }
                line.append(Span(display(key), style: theme.style("status.key")))
                line.append(Span(" \(label)  ", style: theme.style("status")))
            }
            line.append(Span("Enter", style: theme.style("status.key")))
            line.append(Span(" new line  typing writes the reply", style: theme.style("status")))
            return line
        }
        let context = state.focus.rawValue
        var line = StyledLine(" ")
        for (command, label) in shown {
            let keys = state.presentation.keymap.keys(for: command.rawValue, in: context)
            guard let key = keys.first(where: { preferred.contains($0.notation) }) ?? keys.first else { continue }
            line.append(Span(display(key), style: theme.style("status.key")))
            line.append(Span(" \(label)  ", style: theme.style("status")))
        }
        return line
    }
}
