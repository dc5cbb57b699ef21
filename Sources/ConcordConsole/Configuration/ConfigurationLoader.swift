import Foundation
import TOMLKit
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// Reads and validates the configuration file. Unknown settings are errors, not silently
/// ignored, so a typo ("themme") is found the first time, not after a confused hour.
public enum ConfigurationLoader {
    static let knownSettings: [String: Set<String>] = [
        "agent": ["login", "name"],
        "store": ["path"],
        "ui": ["theme", "borders", "queue_order", "view", "bidi"],
        "identity": ["default_region", "plus_addressing", "provider_rules"],
        "channels": ["own_email", "own_phones", "own_handles", "call_time_zone"],
        "routing": ["enabled", "strategy", "any_language"],
        "roles": ["supervisors", "admins"],
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
        let sections = (Array(knownSettings.keys) + ["keys", "sla", "acknowledgements", "follow_ups", "views", "outbox"]).sorted()
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
        configuration.views = try ViewsConfigurationReader.read(document["views"], file: file)
        if let view = try string("ui", "view") {
            let names = SavedView.merged(configuration.views).map(\.name)
            guard names.contains(view.lowercased()) else {
                throw .invalidValue(file: file, key: "ui.view", value: "\"\(view)\"",
                                    expected: "one of " + names.map { "\"\($0)\"" }.joined(separator: ", "))
            }
            configuration.initialView = view.lowercased()
        }
        if let bidi = try string("ui", "bidi") {
            guard let mode = BidiMode(rawValue: bidi) else {
                throw .invalidValue(file: file, key: "ui.bidi", value: "\"\(bidi)\"",
                                    expected: "\"reorder\" (Concord puts Persian in display order) or \"terminal\" (the terminal does bidi itself)")
            }
            configuration.bidiMode = mode
        }
        func bool(_ section: String, _ key: String) throws(ConfigurationError) -> Bool? {
            guard let value = document[section]?.table?[key] else { return nil }
            guard let flag = value.bool else {
                throw .invalidValue(file: file, key: "\(section).\(key)", value: "\(value)", expected: "true or false")
            }
            return flag
        }
        func strings(_ value: (any TOMLValueConvertible)?, key: String) throws(ConfigurationError) -> [String] {
            try ConfigurationValue.strings(value, key: key, file: file)
        }

        if let region = try string("identity", "default_region") {
            guard IdentityNormalizer.supportedPhoneRegions.contains(region.uppercased()) else {
                throw .invalidValue(file: file, key: "identity.default_region", value: "\"\(region)\"",
                                    expected: "one of \(IdentityNormalizer.supportedPhoneRegions.joined(separator: ", "))")
            }
            configuration.defaultRegion = region.uppercased()
        }
        if let flag = try bool("identity", "plus_addressing") { configuration.ignoresPlusAddressing = flag }
        if let flag = try bool("identity", "provider_rules") { configuration.appliesProviderRules = flag }
        let channels = document["channels"]?.table
        for address in try strings(channels?["own_email"], key: "channels.own_email") {
            guard let normalised = IdentityNormalizer.email(address) else {
                throw .invalidValue(file: file, key: "channels.own_email", value: "\"\(address)\"", expected: "email addresses")
            }
            configuration.ownEmailAddresses.append(normalised)
        }
        for number in try strings(channels?["own_phones"], key: "channels.own_phones") {
            guard let normalised = IdentityNormalizer.phone(number, region: configuration.defaultRegion) else {
                throw .invalidValue(file: file, key: "channels.own_phones", value: "\"\(number)\"",
                                    expected: "phone numbers with a country code, or national numbers of identity.default_region")
            }
            configuration.ownPhoneNumbers.append(normalised)
        }
        if let zone = try string("channels", "call_time_zone") {
            guard TimeZone(identifier: zone) != nil else {
                throw .invalidValue(file: file, key: "channels.call_time_zone", value: "\"\(zone)\"",
                                    expected: "an IANA time zone such as \"Asia/Seoul\" or \"Europe/Moscow\"")
            }
            configuration.callRecordTimeZone = zone
        }
        if let handles = channels?["own_handles"] {
            guard let table = handles.table else {
                throw .invalidValue(file: file, key: "channels.own_handles", value: "\(handles)",
                                    expected: "a table like { x = [\"acme_help\"] }")
            }
            for (platform, value) in table {
                guard Channel(rawValue: platform)?.isSocial == true else {
                    throw .unknownSetting(file: file, key: "channels.own_handles.\(platform)",
                                          known: Channel.allCases.filter(\.isSocial).map { "channels.own_handles.\($0.rawValue)" })
                }
                configuration.ownHandles[platform] = try strings(value, key: "channels.own_handles.\(platform)")
                    .compactMap(IdentityNormalizer.handle)
            }
        }

        if try bool("routing", "enabled") == true {
            var router = ConversationRouter()
            if let name = try string("routing", "strategy") {
                guard let strategy = RoutingStrategy(rawValue: name) else {
                    throw .invalidValue(file: file, key: "routing.strategy", value: "\"\(name)\"",
                                        expected: RoutingStrategy.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: " or "))
                }
                router.strategy = strategy
            }
            router.fallsBackToAnyLanguage = try bool("routing", "any_language") ?? false
            configuration.routing = router
        }
        let roles = document["roles"]?.table
        for (key, role) in [("supervisors", Agent.Role.supervisor), ("admins", .admin)] {
            for login in try strings(roles?[key], key: "roles.\(key)") { configuration.roles[login] = role }
        }

        configuration.slaPolicies = try SLAConfigurationReader.read(document["sla"], file: file)
        configuration.acknowledgements = try AutomationConfigurationReader.acknowledgements(document["acknowledgements"], file: file)
        configuration.followUps = try AutomationConfigurationReader.followUps(document["follow_ups"], file: file)
        configuration.delivery = try OutboxConfigurationReader.read(document["outbox"], file: file)
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
