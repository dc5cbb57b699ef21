import ConcordTerminal

/// The help overlay, generated from the keymap: it lists the bindings actually in force,
/// including the agent's own overrides.
enum HelpOverlayView {
    static let contexts: [(name: String, title: String)] = [
        ("global", "Everywhere"), ("queue", "Queue"), ("timeline", "Timeline"), ("card", "Customer card"),
        ("suggestions", "Suggestions"), ("draft", "Draft editor (other keys type text)"),
        ("command", "Command line (other keys type text)"), ("search", "Search results"), ("help", "This help"),
    ]

    static func render(_ state: ConsoleState, into canvas: inout Canvas) {
        let theme = state.presentation.theme
        let descriptions = Dictionary(uniqueKeysWithValues: ConsoleCommand.allCases.map { ($0.rawValue, $0.summary) })
        let content = HelpOverlayContent(keymap: state.presentation.keymap, contexts: contexts, descriptions: descriptions)
        let width = min(76, canvas.size.width - 4)
        let overlay = Overlay(title: "Help · keys", size: Size(width: width, height: canvas.size.height - 2), theme: theme,
                              borders: state.presentation.borders)
        let screen = canvas.bounds
        canvas.render(overlay, in: screen)
        let inside = overlay.contentRect(in: screen)
        let lines = content.lines(theme: theme, width: inside.width) + verbLines(theme: theme, width: inside.width)
        canvas.withRegion(inside) { region in
            ConsoleView.drawLines(lines, top: state.helpTop, into: &region)
        }
    }

    /// The command line's verbs with their arguments: what `:` understands besides the command
    /// names above. Any of them can be bound to a key as `"A" = ":assign @me"`.
    static func verbLines(theme: Theme, width: Int) -> [StyledLine] {
        var lines = [StyledLine(), StyledLine("Commands after :  (also bindable: \"A\" = \":assign @me\")", style: theme.style("help.section"))]
        for verb in CommandVerb.all {
            let usage = TextMeasure.padded(":" + verb.usage, toWidth: min(width, max(24, width / 2)))
            lines += TextWrapper.wrap(usage + " " + verb.summary, width: max(1, width), style: theme.style("help.text"))
        }
        return lines
    }
}
