import Foundation
import TOMLKit
import ConversationEngine

/// Reads `[acknowledgements]` and `[follow_ups]`: when Concord acknowledges a new conversation,
/// and how it follows up a resolved one. Every mistake names the setting and what it accepts.
///
/// ```toml
/// [acknowledgements]
/// enabled = true
/// max_age = "1h"                  # older messages are history being imported: never acknowledged
/// channels.email = true
/// channels.social = false         # every social network; channels.x = true turns one back on
/// wording.en = ["Hello {name}, thanks for writing. We will answer {promise}."]
///
/// [follow_ups]
/// enabled = true
/// after = "1d"
/// survey = true
/// survey_window = "14d"
/// public_url = "https://support.example.com"
/// channel.phone = "email"         # a phone fix is followed up by email
/// delay.chat = "4h"
/// ```
enum AutomationConfigurationReader {
    static let acknowledgementKeys: Set<String> = ["enabled", "max_age", "channels", "wording"]
    static let followUpKeys: Set<String> = ["enabled", "after", "survey", "survey_window", "public_url", "channel", "delay"]
    /// Channel names a setting may use: every channel a customer writes on, and "social" for all social networks.
    static let channelNames = Channel.allCases.filter { $0 != .note }.map(\.rawValue) + ["social"]

    static func acknowledgements(_ value: (any TOMLValueConvertible)?, file: String) throws(ConfigurationError) -> AcknowledgementSettings {
        var settings = AcknowledgementSettings()
        guard let value else { return settings }
        let section = try table(value, key: "acknowledgements", file: file)
        for key in section.keys where !acknowledgementKeys.contains(key) {
            throw .unknownSetting(file: file, key: "acknowledgements.\(key)", known: acknowledgementKeys.sorted().map { "acknowledgements.\($0)" })
        }
        if let flag = try bool(section["enabled"], key: "acknowledgements.enabled", file: file) { settings.isEnabled = flag }
        if let age = try WallClockDuration.read(section["max_age"], key: "acknowledgements.max_age", file: file) { settings.maxAge = age }
        if let channels = section["channels"] {
            let table = try table(channels, key: "acknowledgements.channels", file: file)
            // "social" first, so a single network named beside it wins.
            for name in table.keys.sorted(by: { ($0 == "social" ? 0 : 1, $0) < ($1 == "social" ? 0 : 1, $1) }) {
                let key = "acknowledgements.channels.\(name)"
                guard let flag = try bool(table[name], key: key, file: file) else { continue }
                for channel in try Self.channels(named: name, key: key, file: file) { settings.channels[channel] = flag }
            }
        }
        if let wording = section["wording"] {
            let table = try table(wording, key: "acknowledgements.wording", file: file)
            for code in table.keys.sorted() {
                let key = "acknowledgements.wording.\(code)"
                guard let language = Language(rawValue: code) else {
                    throw .unknownSetting(file: file, key: key, known: Language.allCases.map { "acknowledgements.wording.\($0.rawValue)" })
                }
                let templates = try strings(table[code], key: key, file: file)
                for template in templates where !template.contains("{name}") || !template.contains("{promise}") {
                    throw .invalidValue(file: file, key: key, value: ConfigurationPrinter.quoted(template),
                                        expected: "sentences with {name} and {promise} in them: an acknowledgement is never generic")
                }
                settings.wording[language] = templates
            }
        }
        return settings
    }

    static func followUps(_ value: (any TOMLValueConvertible)?, file: String) throws(ConfigurationError) -> FollowUpSettings {
        var settings = FollowUpSettings()
        guard let value else { return settings }
        let section = try table(value, key: "follow_ups", file: file)
        for key in section.keys where !followUpKeys.contains(key) {
            throw .unknownSetting(file: file, key: "follow_ups.\(key)", known: followUpKeys.sorted().map { "follow_ups.\($0)" })
        }
        if let flag = try bool(section["enabled"], key: "follow_ups.enabled", file: file) { settings.isEnabled = flag }
        if let flag = try bool(section["survey"], key: "follow_ups.survey", file: file) { settings.survey = flag }
        if let after = try WallClockDuration.read(section["after"], key: "follow_ups.after", file: file) { settings.after = after }
        if let window = try WallClockDuration.read(section["survey_window"], key: "follow_ups.survey_window", file: file) {
            settings.surveyWindow = window
        }
        if let url = section["public_url"] {
            guard let text = url.string, let parsed = URL(string: text), ["http", "https"].contains(parsed.scheme ?? ""),
                  parsed.host != nil else {
                throw .invalidValue(file: file, key: "follow_ups.public_url", value: "\(url)",
                                    expected: "the receiver's public address, like \"https://support.example.com\"")
            }
            settings.publicURL = text
        }
        if let channels = section["channel"] {
            let table = try table(channels, key: "follow_ups.channel", file: file)
            for name in table.keys.sorted() {
                let key = "follow_ups.channel.\(name)"
                let fixes = try Self.channels(named: name, key: key, file: file)
                guard let text = table[name]?.string, let target = Channel(rawValue: text), target != .phone, target != .note else {
                    throw .invalidValue(file: file, key: key, value: "\(table[name].map { "\($0)" } ?? "nothing")",
                                        expected: "a channel that carries text: email, sms, chat, x, facebook, instagram, whatsapp or telegram")
                }
                for fix in fixes { settings.channels[fix] = target }
            }
        }
        if let delays = section["delay"] {
            let table = try table(delays, key: "follow_ups.delay", file: file)
            for name in table.keys.sorted() {
                let key = "follow_ups.delay.\(name)"
                let fixes = try Self.channels(named: name, key: key, file: file)
                guard let delay = try WallClockDuration.read(table[name], key: key, file: file) else { continue }
                for fix in fixes { settings.delays[fix] = delay }
            }
        }
        return settings
    }

    // MARK: - Values

    private static func channels(named name: String, key: String, file: String) throws(ConfigurationError) -> [Channel] {
        if name == "social" { return Channel.allCases.filter(\.isSocial) }
        guard let channel = Channel(rawValue: name), channel != .note else {
            let prefix = key.split(separator: ".").dropLast().joined(separator: ".")
            throw .unknownSetting(file: file, key: key, known: channelNames.map { "\(prefix).\($0)" })
        }
        return [channel]
    }

    private static func table(_ value: any TOMLValueConvertible, key: String, file: String) throws(ConfigurationError) -> TOMLTable {
        guard let table = value.table else { throw .invalidValue(file: file, key: key, value: "\(value)", expected: "a table: [\(key)]") }
        return table
    }

    private static func bool(_ value: (any TOMLValueConvertible)?, key: String, file: String) throws(ConfigurationError) -> Bool? {
        try ConfigurationValue.bool(value, key: key, file: file)
    }

    private static func strings(_ value: (any TOMLValueConvertible)?, key: String, file: String) throws(ConfigurationError) -> [String] {
        guard let value else { return [] }
        if let text = value.string, !text.isEmpty { return [text] }
        guard let array = value.array, !array.isEmpty else {
            throw .invalidValue(file: file, key: key, value: "\(value)", expected: "an array of sentences like [\"…\", \"…\"]")
        }
        return try array.map { element throws(ConfigurationError) -> String in
            guard let text = element.string, !text.isEmpty else {
                throw .invalidValue(file: file, key: key, value: "\(element)", expected: "non-empty strings in quotes")
            }
            return text
        }
    }
}
