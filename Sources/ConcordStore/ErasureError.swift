import ConversationEngine

/// Why a customer was not erased, phrased so the user knows what to do instead; nothing was
/// changed.
public enum ErasureError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Only supervisors and admins erase customers (an erasure cannot be undone).
    case notAllowed(login: String, role: Agent.Role)
    /// The customer was merged into another, who holds their identities and conversations now.
    case merged(CustomerID, into: CustomerID, merge: Int64?)
    /// The erasure committed (`report` says what went), but clearing the store's files of the
    /// deleted rows afterwards failed; `Store.reclaimErasedSpace` (`concord customers erase
    /// --reclaim`) tries again.
    case notReclaimed(CustomerID, report: ErasureReport, reason: String)

    public var description: String {
        switch self {
        case .notAllowed(let login, let role):
            "\(login) is \(role == .supervisor ? "a" : "an") \(role.rawValue); erasing a customer takes the supervisor or admin role."
        case .merged(let customer, let survivor, let merge):
            "Customer \(customer) was merged into customer \(survivor), which holds its data now: erase customer \(survivor)"
                + (merge.map { ", or undo merge \($0) first (`concord customers split --undo \($0)`)" } ?? "") + "."
        case .notReclaimed(let customer, let report, let reason):
            "Erased customer \(customer) (\(report.detail)), but the store's files may still hold copies of the deleted rows: "
                + "\(reason). Run `concord customers erase --reclaim` to clear them."
        }
    }
}
