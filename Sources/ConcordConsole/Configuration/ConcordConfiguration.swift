import ConcordChannels
import Foundation
import ConcordStore
import ConcordTerminal
import ConversationEngine

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
/// bidi = "terminal"
///
/// [identity]
/// default_region = "KR"
/// plus_addressing = true
/// provider_rules = true
///
/// [channels]
/// own_email = ["support@example.com"]
/// own_phones = ["+82 2-1234-5678"]
/// own_handles = { x = ["acme_help"] }
/// call_time_zone = "Asia/Seoul"
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
    /// Who puts Persian (right-to-left) text into display order: Concord (`reorder`, the
    /// default, right for almost every terminal) or a terminal that does bidi itself
    /// (`terminal`: mlterm, Konsole with bidi on), which would otherwise undo it.
    public var bidiMode: BidiMode
    /// Key binding overrides: context -> key notation -> command.
    public var keyOverrides: [String: [String: String]]
    /// ISO 3166 region national phone numbers are read in ("KR": 010-… is +8210…).
    public var defaultRegion: String?
    /// "ann+tag@x" is "ann@x".
    public var ignoresPlusAddressing: Bool
    /// Gmail dots and googlemail.com.
    public var appliesProviderRules: Bool
    /// The company's own addresses, numbers and handles: messages from them are outbound.
    public var ownEmailAddresses: [String]
    public var ownPhoneNumbers: [String]
    /// Platform (x, facebook, instagram, telegram, whatsapp) -> the company's handles there.
    public var ownHandles: [String: [String]]
    /// The IANA time zone of call records that carry local times without a zone (Asterisk,
    /// FreeSWITCH); UTC when unset.
    public var callRecordTimeZone: String?
    /// SLA policies, business calendars and team calendars (`[sla]`); DOMAIN.md's figures by default.
    public var slaPolicies: SLAPolicyBook
    /// Automatic acknowledgements of new conversations (`[acknowledgements]`); on for live traffic by default.
    public var acknowledgements: AcknowledgementSettings
    /// Follow-ups and satisfaction surveys after a resolution (`[follow_ups]`); a day later by default.
    public var followUps: FollowUpSettings
    /// How the outbox is delivered (`[outbox]`): sendmail, provider accounts, retries.
    public var delivery = DeliverySettings()
    /// Automatic assignment of waiting conversations (`[routing]`); off by default.
    public var routing: ConversationRouter?
    /// Roles given by the configuration (`[roles] supervisors = [...]`, `admins = [...]`) by
    /// login; they win over the role the store has for the agent.
    public var roles: [String: Agent.Role] = [:]
    /// Saved queue views (`[views.NAME]`), after the built-in all, mine and unassigned.
    public var views: [SavedView] = []
    /// The view the console opens on (`[ui] view`); nil: all.
    public var initialView: String?
    /// The file this configuration came from, if any.
    public var sourceFile: String?

    public init(agentLogin: String, agentName: String, storePath: String? = nil, theme: String = "default",
                asciiBorders: Bool = false, queueOrder: QueueQuery.Ordering = .dueFirst,
                keyOverrides: [String: [String: String]] = [:], sourceFile: String? = nil, defaultRegion: String? = nil,
                ignoresPlusAddressing: Bool = true, appliesProviderRules: Bool = true, ownEmailAddresses: [String] = [],
                ownPhoneNumbers: [String] = [], ownHandles: [String: [String]] = [:]) {
        self.agentLogin = agentLogin
        self.agentName = agentName
        self.storePath = storePath
        self.theme = theme
        self.asciiBorders = asciiBorders
        self.queueOrder = queueOrder
        self.bidiMode = .reorder
        self.keyOverrides = keyOverrides
        self.sourceFile = sourceFile
        self.defaultRegion = defaultRegion
        self.ignoresPlusAddressing = ignoresPlusAddressing
        self.appliesProviderRules = appliesProviderRules
        self.ownEmailAddresses = ownEmailAddresses
        self.ownPhoneNumbers = ownPhoneNumbers
        self.ownHandles = ownHandles
        self.callRecordTimeZone = nil
        self.slaPolicies = .standard
        self.acknowledgements = AcknowledgementSettings()
        self.followUps = FollowUpSettings()
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
