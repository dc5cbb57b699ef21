import ConcordStore
import ConversationEngine

/// The payload of the `concord_changes` notification a write transaction sends as it commits:
/// `*` (anything), `p` (presence only) or `c:` and the customer ids (`c:12,40,7`). PostgreSQL
/// limits a payload to 8,000 bytes; a change naming more customers than fit says `*`. An
/// empty or unknown payload (an older Concord) reads as anything.
enum PostgresChangeNotification {
    static let maximumPayload = 7_900

    static func payload(for change: StoreChange) -> String {
        guard let customers = change.customers else { return "*" }
        if customers.isEmpty { return change.presence ? "p" : "*" }
        // Presence changes travel alone (`PostgresStore.reportPresence`); with customers, say anything.
        if change.presence { return "*" }
        let payload = "c:" + customers.map(\.rawValue).sorted().map(String.init).joined(separator: ",")
        return payload.utf8.count <= maximumPayload ? payload : "*"
    }

    static func change(from payload: String) -> StoreChange {
        if payload == "p" { return .presence }
        guard payload.hasPrefix("c:") else { return .anything }
        var customers: Set<CustomerID> = []
        for part in payload.dropFirst(2).split(separator: ",") {
            guard let id = Int64(part) else { return .anything }
            customers.insert(CustomerID(id))
        }
        return customers.isEmpty ? .anything : .customers(customers)
    }
}
