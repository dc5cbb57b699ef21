import ConcordChannels
import Foundation
import TOMLKit

/// Reads `[outbox]`: how the dispatcher (`concord serve`, `concord send --once`) delivers
/// replies. Tokens are never here; they come from the environment (`DeliveryCredentials`).
///
/// ```toml
/// [outbox]
/// sendmail = "/usr/bin/msmtp -t"        # default "/usr/sbin/sendmail -t -oi"; or ["msmtp", "-t"]
/// from = "Acme Support <support@example.com>"
/// chat_url = "https://chat.example.com/concord/replies"
/// max_attempts = 8
/// first_retry = "30s"                   # doubles after every failed attempt
/// max_retry = "1h"
/// twilio.account_sid = "AC0123456789abcdef0123456789abcdef"
/// twilio.from = "+15550001111"          # or a Messaging Service SID, "MG..."
/// twilio.base_url = "https://api.twilio.com"
/// meta.whatsapp_phone_number_id = "106540352242922"
/// meta.graph_url = "https://graph.facebook.com"
/// meta.graph_version = "v21.0"
/// x.base_url = "https://api.x.com"
/// ```
enum OutboxConfigurationReader {
    static let keys: Set<String> = ["sendmail", "from", "chat_url", "max_attempts", "first_retry", "max_retry", "twilio", "meta", "x"]
    static let providerKeys: [String: Set<String>] = [
        "twilio": ["account_sid", "from", "base_url"],
        "meta": ["whatsapp_phone_number_id", "graph_url", "graph_version"],
        "x": ["base_url"],
    ]

    static func read(_ value: (any TOMLValueConvertible)?, file: String) throws(ConfigurationError) -> DeliverySettings {
        var settings = DeliverySettings()
        guard let value else { return settings }
        guard let section = value.table else {
            throw .invalidValue(file: file, key: "outbox", value: "\(value)", expected: "a table: [outbox]")
        }
        for key in section.keys where !keys.contains(key) {
            throw .unknownSetting(file: file, key: "outbox.\(key)", known: keys.sorted().map { "outbox.\($0)" })
        }
        if let command = section["sendmail"] {
            settings.sendmail = try Self.command(command, file: file)
        }
        if let from = try string(section["from"], key: "outbox.from", file: file) {
            guard let address = Self.mailbox(from) else {
                throw .invalidValue(file: file, key: "outbox.from", value: ConfigurationPrinter.quoted(from),
                                    expected: "an address, \"support@example.com\" or \"Acme Support <support@example.com>\"")
            }
            settings.emailFrom = address
        }
        settings.chatURL = try url(section["chat_url"], key: "outbox.chat_url", file: file)
        if let attempts = section["max_attempts"] {
            guard let number = attempts.int, (1...100).contains(number) else {
                throw .invalidValue(file: file, key: "outbox.max_attempts", value: "\(attempts)", expected: "a whole number from 1 to 100")
            }
            settings.maxAttempts = number
        }
        if let first = try WallClockDuration.read(section["first_retry"], key: "outbox.first_retry", file: file) { settings.firstDelay = first }
        if let most = try WallClockDuration.read(section["max_retry"], key: "outbox.max_retry", file: file) { settings.maxDelay = most }
        guard settings.maxDelay >= settings.firstDelay else {
            throw .invalidValue(file: file, key: "outbox.max_retry", value: ConfigurationPrinter.quoted(WallClockDuration.text(settings.maxDelay)),
                                expected: "at least outbox.first_retry (\(WallClockDuration.text(settings.firstDelay)))")
        }
        for (provider, allowed) in providerKeys.sorted(by: { $0.key < $1.key }) {
            guard let value = section[provider] else { continue }
            guard let table = value.table else {
                throw .invalidValue(file: file, key: "outbox.\(provider)", value: "\(value)", expected: "a table: outbox.\(provider).KEY = ...")
            }
            for key in table.keys where !allowed.contains(key) {
                throw .unknownSetting(file: file, key: "outbox.\(provider).\(key)", known: allowed.sorted().map { "outbox.\(provider).\($0)" })
            }
            let prefix = "outbox.\(provider)."
            switch provider {
            case "twilio":
                settings.twilio.accountSID = try string(table["account_sid"], key: prefix + "account_sid", file: file)
                settings.twilio.from = try string(table["from"], key: prefix + "from", file: file)
                if let base = try url(table["base_url"], key: prefix + "base_url", file: file) { settings.twilio.baseURL = base }
            case "meta":
                settings.meta.whatsappPhoneNumberID = try string(table["whatsapp_phone_number_id"], key: prefix + "whatsapp_phone_number_id", file: file)
                if let base = try url(table["graph_url"], key: prefix + "graph_url", file: file) { settings.meta.graphURL = base }
                if let version = try string(table["graph_version"], key: prefix + "graph_version", file: file) {
                    settings.meta.graphVersion = version
                }
            default:
                if let base = try url(table["base_url"], key: prefix + "base_url", file: file) { settings.x.baseURL = base }
            }
        }
        return settings
    }

    /// "Name <address>" or a bare address.
    static func mailbox(_ text: String) -> EmailAddress? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let open = trimmed.lastIndex(of: "<"), trimmed.hasSuffix(">") {
            let address = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]).trimmingCharacters(in: .whitespaces)
            var name = String(trimmed[..<open]).trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 { name = String(name.dropFirst().dropLast()) }
            return Self.isAddress(address) ? EmailAddress(name: name.isEmpty ? nil : name, address: address) : nil
        }
        return Self.isAddress(trimmed) ? EmailAddress(address: trimmed) : nil
    }

    private static func isAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" })
    }

    private static func command(_ value: any TOMLValueConvertible, file: String) throws(ConfigurationError) -> [String] {
        let words: [String]
        if let text = value.string {
            words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        } else if let array = value.array {
            words = array.compactMap(\.string)
            guard words.count == array.count else {
                throw .invalidValue(file: file, key: "outbox.sendmail", value: "\(value)", expected: "a command line, or an array of strings")
            }
        } else {
            throw .invalidValue(file: file, key: "outbox.sendmail", value: "\(value)", expected: "a command line, or an array of strings")
        }
        guard let first = words.first, !first.isEmpty else {
            throw .invalidValue(file: file, key: "outbox.sendmail", value: "\(value)", expected: "a command, e.g. \"/usr/sbin/sendmail -t -oi\"")
        }
        return words
    }

    private static func string(_ value: (any TOMLValueConvertible)?, key: String, file: String) throws(ConfigurationError) -> String? {
        guard let value else { return nil }
        guard let text = value.string?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            throw .invalidValue(file: file, key: key, value: "\(value)", expected: "a non-empty string in quotes")
        }
        return text
    }

    private static func url(_ value: (any TOMLValueConvertible)?, key: String, file: String) throws(ConfigurationError) -> String? {
        guard let text = try string(value, key: key, file: file) else { return nil }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme), url.host != nil else {
            throw .invalidValue(file: file, key: key, value: ConfigurationPrinter.quoted(text), expected: "an http:// or https:// URL")
        }
        return text
    }
}
