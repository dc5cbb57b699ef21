import Foundation

/// One rule of an SLA: which conversations it covers (channels, priorities, public or private,
/// teams) and the targets it sets for them, measured on a named business calendar.
///
/// A policy that names no channel, priority, visibility or team covers everything; the first
/// matching policy of a `SLAPolicyBook` wins, so specific rules go first.
public struct SLAPolicy: Sendable, Hashable {
    public enum Visibility: String, Sendable, Hashable, CaseIterable {
        case `public`, `private`
    }

    public var name: String
    public var channels: Set<Channel>
    public var priorities: Set<Priority>
    public var visibility: Visibility?
    public var teams: Set<String>
    /// The targets at normal priority; when `priorities` is empty they are scaled for the
    /// conversation's priority (urgent a quarter … low double).
    public var targets: SLATargets
    /// The calendar the targets are counted in; nil uses the team's calendar, else the book's default.
    public var calendar: String?

    public init(name: String, channels: Set<Channel> = [], priorities: Set<Priority> = [], visibility: Visibility? = nil,
                teams: Set<String> = [], targets: SLATargets, calendar: String? = nil) {
        self.name = name
        self.channels = channels
        self.priorities = priorities
        self.visibility = visibility
        self.teams = teams
        self.targets = targets
        self.calendar = calendar
    }

    public func covers(channel: Channel, priority: Priority, isPublic: Bool, team: String) -> Bool {
        (channels.isEmpty || channels.contains(channel))
            && (priorities.isEmpty || priorities.contains(priority))
            && (visibility == nil || visibility == (isPublic ? .public : .private))
            && (teams.isEmpty || teams.contains(team))
    }

    /// The targets for a conversation of `priority`.
    public func targets(for priority: Priority) -> SLATargets {
        priorities.isEmpty ? targets.scaled(for: priority) : targets
    }
}
