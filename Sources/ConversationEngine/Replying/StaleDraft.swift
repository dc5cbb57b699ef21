import Foundation

/// What happened in a conversation after an agent began a reply: the customer wrote again, or a
/// colleague answered or left a note. Sending over it blindly is how a customer gets two
/// contradicting answers, or an answer to a question they have since taken back, so a reply
/// whose draft is stale is held and the agent is shown what changed.
///
/// Concord's own automatic messages (acknowledgements, follow-ups) and the agent's own earlier
/// replies do not make a draft stale: the agent has nothing new to read in them.
public struct StaleDraft: Sendable, Hashable {
    /// The messages that arrived after the draft's basis and matter to its author, oldest first.
    public let newer: [Message]

    /// The messages after `basis` (in any order) that `sender` has not seen, or nil when none
    /// of them matters and the reply can go.
    public init?(after basis: MessageID, messages: [Message], sender: Author) {
        let newer = messages
            .filter { $0.id > basis && Self.matters($0, to: sender) }
            .sorted { ($0.id) < ($1.id) }
        guard !newer.isEmpty else { return nil }
        self.newer = newer
    }

    /// The latest of the newer messages: the basis of a draft whose author has now read them.
    public var latest: MessageID { newer[newer.count - 1].id }

    /// One sentence for the prompt: "The customer wrote again by SMS and Dana Lee replied by
    /// email since you began this reply." (A customer's author name is often just their number.)
    public var summary: String {
        var parts: [String] = []
        var seen = Set<String>()
        for message in newer {
            let part: String
            switch message.direction {
            case .inbound: part = "The customer wrote again by \(message.channel.label)"
            case .outbound: part = "\(Self.name(message.author, or: "A colleague")) replied by \(message.channel.label)"
            case .internal: part = "\(Self.name(message.author, or: "A colleague")) added a note"
            }
            if seen.insert(part).inserted { parts.append(part) }
        }
        let joined = parts.count <= 2 ? parts.joined(separator: " and ")
            : parts.dropLast().joined(separator: ", ") + " and " + parts[parts.count - 1]
        return joined + " since you began this reply."
    }

    private static func matters(_ message: Message, to sender: Author) -> Bool {
        switch message.author.kind {
        case .customer: return true
        case .system: return false
        case .agent: return !isSame(message.author, sender)
        }
    }

    private static func isSame(_ author: Author, _ sender: Author) -> Bool {
        if let a = author.agentID, let b = sender.agentID { return a == b }
        return author.name == sender.name
    }

    private static func name(_ author: Author, or fallback: String) -> String {
        let name = Whitespace.collapsed(author.name)
        return name.isEmpty ? fallback : name
    }
}
