/// Something on an event that might tie its customer to another one, for the store to look
/// up once the event is stored. Found by the planner, resolved by the store, judged by a person.
public enum EvidenceProbe: Sendable, Hashable {
    /// A phone number (E.164) written in the message text.
    case phoneInText(String)
    /// A new customer's name and the company domain of their email address.
    case nameAtCompanyDomain(name: String, domain: String)
}
