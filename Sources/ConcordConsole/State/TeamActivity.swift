import Foundation
import ConcordStore
import ConversationEngine

/// What the console knows of the colleagues around the agent: who else has the open
/// customer on screen (presence), what this console last told them, the supervisors' notes
/// already shown, and which customers' views are already in the audit log.
public struct TeamActivity: Sendable, Hashable {
    /// What this console shows now, as it reports it to the others.
    public struct Focus: Sendable, Hashable {
        public var conversation: ConversationID
        public var customer: CustomerID
        public var activity: Presence.Activity

        public init(conversation: ConversationID, customer: CustomerID, activity: Presence.Activity) {
            self.conversation = conversation
            self.customer = customer
            self.activity = activity
        }
    }

    /// The focus the runtime was last asked to report (nil: nothing open).
    public var requested: Focus?
    /// When it was asked (nil: never yet; the first tick asks).
    public var requestedAt: Date?
    /// Other agents on the open customer, on any of their conversations, newest first.
    public var others: [Presence] = []
    /// The customer `others` are about.
    public var othersCustomer: CustomerID?
    /// The newest broadcast seen (nil: none read yet).
    public var lastBroadcast: Int64?
    /// When each customer's view was last written to the audit log by this console.
    public var auditedViews: [CustomerID: Date] = [:]

    public init() {}

    /// A customer shown again within this long is not audited again (the cursor passing by twice).
    public static let auditInterval: TimeInterval = 600
    /// Broadcasts older than this when the console starts are not shown.
    public static let broadcastMemory: TimeInterval = 3600

    /// Whether showing `customer` at `now` should be written to the audit log.
    public func needsAudit(_ customer: CustomerID, at now: Date) -> Bool {
        auditedViews[customer].map { now.timeIntervalSince($0) >= Self.auditInterval } ?? true
    }

    /// The others on the open customer, in words for the timeline's title: "Mina writing",
    /// "Dana viewing #12 SMS" (another of the customer's conversations); empty when nobody.
    public func summary(focused: ConversationID?) -> String {
        others.map { presence in
            let doing = presence.activity == .drafting ? "writing" : "viewing"
            let whereabouts = presence.conversation == focused ? "" : " #\(presence.conversation) \(presence.channel.rawValue)"
            return "\(presence.name) \(doing)\(whereabouts)"
        }.joined(separator: ", ")
    }
}
