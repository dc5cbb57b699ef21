/// Why a theme could not be used. Messages name the file and the entry and say what to do,
/// because they are shown to an agent who edited a theme or mistyped its name.
public enum ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No theme of that name in any theme directory nor among the built-in themes.
    case unknown(String, available: [String])
    /// The file is not valid TOML or does not have the theme's shape.
    case malformed(file: String, line: Int?, reason: String)
    /// A colour value is not one of the accepted notations.
    case invalidColor(file: String, style: String, key: String, value: String)
    /// The file exists but could not be read.
    case unreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case .unknown(let name, let available):
            return "Unknown theme '\(name)'. Available themes: \(available.joined(separator: ", "))."
        case .malformed(let file, let line, let reason):
            let place = line.map { "\(file):\($0)" } ?? file
            return "Theme \(place) is malformed: \(reason)."
        case .invalidColor(let file, let style, let key, let value):
            return "Theme \(file): style '\(style)' has an unknown \(key) colour '\(value)'; \(Color.acceptedNotation)."
        case .unreadable(let file, let reason):
            return "Cannot read theme \(file): \(reason). Check the file's permissions or remove it."
        }
    }
}
