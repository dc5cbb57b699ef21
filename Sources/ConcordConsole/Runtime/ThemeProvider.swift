import ConcordTerminal

/// Where `:theme NAME` finds themes: the installed names (for completion) and how to load one
/// ready for this terminal (degraded to its colours). The launcher builds it from the theme
/// library; tests use the built-in themes.
public struct ThemeProvider: Sendable {
    public var names: [String]
    public var load: @Sendable (String) throws -> Theme

    public init(names: [String], load: @escaping @Sendable (String) throws -> Theme) {
        self.names = names
        self.load = load
    }

    /// The themes compiled into Concord, in full colour.
    public static let builtIn = ThemeProvider(names: ThemeLibrary.builtInThemeNames) { name in try ThemeLibrary.builtIn(named: name) }
}
