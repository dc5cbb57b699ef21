/// Why the configuration file cannot be used. Each message names the file, the setting and
/// what would be accepted, because the person reading it just edited that file.
public enum ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case malformed(file: String, line: Int?, reason: String)
    case unknownSetting(file: String, key: String, known: [String])
    case invalidValue(file: String, key: String, value: String, expected: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "Cannot read the configuration file \(file): \(reason)."
        case .malformed(let file, let line, let reason):
            "The configuration file \(line.map { "\(file):\($0)" } ?? file) is not valid TOML: \(reason)."
        case .unknownSetting(let file, let key, let known):
            "Unknown setting '\(key)' in \(file); known settings: \(known.joined(separator: ", "))."
        case .invalidValue(let file, let key, let value, let expected):
            "Setting '\(key)' in \(file) has the value \(value); expected \(expected)."
        }
    }
}
