import Foundation
import ConversationEngine

/// How soon the team can honestly promise to answer on a channel: the median first answer of
/// the last 30 days when there are enough of them, else the SLA target (a promise the team is
/// measured by anyway). `concord check-draft` and the console's draft warnings both use it, so
/// the over-promise warning is the same wherever the agent writes.
public enum HonestReplyTime {
    /// Fewer first answers than this say little about a channel.
    public static let minimumSamples = 10

    /// The honest reply time on `channel` at `now`, and a phrase saying what it is based on.
    public static func estimate(on channel: Channel, priority: Priority, team: String, store: any Store, policies: SLAPolicyBook,
                                at now: Date) throws -> (seconds: TimeInterval?, basis: String) {
        let times = try store.responseTimes(on: channel, since: now.addingTimeInterval(-30 * 86_400))
        if times.samples.count >= minimumSamples, let median = times.median {
            return (median, "median of \(times.samples.count) first replies on \(channel.rawValue) in 30 days")
        }
        let target = policies.resolve(channel: channel, priority: priority, team: team).targets.firstResponse
        return (target, "SLA first-response target")
    }
}
