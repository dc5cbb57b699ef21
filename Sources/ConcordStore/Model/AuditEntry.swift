import Foundation
import ConversationEngine

/// One row of the audit log: who did what to which customer or conversation, and when.
///
/// Subjects are named by kind and id only, and `detail` never holds personal data (no names,
/// addresses or message text), so the log can be kept, and shown to an auditor, after the
/// customer it speaks of was erased.
public struct AuditEntry: Sendable, Hashable, Codable {
    public enum Action: String, Sendable, Hashable, Codable, CaseIterable {
        /// A customer's card and timeline were shown (console) or printed (`customers show`).
        case viewCustomer = "view-customer"
        /// Customer data left Concord (`customers show --json`, `customers list --json`, `search --json`).
        case export
        case merge
        case undoMerge = "undo-merge"
        case split
        /// A conversation was given to an agent (or taken away) by someone else, or by routing.
        case reassign
        case changePriority = "change-priority"
        case moveQueue = "move-queue"
        case broadcast
        case erase
        /// Someone tried what their role does not allow (the supervisor screen, an export).
        case refused
    }

    public enum SubjectKind: String, Sendable, Hashable, Codable, CaseIterable {
        case customer, conversation, agent, team, store
    }

    public var id: Int64
    public var at: Date
    /// The login of whoever acted ("routing" for automatic assignment).
    public var actor: String
    public var role: Agent.Role
    public var action: Action
    public var subjectKind: SubjectKind
    public var subjectID: Int64?
    /// What else there is to say, without personal data ("to @mina", "3 conversations, 41 messages").
    public var detail: String

    public init(id: Int64, at: Date, actor: String, role: Agent.Role, action: Action, subjectKind: SubjectKind,
                subjectID: Int64?, detail: String) {
        self.id = id
        self.at = at
        self.actor = actor
        self.role = role
        self.action = action
        self.subjectKind = subjectKind
        self.subjectID = subjectID
        self.detail = detail
    }
}

/// An audit row to write: everything but the id the store gives it.
public struct AuditRecord: Sendable, Hashable {
    public var at: Date
    public var actor: String
    public var role: Agent.Role
    public var action: AuditEntry.Action
    public var subjectKind: AuditEntry.SubjectKind
    public var subjectID: Int64?
    public var detail: String

    public init(at: Date, actor: String, role: Agent.Role, action: AuditEntry.Action, subjectKind: AuditEntry.SubjectKind,
                subjectID: Int64?, detail: String = "") {
        self.at = at
        self.actor = actor
        self.role = role
        self.action = action
        self.subjectKind = subjectKind
        self.subjectID = subjectID
        self.detail = detail
    }

    /// An entry about a customer.
    public static func customer(_ id: CustomerID, _ action: AuditEntry.Action, by agent: Agent, at: Date,
                                detail: String = "") -> AuditRecord {
        AuditRecord(at: at, actor: agent.login, role: agent.role, action: action, subjectKind: .customer,
                    subjectID: id.rawValue, detail: detail)
    }

    /// An entry about a conversation.
    public static func conversation(_ id: ConversationID, _ action: AuditEntry.Action, by agent: Agent, at: Date,
                                    detail: String = "") -> AuditRecord {
        AuditRecord(at: at, actor: agent.login, role: agent.role, action: action, subjectKind: .conversation,
                    subjectID: id.rawValue, detail: detail)
    }
}
