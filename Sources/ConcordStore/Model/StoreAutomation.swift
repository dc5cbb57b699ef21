import Foundation
import ConversationEngine

/// What a store does on its own as conversations come and go: acknowledge new ones, schedule
/// follow-ups after a resolution, and take survey answers as ratings.
///
/// The store does it inside the same transaction as the change that causes it, so an ingest
/// and its acknowledgement, or a resolution and its follow-up, are stored together or not at
/// all. A store opened without it (`.off`: tests, `concord demo`) does none of it, so demo
/// data never sends anything.
public struct StoreAutomation: Sendable {
    public var acknowledgements: AcknowledgementSettings
    public var followUps: FollowUpSettings
    /// The SLA policies a promised reply time may not undercut.
    public var policies: SLAPolicyBook
    /// Gives each customer message in an unassigned conversation to an available agent (nil: off).
    public var routing: ConversationRouter?
    /// "Now" for deciding what is live traffic and for promises; the system clock by default.
    public var clock: @Sendable () -> Date

    public init(acknowledgements: AcknowledgementSettings = AcknowledgementSettings(), followUps: FollowUpSettings = FollowUpSettings(),
                policies: SLAPolicyBook = .standard, routing: ConversationRouter? = nil, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.acknowledgements = acknowledgements
        self.followUps = followUps
        self.policies = policies
        self.routing = routing
        self.clock = clock
    }

    /// Nothing automatic.
    public static let off = StoreAutomation(acknowledgements: .off, followUps: .off)
}
