import ConversationEngine
import Foundation

/// Collects what a payload says about the customer into `CustomerHints`: identities in the
/// order given (the first is the one the message came from), without duplicates, and a name
/// hint only when it is a name (callers ID "01012345678" or an email address is not).
struct CustomerHintsBuilder: Sendable {
    /// Names longer than this are cut: a display name is never a paragraph.
    static let maximumNameLength = 120

    private(set) var identities: [Identity] = []
    private(set) var name: PersonName?
    var language: Language?
    var timeZone: String?

    init() {}

    /// Adds `identity` unless it is nil or already present.
    mutating func add(_ identity: Identity?) {
        guard let identity, !identities.contains(identity) else { return }
        identities.append(identity)
    }

    /// Sets the name hint from a display name, unless one is set already or `raw` is not a name.
    mutating func setName(_ raw: String?) {
        guard name == nil, let raw, let cleaned = Self.cleanName(raw) else { return }
        name = PersonNameParser.parse(cleaned, language: language)
    }

    var isEmpty: Bool { identities.isEmpty }

    var hints: CustomerHints {
        CustomerHints(identities: identities, name: name, language: language, timeZone: timeZone)
    }

    /// The trimmed name, or nil when it is empty, a phone number, an email address, a
    /// placeholder such as "anonymous" or "Unknown", or text whose encoding was broken (U+FFFD).
    static func cleanName(_ raw: String) -> String? {
        var text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.count > maximumNameLength { text = String(text.prefix(maximumNameLength)) }
        guard !text.isEmpty, !text.contains("\u{FFFD}") else { return nil }
        if text.allSatisfy({ $0.isNumber || " +-().#*".contains($0) }) { return nil }
        if IdentityNormalizer.email(text) != nil { return nil }
        let placeholders: Set<String> = ["anonymous", "unknown", "unavailable", "private", "restricted", "wireless caller", "null"]
        if placeholders.contains(text.lowercased()) { return nil }
        return text
    }
}
