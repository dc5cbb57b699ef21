import Foundation

/// When Concord acknowledges a new conversation automatically (`[acknowledgements]`).
///
/// Only live traffic is acknowledged: a message older than `maxAge` when it is ingested is
/// history being imported (a Maildir from last year, an export), and telling that customer
/// "we'll reply within 2 hours" now would be a promise about the past. Messages from the
/// future (a clock off by more than a few minutes, generated data) are not acknowledged either.
///
/// ```toml
/// [acknowledgements]
/// enabled = true
/// max_age = "1h"
/// channels.social = false    # all social networks; channels.x = true would turn X back on
/// ```
public struct AcknowledgementSettings: Sendable, Hashable {
    public var isEnabled: Bool
    /// Per-channel choices; a channel not named here follows `defaultChannels`.
    public var channels: [Channel: Bool]
    /// How old a message may be at ingest and still be acknowledged.
    public var maxAge: TimeInterval
    /// Operator wording per language (see `AcknowledgementComposer.overrides`).
    public var wording: [Language: [String]]

    /// Every channel a customer writes on. Phone is off: a missed call is better answered by a
    /// call back than by a text the caller did not ask for (turn it on to send an SMS).
    public static let defaultChannels: Set<Channel> = [.email, .chat, .sms, .x, .facebook, .instagram, .whatsapp, .telegram]
    /// How far in the future a message may be dated and still count as live (clock skew).
    public static let clockSkew: TimeInterval = 5 * 60

    public init(isEnabled: Bool = true, channels: [Channel: Bool] = [:], maxAge: TimeInterval = 3600,
                wording: [Language: [String]] = [:]) {
        self.isEnabled = isEnabled
        self.channels = channels
        self.maxAge = maxAge
        self.wording = wording
    }

    /// No acknowledgements at all: what a store opened without configuration does.
    public static let off = AcknowledgementSettings(isEnabled: false)

    public func isEnabled(on channel: Channel) -> Bool {
        guard isEnabled, channel != .note else { return false }
        return channels[channel] ?? Self.defaultChannels.contains(channel)
    }

    /// Whether a customer's message sent at `sentAt` and ingested at `now` is live traffic.
    public func isLive(sentAt: Date, ingestedAt now: Date) -> Bool {
        let age = now.timeIntervalSince(sentAt)
        return age <= maxAge && age >= -Self.clockSkew
    }

    /// Whether a new conversation opened by a customer's message on `channel` is acknowledged.
    public func acknowledges(channel: Channel, sentAt: Date, ingestedAt now: Date) -> Bool {
        isEnabled(on: channel) && isLive(sentAt: sentAt, ingestedAt: now)
    }
}
