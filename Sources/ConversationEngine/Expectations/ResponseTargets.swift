import Foundation

/// How soon a waiting customer should hear back, per channel and priority.
///
/// The defaults follow the figures in DOMAIN.md: on social networks most customers expect an
/// answer within the hour; a missed call or voicemail wants a call back within a few hours;
/// email within a business day. Urgent halves again, low doubles. These drive queue ordering
/// until full SLA policies with business hours are configured.
public struct ResponseTargets: Sendable, Hashable {
    public var perChannel: [Channel: TimeInterval]

    public init(perChannel: [Channel: TimeInterval]) {
        self.perChannel = perChannel
    }

    public static let standard = ResponseTargets(perChannel: [
        .chat: 5 * 60,
        .x: 60 * 60,
        .facebook: 60 * 60,
        .instagram: 60 * 60,
        .whatsapp: 60 * 60,
        .telegram: 60 * 60,
        .sms: 4 * 3600,
        .phone: 4 * 3600,
        .email: 24 * 3600,
        .note: 24 * 3600,
    ])

    /// The target for a message on `channel` at `priority`.
    public func target(for channel: Channel, priority: Priority) -> TimeInterval {
        let base = perChannel[channel] ?? 24 * 3600
        switch priority {
        case .urgent: return base / 4
        case .high: return base / 2
        case .normal: return base
        case .low: return base * 2
        }
    }

    /// When an answer is due for a customer waiting since `since`.
    public func due(since: Date, channel: Channel, priority: Priority) -> Date {
        since.addingTimeInterval(target(for: channel, priority: priority))
    }
}
