import Foundation
import TOMLKit
import ConcordStore
import ConcordTerminal

/// Reads and validates the configuration file. Unknown settings are errors, not silently
/// ignored, so a typo ("themme") is found the first time, not after a confused hour.
public enum ConfigurationLoader {
    static let knownSettings: [String: Set<String>] = [
        "agent": ["login", "name"],
        "store": ["path"],
        "ui": ["theme", "borders", "queue_order"],
    ]

    /// Loads `path` (the default location when nil). A missing default file means defaults; a
    /// missing file named explicitly is an error.
    public static func load(path: String? = nil,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConfigurationError) -> ConcordConfiguration {
        let file = path ?? ConcordConfiguration.defaultPath(environment: environment)
        guard FileManager.default.fileExists(atPath: file) else {
            if path != nil { throw .unreadable(file: file, reason: "the file does not exist") }
            return .defaults(environment: environment)
        }
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw .unreadable(file: file, reason: "it is not readable UTF-8 text (\(error.localizedDescription))")
        }
        var configuration = try parse(text, file: file, environment: environment)
        configuration.sourceFile = file
        return configuration
    }

    /// Parses configuration text; `file` names it in errors.
    public static func parse(_ text: String, file: String,
                             environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConfigurationError) -> ConcordConfiguration {
        let document: TOMLTable
        do {
            document = try TOMLDocument.parse(text)
        } catch {
            throw .malformed(file: file, line: error.line, reason: error.reason)
        }
        var configuration = ConcordConfiguration.defaults(environment: environment)
        let sections = (Array(knownSettings.keys) + ["keys"]).sorted()
        for key in document.keys where !sections.contains(key) {
            throw .unknownSetting(file: file, key: key, known: sections)
        }
        for (section, settings) in knownSettings {
            guard let value = document[section] else { continue }
            guard let table = value.table else {
                throw .invalidValue(file: file, key: section, value: "\(value)", expected: "a table: [\(section)]")
            }
            for key in table.keys where !settings.contains(key) {
                throw .unknownSetting(file: file, key: "\(section).\(key)", known: settings.sorted().map { "\(section).\($0)" })
            }
        }

        func string(_ section: String, _ key: String) throws(ConfigurationError) -> String? {
            guard let value = document[section]?.table?[key] else { return nil }
            guard let text = value.string, !text.isEmpty else {
                throw .invalidValue(file: file, key: "\(section).\(key)", value: "\(value)", expected: "a non-empty string in quotes")
            }
            return text
        }

        if let login = try string("agent", "login") { configuration.agentLogin = login }
        configuration.agentName = try string("agent", "name") ?? configuration.agentLogin
        configuration.storePath = try string("store", "path").map { expandTilde($0, environment: environment) }
        if let theme = try string("ui", "theme") { configuration.theme = theme }
        if let borders = try string("ui", "borders") {
            switch borders {
            case "unicode": configuration.asciiBorders = false
            case "ascii": configuration.asciiBorders = true
            default: throw .invalidValue(file: file, key: "ui.borders", value: "\"\(borders)\"", expected: "\"unicode\" or \"ascii\"")
            }
        }
        if let order = try string("ui", "queue_order") {
            guard let ordering = QueueQuery.Ordering(rawValue: order) else {
                let accepted = QueueQuery.Ordering.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
                throw .invalidValue(file: file, key: "ui.queue_order", value: "\"\(order)\"", expected: "one of \(accepted)")
            }
            configuration.queueOrder = ordering
        }
        do {
            configuration.keyOverrides = try Keymap.overrides(in: document, file: file)
        } catch {
            throw .malformed(file: file, line: nil, reason: error.description)
        }
        return configuration
    }

    static func expandTilde(_ path: String, environment: [String: String]) -> String {
        guard path.hasPrefix("~/") else { return path }
        return (environment["HOME"] ?? NSHomeDirectory()) + path.dropFirst()
    }
}
