import ConversationEngine

/// An identity as one text column (both stores use it) ("email::ann@example.com", "handle:x:minji_k"), reversible,
/// for the message's customer identity and merge records.
public enum IdentityColumn {
    public static func encode(_ identity: Identity) -> String {
        "\(identity.kind.rawValue):\(identity.platform):\(identity.value)"
    }

    public static func decode(_ text: String) -> Identity? {
        let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let kind = IdentityKind(rawValue: String(parts[0])) else { return nil }
        return Identity(kind: kind, platform: String(parts[1]), value: String(parts[2]))
    }
}
