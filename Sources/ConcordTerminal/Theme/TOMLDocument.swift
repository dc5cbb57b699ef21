import TOMLKit

/// Parses TOML for every file Concord reads (themes, key bindings, the configuration) the
/// same way, so each can report a syntax error with its line in its own error type.
public enum TOMLDocument {
    /// A syntax error: the line it starts on (when TOMLKit knows it) and what is wrong.
    public struct SyntaxError: Error, Sendable, Hashable {
        public var line: Int?
        public var reason: String
    }

    public static func parse(_ text: String) throws(SyntaxError) -> TOMLTable {
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw SyntaxError(line: error.source.begin.line, reason: error.description)
        } catch {
            throw SyntaxError(line: nil, reason: "\(error)")
        }
    }
}
