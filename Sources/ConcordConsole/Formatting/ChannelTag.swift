import ConversationEngine

/// Two-letter channel tags. Letters rather than emoji: they are one column wide in every
/// terminal and font, readable in monochrome, and do not depend on emoji width tables.
public enum ChannelTag {
    public static func tag(_ channel: Channel) -> String {
        switch channel {
        case .email: "EM"
        case .chat: "CH"
        case .phone: "PH"
        case .sms: "SM"
        case .x: "X "
        case .facebook: "FB"
        case .instagram: "IG"
        case .whatsapp: "WA"
        case .telegram: "TG"
        case .note: "NT"
        }
    }

    /// The theme style for a channel: every social network shares `channel.social`.
    public static func styleName(_ channel: Channel) -> String {
        switch channel {
        case .email: "channel.email"
        case .chat: "channel.chat"
        case .phone: "channel.phone"
        case .sms: "channel.sms"
        case .note: "channel.note"
        case .x, .facebook, .instagram, .whatsapp, .telegram: "channel.social"
        }
    }
}
