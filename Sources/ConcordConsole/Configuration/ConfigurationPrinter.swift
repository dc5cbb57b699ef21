import ConcordTerminal

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
