import Foundation
import ConversationEngine

/// A follow-up task: after a resolution, ask the customer whether the fix worked (and how
/// satisfied they are), on the channel they can best be reached on, once the delay is over.
public struct FollowUp: Sendable, Hashable, Identifiable {
    public enum State: String, Sendable, Hashable, CaseIterable, Codable {
        /// Waiting for its due time.
        case scheduled
        /// Due and queued in the outbox.
        case queued
        /// The customer answered the survey.
        case answered
        /// The customer wrote again (the case reopened) before it was due.
        case cancelled
        /// Due, but the customer has no address it could go to.
        case unreachable
    }

    public var id: Int64
    public var conversationID: ConversationID
    public var customerID: CustomerID
    /// Where the case was solved.
    public var fixChannel: Channel
    /// Where the follow-up goes, when known.
    public var channel: Channel?
    public var recipient: Identity?
    public var resolvedAt: Date
    public var dueAt: Date
    public var state: State
    /// The token of the survey's one-click links; nil without a survey.
    public var surveyToken: String?
    /// Who had the case when it was resolved: the agent the rating counts for.
    public var agentID: AgentID?
    /// When it was queued in the outbox.
    public var queuedAt: Date?
    /// Why it was cancelled or could not be sent.
    public var reason: String?

    public init(id: Int64, conversationID: ConversationID, customerID: CustomerID, fixChannel: Channel, channel: Channel?,
                recipient: Identity?, resolvedAt: Date, dueAt: Date, state: State, surveyToken: String?, agentID: AgentID?,
                queuedAt: Date?, reason: String?) {
        self.id = id
        self.conversationID = conversationID
        self.customerID = customerID
        self.fixChannel = fixChannel
        self.channel = channel
        self.recipient = recipient
        self.resolvedAt = resolvedAt
        self.dueAt = dueAt
        self.state = state
        self.surveyToken = surveyToken
        self.agentID = agentID
        self.queuedAt = queuedAt
        self.reason = reason
    }

    public func isDue(at now: Date) -> Bool { state == .scheduled && dueAt <= now }
}
