import ConcordStore
import ConversationEngine

/// Which conversations the queue shows: the part of a view an agent changes all shift long
/// ("only SMS and chat", "mine", "Korean customers"). Empty means every active conversation.
///
/// The words are the same on the command line (`:filter channel=sms,chat mine`) and in a saved
/// view in the config, so what an agent learns in one place works in the other.
public struct QueueFilter: Sendable, Hashable {
    /// Whose conversations.
    public enum Assignment: String, Sendable, Hashable, CaseIterable {
        case anyone, mine, unassigned
    }

    public var channels: Set<Channel>?
    /// nil: every active status (new, open, pending).
    public var statuses: Set<ConversationStatus>?
    public var languages: Set<Language>?
    /// The team's queue name ("billing").
    public var team: String?
    public var assignment: Assignment = .anyone
    /// Conversations with any of these tags.
    public var tags: Set<String>?

    public init(channels: Set<Channel>? = nil, statuses: Set<ConversationStatus>? = nil, languages: Set<Language>? = nil,
                team: String? = nil, assignment: Assignment = .anyone, tags: Set<String>? = nil) {
        self.channels = channels
        self.statuses = statuses
        self.languages = languages
        self.team = team
        self.assignment = assignment
        self.tags = tags
    }

    public static let none = QueueFilter()

    public var isEmpty: Bool { self == .none }

    /// Narrows a queue query. `agent` is the signed-in agent ("mine"); without one, "mine" matches nothing
    /// rather than everything.
    public func apply(to query: inout QueueQuery, agent: AgentID?) {
        if let statuses { query.statuses = statuses }
        query.channels = channels
        query.languages = languages
        query.queueName = team
        query.tags = tags
        switch assignment {
        case .anyone:
            query.assignee = nil
            query.unassignedOnly = false
        case .mine:
            query.assignee = agent ?? AgentID(-1)
            query.unassignedOnly = false
        case .unassigned:
            query.assignee = nil
            query.unassignedOnly = true
        }
    }

    /// "sms,chat · open · ko · mine": shown in the header, short enough for 80 columns.
    public var summary: String {
        var parts: [String] = []
        if let channels { parts.append(channels.map(\.rawValue).sorted().joined(separator: ",")) }
        if let statuses { parts.append(statuses.map(\.label).sorted().joined(separator: ",")) }
        if let languages { parts.append(languages.map(\.rawValue).sorted().joined(separator: ",")) }
        if let team { parts.append("team " + team) }
        if assignment != .anyone { parts.append(assignment.rawValue) }
        if let tags { parts.append(tags.sorted().map { "#" + $0 }.joined(separator: ",")) }
        return parts.joined(separator: " · ")
    }

    /// The words of `:filter` ("channel=sms,chat", "status=open", "lang=ko", "team=billing",
    /// "tag=vip", "mine", "unassigned", "anyone"), in any order; "all" or nothing clears it.
    public static func parse(_ words: [String]) throws(CommandLineError) -> QueueFilter {
        var filter = QueueFilter()
        for word in words {
            let lowered = word.lowercased()
            if lowered == "all" || lowered == "none" { continue }
            if let assignment = Assignment(rawValue: lowered) {
                filter.assignment = assignment
                continue
            }
            guard let equals = lowered.firstIndex(of: "=") else {
                throw .badArgument(verb: "filter", argument: word,
                                   expected: "key=value (channel, status, lang, team, tag) or mine, unassigned, anyone, all")
            }
            let key = String(lowered[..<equals])
            let values = lowered[lowered.index(after: equals)...].split(separator: ",").map(String.init)
            guard !values.isEmpty else {
                throw .badArgument(verb: "filter", argument: word, expected: "at least one value after \(key)=")
            }
            switch key {
            case "channel", "channels":
                filter.channels = Set(try values.map { (value) throws(CommandLineError) -> Channel in
                    guard let channel = Channel(rawValue: value) else {
                        throw .badArgument(verb: "filter", argument: value, expected: Channel.allCases.map(\.rawValue).joined(separator: ", "))
                    }
                    return channel
                })
            case "status", "statuses":
                filter.statuses = Set(try values.map { (value) throws(CommandLineError) -> ConversationStatus in
                    try StatusWord.parse(value, verb: "filter")
                })
            case "lang", "language", "languages":
                filter.languages = Set(try values.map { (value) throws(CommandLineError) -> Language in
                    guard let language = Language.allCases.first(where: { $0.rawValue == value }) else {
                        throw .badArgument(verb: "filter", argument: value, expected: Language.allCases.map(\.rawValue).joined(separator: ", "))
                    }
                    return language
                })
            case "team", "queue":
                filter.team = values.joined(separator: ",")
            case "tag", "tags":
                filter.tags = Set(values.compactMap(ConversationTags.normalized))
            default:
                throw .badArgument(verb: "filter", argument: key, expected: "channel, status, lang, team or tag")
            }
        }
        return filter
    }
}
