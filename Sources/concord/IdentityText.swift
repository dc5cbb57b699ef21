import ConversationEngine

/// Reads an identity typed on the command line: "ann@example.com", "+82 10 1234 5678",
/// "x:@minji_k", "chat:visitor-77".
enum IdentityText {
    static func parse(_ text: String, region: String?) -> Identity? {
        if text.contains("@"), !text.contains(":"), let email = Identity.email(text) { return email }
        if let colon = text.firstIndex(of: ":") {
            let prefix = String(text[..<colon]).lowercased()
            let rest = String(text[text.index(after: colon)...])
            if let channel = Channel(rawValue: prefix), channel.isSocial { return Identity.handle(rest, on: channel) }
            if prefix == "email" { return Identity.email(rest) }
            if prefix == "phone" { return Identity.phone(rest, region: region) }
            return Identity.external(rest, system: prefix)
        }
        return Identity.phone(text, region: region)
    }
}
