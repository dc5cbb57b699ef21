import ConversationEngine

/// The shape of one story: the channels it runs on.
enum DemoStoryKind: Sendable, Equatable {
    /// An email thread with replies.
    case email
    /// A live-chat session (later follow-ups by SMS).
    case chat
    case sms
    /// An answered call, then SMS; or a missed call and a voicemail.
    case phone
    /// Email, then phone (missed call, voicemail), then a third channel: one conversation
    /// across channels within a few days.
    case multichannel
    /// Direct messages on one platform.
    case socialDM(Channel)
    /// A public post, a public answer, then direct messages.
    case socialPublic(Channel)

    var opensByEmail: Bool { self == .email || self == .multichannel }

    var isSocial: Bool {
        switch self {
        case .socialDM, .socialPublic: true
        default: false
        }
    }

    /// Public stories open with a public answer inviting a private message (thanks excepted).
    func isPublicReplyFirst(topic: DemoTopic) -> Bool {
        if case .socialPublic = self { return topic != .thanks }
        return false
    }
}
