import ConcordTerminal

/// Checks the keys bound to command lines (`"A" = ":assign @me"`) when the console starts,
/// so a typo in the config is one sentence naming the key, not a silent dead key.
public enum CommandLineBindings {
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var context: String
        public var key: String
        public var line: String
        public var reason: String

        public var description: String {
            "The key \(key) in [keys.\(context)] is bound to \"\(line)\", which cannot run: \(reason)"
        }
    }

    public static func check(_ keymap: Keymap) throws(Problem) {
        for binding in keymap.commandLines {
            do {
                _ = try CommandLineParser.parse(binding.line)
            } catch {
                throw Problem(context: binding.context, key: binding.key.notation, line: binding.line, reason: error.description)
            }
        }
    }
}
