extension SLAPolicyBook {
    /// A digest of everything that decides a due time, the same in every process: a store
    /// remembers the fingerprint its due times were computed with and recomputes them when
    /// the configured policy changes.
    public var fingerprint: String {
        var hasher = StableHasher()
        func duration(_ value: Double?) -> String { value.map { String(Int64(($0 * 1000).rounded())) } ?? "-" }
        for policy in policies {
            hasher.combine(policy.name)
            hasher.combine(policy.channels.map(\.rawValue).sorted().joined(separator: ","))
            hasher.combine(policy.priorities.map(\.label).sorted().joined(separator: ","))
            hasher.combine(policy.visibility?.rawValue ?? "-")
            hasher.combine(policy.teams.sorted().joined(separator: ","))
            hasher.combine(duration(policy.targets.firstResponse))
            hasher.combine(duration(policy.targets.nextResponse))
            hasher.combine(duration(policy.targets.resolution))
            hasher.combine(policy.calendar ?? "-")
        }
        for name in calendars.keys.sorted() {
            guard let calendar = calendars[name] else { continue }
            hasher.combine(name)
            hasher.combine(calendar.timeZone.identifier)
            for day in BusinessCalendar.Weekday.allCases {
                hasher.combine((calendar.hours[day] ?? []).map(\.description).joined(separator: ","))
            }
            hasher.combine(calendar.holidays.sorted().map(\.description).joined(separator: ","))
        }
        for team in teamCalendars.keys.sorted() { hasher.combine(team + "=" + (teamCalendars[team] ?? "")) }
        hasher.combine(defaultCalendar)
        return hasher.hexDigest
    }
}
