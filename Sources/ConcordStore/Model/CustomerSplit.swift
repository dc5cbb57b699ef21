import Foundation
import ConversationEngine

/// The rules of splitting identities off a customer (`StoreWriter.split`), the same in both
/// stores: what may be split off, what the new customer is called, which conversations go.
public enum CustomerSplit {
    /// - Throws: `StoreError.invalidMerge` unless `moving` is some, but not all, of the
    ///   identities `customer` `owned`.
    public static func check(_ customer: CustomerID, moving: Set<Identity>, owned: Set<Identity>) throws {
        guard !moving.isEmpty, moving.isSubset(of: owned) else {
            let missing = moving.subtracting(owned).map(\.description).sorted().joined(separator: ", ")
            throw StoreError.invalidMerge("customer \(customer) does not have the identities \(missing)")
        }
        guard moving != owned else { throw StoreError.invalidMerge("splitting off every identity would leave customer \(customer) empty") }
    }

    /// The new customer's name: the one they last wrote under from the identities split off,
    /// or else the first of those identities.
    public static func name(latestAuthorName: String?, moving: Set<Identity>) -> String {
        latestAuthorName ?? moving.map(\.description).sorted()[0]
    }

    /// Whether a conversation goes with the identities split off (`moving`, as the messages'
    /// `customer_identity` column holds them): every message from or to the customer came from
    /// one of them (`used` holds '' for a message without an identity).
    public static func takes(conversationUsing used: Set<String>, moving: Set<String>) -> Bool {
        !used.isEmpty && used.isSubset(of: moving)
    }
}
