import Foundation

/// How strictly addresses are compared, as the operator configures it (`[identity]` in
/// config.toml). Applied to every event before identity resolution, so one rule holds for
/// all sources.
public struct IdentityPolicy: Sendable, Hashable, Codable {
    /// "ann+orders@example.com" is "ann@example.com". Most providers deliver plus-addressed
    /// mail to the same mailbox, so customers who tag their addresses are still one person.
    public var ignoresPlusAddressing: Bool
    /// Provider rules: Gmail ignores dots in the local part and googlemail.com is gmail.com.
    public var appliesProviderRules: Bool

    public init(ignoresPlusAddressing: Bool = true, appliesProviderRules: Bool = true) {
        self.ignoresPlusAddressing = ignoresPlusAddressing
        self.appliesProviderRules = appliesProviderRules
    }

    public static let standard = IdentityPolicy()
    /// Exact addresses only (after lower-casing).
    public static let exact = IdentityPolicy(ignoresPlusAddressing: false, appliesProviderRules: false)

    /// The identity as this policy compares it.
    public func canonical(_ identity: Identity) -> Identity {
        guard identity.kind == .email,
              let at = identity.value.lastIndex(of: "@") else { return identity }
        // Most addresses need nothing changed: decided on the bytes, without building new strings
        // (this runs for every identity of every ingested event).
        let bytes = identity.value.utf8
        let localBytes = bytes[..<at], domainBytes = bytes[bytes.index(after: at)...]
        let plusMatters = ignoresPlusAddressing && localBytes.dropFirst().contains(UInt8(ascii: "+"))
        let providerMatters = appliesProviderRules
            && (domainBytes.elementsEqual("gmail.com".utf8) || domainBytes.elementsEqual("googlemail.com".utf8))
        if !plusMatters && !providerMatters && identity.platform.isEmpty { return identity }
        var local = String(identity.value[..<at])
        var domain = String(identity.value[identity.value.index(after: at)...])
        if ignoresPlusAddressing, let plus = local.firstIndex(of: "+"), plus != local.startIndex {
            local = String(local[..<plus])
        }
        if appliesProviderRules {
            if domain == "googlemail.com" { domain = "gmail.com" }
            if domain == "gmail.com" { local.removeAll { $0 == "." } }
        }
        return Identity(kind: .email, value: local + "@" + domain)
    }

    /// The event with every customer identity made canonical (duplicates removed, order kept).
    public func apply(to event: InboundEvent) -> InboundEvent {
        var copy = event
        let canonical = event.customer.identities.map(canonical)
        // Most events carry one identity: no set of what was seen is needed for it.
        guard canonical.count > 1 else {
            copy.customer.identities = canonical
            return copy
        }
        var seen = Set<Identity>()
        copy.customer.identities = canonical.filter { seen.insert($0).inserted }
        return copy
    }
}
