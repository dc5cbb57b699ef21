/// Every way a customer can reach the company, plus internal notes.
///
/// The raw values are stable: they are stored in the database and used in config files.
public enum Channel: String, Codable, Sendable, CaseIterable, Hashable {
    case email, chat, phone, sms, x, facebook, instagram, whatsapp, telegram, note

    /// Social networks, where a complaint may be public and expectations are measured in minutes.
    public var isSocial: Bool {
        switch self {
        case .x, .facebook, .instagram, .whatsapp, .telegram: true
        default: false
        }
    }

    /// Channels that carry a conversation thread of their own (subject lines, headers).
    public var hasSubjects: Bool { self == .email }

    /// A short human label for lists and the customer card.
    public var label: String {
        switch self {
        case .email: "Email"
        case .chat: "Chat"
        case .phone: "Phone"
        case .sms: "SMS"
        case .x: "X"
        case .facebook: "Facebook"
        case .instagram: "Instagram"
        case .whatsapp: "WhatsApp"
        case .telegram: "Telegram"
        case .note: "Note"
        }
    }
}
