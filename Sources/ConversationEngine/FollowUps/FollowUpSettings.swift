import Foundation

/// What happens after a conversation is resolved (`[follow_ups]`): a follow-up a while later
/// asking whether the fix worked, with a one-click satisfaction survey (DOMAIN principle 8).
///
/// ```toml
/// [follow_ups]
/// after = "1d"                 # wall-clock time after the resolution
/// survey = true
/// public_url = "https://support.example.com"   # email surveys get one-click links
///
/// [follow_ups.channel]
/// phone = "email"              # a phone fix is followed up by email
///
/// [follow_ups.delay]
/// chat = "4h"
/// ```
public struct FollowUpSettings: Sendable, Hashable {
    public var isEnabled: Bool
    /// The delay after a resolution, for channels without one of their own.
    public var after: TimeInterval
    /// Per fix channel delays.
    public var delays: [Channel: TimeInterval]
    /// The channel a fix on a channel is followed up on (phone -> email); the fix's own
    /// channel otherwise.
    public var channels: [Channel: Channel]
    /// Whether follow-ups carry the 1–5 satisfaction survey.
    public var survey: Bool
    /// Where the receiver serves one-click survey answers: email follow-ups link to
    /// `PUBLIC_URL/survey/TOKEN?score=N`.
    public var publicURL: String?
    /// How long after the survey went out an answer counts as one.
    public var surveyWindow: TimeInterval

    public init(isEnabled: Bool = true, after: TimeInterval = 86_400, delays: [Channel: TimeInterval] = [:],
                channels: [Channel: Channel] = Self.defaultChannels, survey: Bool = true, publicURL: String? = nil,
                surveyWindow: TimeInterval = 14 * 86_400) {
        self.isEnabled = isEnabled
        self.after = after
        self.delays = delays
        self.channels = channels
        self.survey = survey
        self.publicURL = publicURL
        self.surveyWindow = surveyWindow
    }

    /// A call or a chat ends with the session; an email reaches the customer the day after.
    public static let defaultChannels: [Channel: Channel] = [.phone: .email, .chat: .email]

    /// No follow-ups: what a store opened without configuration does.
    public static let off = FollowUpSettings(isEnabled: false)

    public func delay(after fix: Channel) -> TimeInterval {
        delays[fix] ?? after
    }

    /// The channels to try for the follow-up of a fix on `fix`, best first: the configured
    /// one, the fix's own (a call cannot carry text, so never phone), then email and SMS.
    public func candidateChannels(after fix: Channel) -> [Channel] {
        var order: [Channel] = []
        for channel in [channels[fix], fix, .email, .sms].compactMap({ $0 }) where channel != .phone && channel != .note {
            if !order.contains(channel) { order.append(channel) }
        }
        return order
    }

    /// Where a follow-up of a fix on `fix` goes: the first candidate channel the customer can
    /// be reached on, with the identity to write to; nil when there is none.
    /// - Parameter used: the identity the customer last used on each channel (a chat visitor id).
    public func route(after fix: Channel, identities: [Identity], used: [Channel: Identity] = [:]) -> (channel: Channel, recipient: Identity)? {
        for channel in candidateChannels(after: fix) {
            if let identity = used[channel] { return (channel, identity) }
            let match: Identity? = switch channel {
            case .email: identities.first { $0.kind == .email }
            case .sms, .whatsapp: identities.first { $0.kind == .phone }
            case .x, .facebook, .instagram, .telegram: identities.first { $0.kind == .handle && $0.platform == channel.rawValue }
            case .chat, .phone, .note: nil
            }
            if let match { return (channel, match) }
        }
        return nil
    }

    /// The one-click link for `score`, when a public URL is configured.
    public func surveyLink(token: String, score: Int) -> String? {
        guard let base = publicURL?.trimmingCharacters(in: .whitespaces), !base.isEmpty else { return nil }
        let trimmed = base.hasSuffix("/") ? String(base.dropLast()) : base
        return "\(trimmed)/survey/\(token)?score=\(score)"
    }
}
