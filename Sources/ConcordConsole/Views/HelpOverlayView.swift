import ConcordTerminal

/// The help overlay, generated from the keymap: it lists the bindings actually in force,
/// including the agent's own overrides.
enum HelpOverlayView {
    static let contexts: [(name: String, title: String)] = [
        ("global", "Everywhere"), ("queue", "Queue"), ("timeline", "Timeline"), ("card", "Customer card"),
        ("suggestions", "Suggestions"), ("draft", "Draft editor (other keys type text)"), ("help", "This help"),
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
        let lines = content.lines(theme: theme, width: inside.width)
        canvas.withRegion(inside) { region in
            ConsoleView.drawLines(lines, top: state.helpTop, into: &region)
        }
    }
}
