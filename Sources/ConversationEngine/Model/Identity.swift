/// One way to recognise a customer: an email address, a phone number, a social handle or an
/// id in another system. Values are always normalised (see `IdentityNormalizer`) so that
/// lookups are exact matches.
public struct Identity: Codable, Sendable, Hashable, CustomStringConvertible {
    public var kind: IdentityKind
    /// The social platform or external system; empty for email and phone.
    public var platform: String
    public var value: String

    public init(kind: IdentityKind, platform: String = "", value: String) {
        self.kind = kind
        self.platform = platform
        self.value = value
    }

    /// A normalised email identity, or nil when the text is not an address.
    public static func email(_ address: String) -> Identity? {
        IdentityNormalizer.email(address).map { Identity(kind: .email, value: $0) }
    }

    /// A normalised E.164 phone identity, or nil when the text holds no usable number.
    /// - Parameter region: the ISO 3166 region used to read national numbers ("KR": 010-… -> +8210…).
    public static func phone(_ number: String, region: String? = nil) -> Identity? {
        IdentityNormalizer.phone(number, region: region).map { Identity(kind: .phone, value: $0) }
    }

    /// A normalised social handle on a platform (lower-cased, without the leading "@").
    public static func handle(_ handle: String, on platform: Channel) -> Identity? {
        IdentityNormalizer.handle(handle).map { Identity(kind: .handle, platform: platform.rawValue, value: $0) }
    }

    /// An id in another system, kept exactly (ids are case-sensitive).
    public static func external(_ id: String, system: String) -> Identity? {
        let trimmed = id.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : Identity(kind: .external, platform: system.lowercased(), value: trimmed)
    }

    public var description: String {
        switch kind {
        case .email, .phone: value
        case .handle: "\(platform):@\(value)"
        case .external: "\(platform):\(value)"
        }
    }
}
