/// One mailbox from an address header: the display name as the sender wrote it (decoded from
/// RFC 2047, nil when there is none) and the address itself, exactly as given (not lower-cased:
/// normalising is the identity layer's job, see `Identity.email`).
public struct EmailAddress: Codable, Sendable, Hashable, CustomStringConvertible {
    public var name: String?
    public var address: String

    public init(name: String? = nil, address: String) {
        self.name = name
        self.address = address
    }

    public var description: String {
        guard let name, !name.isEmpty else { return address }
        return "\(name) <\(address)>"
    }
}
