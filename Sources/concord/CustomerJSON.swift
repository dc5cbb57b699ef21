import ConcordStore
import ConversationEngine
import Foundation

/// The JSON shapes of `concord customers … --json`.
enum CustomerJSON {
    static func object(_ customer: Customer, identities: [Identity]) -> [String: Any] {
        var object: [String: Any] = [
            "id": customer.id.rawValue, "name": customer.name.displayName, "address": CustomerAddressing.address(customer),
            "language": customer.language.rawValue, "loyalty": customer.loyalty.rawValue,
            "identities": identities.map { identity -> [String: Any] in
                var entry: [String: Any] = ["kind": identity.kind.rawValue, "value": identity.value]
                if !identity.platform.isEmpty { entry["platform"] = identity.platform }
                return entry
            },
        ]
        object["time_zone"] = customer.timeZone
        object["customer_since"] = customer.customerSince.map(iso)
        return object
    }

    static func suggestion(_ suggestion: MergeSuggestion) -> [String: Any] {
        ["id": suggestion.id, "customer_a": suggestion.customerA.rawValue, "customer_b": suggestion.customerB.rawValue,
         "score": suggestion.score, "evidence": suggestion.evidence, "state": suggestion.state.rawValue]
    }

    static func iso(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}

/// Prints JSON objects one per line with sorted keys, as every `--json` flag does.
enum JSONLines {
    static func print(_ object: [String: Any]) throws {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        Swift.print(String(decoding: data, as: UTF8.self))
    }
}
