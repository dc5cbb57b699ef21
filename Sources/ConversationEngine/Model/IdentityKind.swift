/// What sort of address an identity is. A phone number is one kind whatever carries it, so the
/// same number on SMS, calls and WhatsApp resolves to one customer.
public enum IdentityKind: String, Codable, Sendable, CaseIterable, Hashable {
    /// An email address, lower-cased.
    case email
    /// A phone number in E.164 ("+821012345678").
    case phone
    /// A handle on a social platform; `Identity.platform` names the platform.
    case handle
    /// An id in another system (a chat visitor id, a CRM id); `Identity.platform` names the system.
    case external
}
