import ConcordTerminal
import ConversationEngine

/// Renders the configuration in force as a commented TOML file: what `concord config
/// --print` shows, and a starting point to copy into `config.toml`.
public enum ConfigurationPrinter {
    public static func toml(_ configuration: ConcordConfiguration, storePath: String, keymap: Keymap, themes: [String]) -> String {
        var text = "# Concord configuration in force"
        text += configuration.sourceFile.map { " (from \($0))\n" } ?? " (defaults; no config file)\n"
        text += "\n[agent]\nlogin = \(quoted(configuration.agentLogin))\nname = \(quoted(configuration.agentName))\n"
        text += "\n[store]\n# --db and CONCORD_DB take precedence over this.\npath = \(quoted(storePath))\n"
        text += "\n[ui]\n# Available: \(themes.joined(separator: ", "))\ntheme = \(quoted(configuration.theme))\n"
        text += "borders = \(quoted(configuration.asciiBorders ? "ascii" : "unicode"))\n"
        text += "queue_order = \(quoted(configuration.queueOrder.rawValue))  # due, priority, wait, recent\n"
        text += "bidi = \(quoted(configuration.bidiMode.rawValue))  # reorder; terminal when the terminal does bidi itself (mlterm)\n"
        text += "\n[identity]\n"
        text += configuration.defaultRegion.map { "default_region = \(quoted($0))\n" }
            ?? "# default_region = \"KR\"  # reads national phone numbers; unset accepts only +country numbers\n"
        text += "plus_addressing = \(configuration.ignoresPlusAddressing)\n"
        text += "provider_rules = \(configuration.appliesProviderRules)\n"
        text += "\n[channels]\n# Messages from these are the company's own (outbound).\n"
        text += "own_email = [\(configuration.ownEmailAddresses.map(quoted).joined(separator: ", "))]\n"
        text += "own_phones = [\(configuration.ownPhoneNumbers.map(quoted).joined(separator: ", "))]\n"
        let handles = configuration.ownHandles.keys.sorted().map { platform in
            "\(platform) = [\(configuration.ownHandles[platform, default: []].map(quoted).joined(separator: ", "))]"
        }
        text += "own_handles = { \(handles.joined(separator: ", ")) }\n"
        text += configuration.callRecordTimeZone.map { "call_time_zone = \(quoted($0))\n" }
            ?? "# call_time_zone = \"Asia/Seoul\"  # for call records without a zone; UTC when unset\n"
        text += "\n[routing]\n# Gives each waiting, unassigned conversation to an available agent of its team who reads its language.\n"
        text += "enabled = \(configuration.routing != nil)\n"
        text += "strategy = \(quoted((configuration.routing ?? ConversationRouter()).strategy.rawValue))  # least-load or round-robin\n"
        text += "any_language = \(configuration.routing?.fallsBackToAnyLanguage ?? false)  # true: anyone available when nobody reads it\n"
        text += "\n[roles]\n# Agents are agents unless named here or given a role in the store (concord agents set LOGIN --role).\n"
        text += "supervisors = [\(configuration.roles.filter { $0.value == .supervisor }.keys.sorted().map(quoted).joined(separator: ", "))]\n"
        text += "admins = [\(configuration.roles.filter { $0.value == .admin }.keys.sorted().map(quoted).joined(separator: ", "))]\n"
        text += slaSection(configuration.slaPolicies)
        text += automationSections(acknowledgements: configuration.acknowledgements, followUps: configuration.followUps)
        text += outboxSection(configuration.delivery)
        for context in keymap.contextNames {
            let bindings = keymap.bindings(in: context)
            guard !bindings.isEmpty else { continue }
            text += "\n[keys.\(context)]\n"
            for binding in bindings {
                text += "\(quoted(binding.key.notation)) = \(quoted(binding.command))\n"
            }
        }
        return text
    }

    static func quoted(_ value: String) -> String {
        var escaped = ""
        for character in value {
            switch character {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            default: escaped.append(character)
            }
        }
        return "\"\(escaped)\""
    }
}
