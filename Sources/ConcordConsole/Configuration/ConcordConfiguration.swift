import Foundation
import ConcordStore

/// Every option Concord reads from `$XDG_CONFIG_HOME/concord/config.toml`, each with a
/// default, so a new agent can start with no file at all.
///
/// ```toml
/// [agent]
/// login = "dana"
/// name = "Dana Lee"
///
/// [store]
/// path = "/srv/concord/concord.sqlite"
///
/// [ui]
/// theme = "light"
/// borders = "ascii"
/// queue_order = "wait"
///
/// [keys.queue]
/// "<C-n>" = "next"
/// ```
public struct ConcordConfiguration: Sendable, Hashable {
    /// The agent's login; the console shows it and later features assign work by it.
    public var agentLogin: String
    public var agentName: String
    /// The store path from the file; `--db` and `CONCORD_DB` take precedence.
    public var storePath: String?
    public var theme: String
    /// ASCII borders for terminals or fonts without box-drawing characters.
    public var asciiBorders: Bool
    public var queueOrder: QueueQuery.Ordering
    /// Key binding overrides: context -> key notation -> command.
    public var keyOverrides: [String: [String: String]]
    /// The file this configuration came from, if any.
    public var sourceFile: String?

    public init(agentLogin: String, agentName: String, storePath: String? = nil, theme: String = "default",
                asciiBorders: Bool = false, queueOrder: QueueQuery.Ordering = .dueFirst,
                keyOverrides: [String: [String: String]] = [:], sourceFile: String? = nil) {
        self.agentLogin = agentLogin
        self.agentName = agentName
        self.storePath = storePath
        self.theme = theme
        self.asciiBorders = asciiBorders
        self.queueOrder = queueOrder
        self.keyOverrides = keyOverrides
        self.sourceFile = sourceFile
    }

    /// The defaults, with the agent named after the Unix user.
    public static func defaults(environment: [String: String] = ProcessInfo.processInfo.environment) -> ConcordConfiguration {
        let user = environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "agent"
        return ConcordConfiguration(agentLogin: user, agentName: user)
    }

    /// `$XDG_CONFIG_HOME/concord/config.toml`, or `~/.config/concord/config.toml`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        (configDirectory(environment: environment) as NSString).appendingPathComponent("config.toml")
    }

    /// `$XDG_CONFIG_HOME/concord`, or `~/.config/concord`; user themes live in `themes/` under it.
    public static func configDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return (xdg as NSString).appendingPathComponent("concord")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".config/concord")
    }
}
