import Foundation
import ConversationEngine

extension ConfigurationPrinter {
    /// The `[sla]` section in force, in the form `SLAConfigurationReader` reads, with every
    /// policy written out (Concord's own after yours) so an operator sees what decides a due time.
    public static func slaSection(_ book: SLAPolicyBook) -> String {
        var text = "\n[sla]\n# Targets are business time on the policy's calendar; the first policy that covers a conversation applies.\n"
        text += "default_calendar = \(quoted(book.defaultCalendar))\nreplace_policies = true\n"
        text += "# An open case with no news for the customer this long (business time) is flagged \"update due\".\n"
        text += "update_after = \(quoted(durationText(book.proactiveUpdate.after)))\n"
        for name in book.calendars.keys.sorted() where name != "always" {
            guard let calendar = book.calendars[name] else { continue }
            text += "\n[sla.calendars.\(name)]\ntime_zone = \(quoted(calendar.timeZone.identifier))\n"
            let days = BusinessCalendar.Weekday.allCases.filter { calendar.hours[$0] != nil }
            let common = days.first.flatMap { calendar.hours[$0] }
            if let common, days.allSatisfy({ calendar.hours[$0] == common }) {
                text += "days = [\(days.map { quoted($0.shortName) }.joined(separator: ", "))]\n"
                text += "hours = [\(common.map { quoted($0.description) }.joined(separator: ", "))]\n"
            } else {
                text += "days = []\n"
                for day in days {
                    text += "\(day.shortName) = [\((calendar.hours[day] ?? []).map { quoted($0.description) }.joined(separator: ", "))]\n"
                }
            }
            text += "holidays = [\(calendar.holidays.sorted().map { quoted($0.description) }.joined(separator: ", "))]\n"
        }
        if !book.teamCalendars.isEmpty {
            text += "\n[sla.teams]\n"
            for team in book.teamCalendars.keys.sorted() { text += "\(team) = \(quoted(book.teamCalendars[team] ?? ""))\n" }
        }
        for policy in book.policies {
            text += "\n[[sla.policies]]\nname = \(quoted(policy.name))\n"
            if !policy.channels.isEmpty {
                text += "channels = [\(Channel.allCases.filter(policy.channels.contains).map { quoted($0.rawValue) }.joined(separator: ", "))]\n"
            }
            if !policy.priorities.isEmpty {
                text += "priorities = [\(policy.priorities.sorted().map { quoted($0.label) }.joined(separator: ", "))]\n"
            }
            if let visibility = policy.visibility { text += "visibility = \(quoted(visibility.rawValue))\n" }
            if !policy.teams.isEmpty { text += "teams = [\(policy.teams.sorted().map(quoted).joined(separator: ", "))]\n" }
            for (key, value) in [("first_response", policy.targets.firstResponse), ("next_response", policy.targets.nextResponse),
                                 ("resolution", policy.targets.resolution)] {
                if let value { text += "\(key) = \(quoted(durationText(value)))\n" }
            }
            if let calendar = policy.calendar { text += "calendar = \(quoted(calendar))\n" }
        }
        return text
    }

    /// "1h30m", "5m", "45s".
    public static func durationText(_ seconds: TimeInterval) -> String {
        let total = Int(seconds.rounded())
        var text = ""
        if total >= 3600 { text += "\(total / 3600)h" }
        if total % 3600 >= 60 { text += "\(total % 3600 / 60)m" }
        if total % 60 > 0 || text.isEmpty { text += "\(total % 60)s" }
        return text
    }
}
