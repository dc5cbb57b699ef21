import ConcordTerminal

/// Outside text printed by the line-oriented commands (queue, search) goes through the same
/// sanitiser as the console: a customer's name cannot drive the terminal of whoever runs
/// `concord search` either.
enum TerminalText {
    static func safe(_ text: String) -> String {
        TerminalSanitizer.sanitize(text)
    }
}
