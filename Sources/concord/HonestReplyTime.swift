import ConcordStore
import ConversationEngine
import Foundation

/// How soon the team can honestly promise to answer on a channel: the median first answer of
/// the last 30 days when there are enough of them, else the SLA target (a promise the team is
/// measured by anyway).
enum HonestReplyTime {
    /// Fewer first answers than this say little about a channel.
    static let minimumSamples = 10

    static func estimate(on channel: Channel, priority: Priority, team: String, store: any Store, policies: SLAPolicyBook,
                         at now: Date) throws -> (seconds: TimeInterval?, basis: String) {
        let times = try store.responseTimes(on: channel, since: now.addingTimeInterval(-30 * 86_400))
        if times.samples.count >= minimumSamples, let median = times.median {
            return (median, "median of \(times.samples.count) first replies on \(channel.rawValue) in 30 days")
        }
        let target = policies.resolve(channel: channel, priority: priority, team: team).targets.firstResponse
        return (target, "SLA first-response target")
    }
}
