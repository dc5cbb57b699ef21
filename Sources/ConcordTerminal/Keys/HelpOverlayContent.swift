/// The help overlay's text, generated from the live keymap so it can never disagree with
/// what the keys do (user overrides included). The app supplies the order and titles of
/// the contexts and a description per command.
///
/// ```swift
/// let help = HelpOverlayContent(keymap: keymap,
///                               contexts: [("queue", "Queue"), ("global", "Everywhere")],
///                               descriptions: ["next": "Next conversation", "quit": "Quit"])
/// let lines = help.lines(theme: theme, width: 60)
/// ```
public struct HelpOverlayContent: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        /// All keys bound to the command in this context, sorted.
        public var keys: [KeySpec]
        public var command: String
        /// The app's description, or the command name when it has none.
        public var description: String
    }

    public struct Section: Hashable, Sendable {
        public var context: String
        public var title: String
        public var entries: [Entry]
    }

    public var sections: [Section]

    public init(keymap: Keymap, contexts: [(name: String, title: String)], descriptions: [String: String]) {
        sections = contexts.compactMap { context in
            var byCommand: [String: [KeySpec]] = [:]
            for binding in keymap.bindings(in: context.name) {
                byCommand[binding.command, default: []].append(binding.key)
            }
            let entries = byCommand
                .map { Entry(keys: $0.value.sorted(), command: $0.key, description: descriptions[$0.key] ?? $0.key) }
                .sorted { $0.keys[0] < $1.keys[0] }
            return entries.isEmpty ? nil : Section(context: context.name, title: context.title, entries: entries)
        }
    }

    /// The content as lines: a section title (`help.section`), then one line per command
    /// with its keys (`help.key`) in a column and the description (`help.text`), and a blank
    /// line between sections. Keys and descriptions are truncated to fit `width`.
    public func lines(theme: Theme, width: Int) -> [StyledLine] {
        let keyStyle = theme.style("help.key")
        let textStyle = theme.style("help.text")
        let sectionStyle = theme.style("help.section")
        let keyTexts = sections.flatMap(\.entries).map { $0.keys.map(\.notation).joined(separator: " ") }
        let keyColumn = min(max(8, (keyTexts.map { DisplayWidth.of($0) }.max() ?? 0) + 2), max(8, width / 2))
        var result: [StyledLine] = []
        for (index, section) in sections.enumerated() {
            if index > 0 { result.append(StyledLine()) }
            result.append(StyledLine(section.title, style: sectionStyle).truncated(toWidth: width))
            for entry in section.entries {
                let keys = entry.keys.map(\.notation).joined(separator: " ")
                let keyCell = StyledLine(TextMeasure.truncated(keys, toWidth: keyColumn - 1), style: keyStyle)
                    .fitted(toWidth: keyColumn)
                let line = keyCell + StyledLine(entry.description, style: textStyle)
                result.append(line.truncated(toWidth: width))
            }
        }
        return result
    }
}
