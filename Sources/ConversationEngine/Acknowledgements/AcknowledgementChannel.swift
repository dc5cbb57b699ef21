/// The kinds of channel an acknowledgement speaks differently on.
public enum AcknowledgementChannel: String, Sendable, Hashable, CaseIterable {
    case email, chat, sms, social, phone

    public init?(_ channel: Channel) {
        switch channel {
        case .email: self = .email
        case .chat: self = .chat
        case .sms: self = .sms
        case .phone: self = .phone
        case .x, .facebook, .instagram, .whatsapp, .telegram: self = .social
        case .note: return nil
        }
    }
}
