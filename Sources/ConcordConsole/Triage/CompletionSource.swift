import ConversationEngine

/// The words the command line can complete beyond its verbs: the team's agents, the themes
/// installed, the saved views. Loaded once when the console starts.
public struct CompletionSource: Sendable, Hashable {
    public var agentLogins: [String]
    public var themes: [String]
    public var views: [String]

    public init(agentLogins: [String] = [], themes: [String] = [], views: [String] = []) {
        self.agentLogins = agentLogins
        self.themes = themes
        self.views = views
    }

    /// The candidates for the word being typed, given the words before it.
    func candidates(verb: String?, argumentIndex: Int, prefix: String) -> [String] {
        let pool: [String]
        if let verb {
            switch verb {
            case "assign": pool = argumentIndex == 0 ? ["@me", "none"] + agentLogins.map { "@" + $0 } : []
            case "status": pool = argumentIndex == 0 ? StatusWord.completions : []
            case "theme": pool = argumentIndex == 0 ? themes : []
            case "priority": pool = argumentIndex == 0 ? Priority.allCases.map(\.label) : []
            case "reply": pool = argumentIndex == 0 ? Channel.allCases.filter { $0 != .note && $0 != .phone }.map(\.rawValue) : []
            case "view": pool = argumentIndex == 0 ? views : []
            case "order", "sort": pool = argumentIndex == 0 ? QueueOrderingWord.all : []
            case "filter":
                pool = ["mine", "unassigned", "anyone", "all"] + ["channel=", "status=", "lang=", "team=", "tag="]
                    + FilterValueWord.expansions(of: prefix)
            default: pool = []
            }
        } else {
            pool = CommandVerb.names
        }
        let lowered = prefix.lowercased()
        var seen = Set<String>()
        return pool.filter { $0.lowercased().hasPrefix(lowered) && seen.insert($0).inserted }
    }
}
