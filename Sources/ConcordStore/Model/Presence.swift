import Foundation
import ConversationEngine

/// Another agent's console showing a conversation: who, where, doing what, and when their
/// console last said so. The console shows it so that two agents do not answer the same
/// customer twice, on the same channel or another one.
///
/// Each console reports its agent's focus every few seconds (a heartbeat); a report older
/// than `Presence.freshness` is from a console that was closed or lost its connection and is
/// not shown.
public struct Presence: Sendable, Hashable, Codable {
    public enum Activity: String, Sendable, Hashable, Codable, CaseIterable {
        /// The conversation is on their screen.
        case viewing
        /// They are writing a reply to it (a draft is open).
        case drafting
    }

    public var agent: AgentID
    public var login: String
    public var name: String
    public var conversation: ConversationID
    /// The conversation's channel (where the customer wrote).
    public var channel: Channel
    public var activity: Activity
    public var seenAt: Date

    public init(agent: AgentID, login: String, name: String, conversation: ConversationID, channel: Channel,
                activity: Activity, seenAt: Date) {
        self.agent = agent
        self.login = login
        self.name = name
        self.conversation = conversation
        self.channel = channel
        self.activity = activity
        self.seenAt = seenAt
    }

    /// How often a console reports its agent's focus while it stays the same.
    public static let heartbeat: TimeInterval = 10
    /// Reports older than this are not shown: three heartbeats missed.
    public static let freshness: TimeInterval = 30
}
