import ConversationEngine
import Foundation

/// How promises appear in JSON output (`customers show`, `promises`).
enum PromiseJSON {
    static func object(_ promise: Promise, at now: Date) -> [String: Any] {
        var entry: [String: Any] = ["id": promise.id.rawValue, "conversation": promise.conversationID.rawValue,
                                    "customer": promise.customerID.rawValue, "text": promise.text, "kind": promise.kind.rawValue,
                                    "made_at": CustomerJSON.iso(promise.madeAt), "due_at": CustomerJSON.iso(promise.dueAt),
                                    "state": promise.state(at: now).rawValue]
        entry["closed_at"] = promise.closedAt.map(CustomerJSON.iso)
        entry["message"] = promise.messageID?.rawValue
        return entry
    }
}
