/// What is going on for a customer, as far as a reply should care: the key that ties
/// detection (from the message and its context) to the phrasebooks and the answer book.
///
/// The raw values are stable: phrasebook and answer files, JSON output and tests use them.
public enum SituationID: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    // From the customer's words.
    case deliveryDelay = "delivery_delay"
    case refundWait = "refund_wait"
    case defect
    case billingError = "billing_error"
    case repeatContact = "repeat_contact"
    case angry
    case confused
    case gratitude
    case cancellation
    // From the context: the channel, the clocks, the customer, the promise ledger.
    case publicComplaint = "public_complaint"
    case longWait = "long_wait"
    case loyalCustomer = "loyal_customer"
    case brokenPromise = "broken_promise"

    /// Whether the situation is read from the message's text (as opposed to its context).
    public var isFromText: Bool {
        switch self {
        case .deliveryDelay, .refundWait, .defect, .billingError, .repeatContact, .angry, .confused, .gratitude, .cancellation:
            true
        case .publicComplaint, .longWait, .loyalCustomer, .brokenPromise:
            false
        }
    }

    public static func < (lhs: SituationID, rhs: SituationID) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
