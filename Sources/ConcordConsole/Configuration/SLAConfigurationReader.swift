import Foundation
import TOMLKit
import ConversationEngine

/// Reads the `[sla]` section: business calendars, which team works on which calendar, and
/// the policies. Every mistake names the setting and what it accepts.
///
/// ```toml
/// [sla]
/// default_calendar = "seoul"
///
/// [sla.calendars.seoul]
/// time_zone = "Asia/Seoul"
/// days = ["mon", "tue", "wed", "thu", "fri"]
/// hours = "09:00-18:00"            # or ["09:00-12:00", "13:00-18:00"]
/// sat = "10:00-14:00"              # a day of its own
/// holidays = ["2026-12-25", "2027-01-01"]
///
/// [sla.teams]
/// billing = "seoul"                # conversations in the billing queue count in Seoul hours
///
/// [[sla.policies]]
/// name = "VIP email"
/// channels = ["email"]
/// priorities = ["high", "urgent"]
/// first_response = "2h"
/// next_response = "4h"
/// resolution = "18h"               # business hours: two days of 09:00-18:00
/// ```
/// Configured policies are tried first, then Concord's own (so anything not covered keeps a
/// sensible target); `replace_policies = true` uses only yours.
enum SLAConfigurationReader {
    static let sectionKeys: Set<String> = ["default_calendar", "replace_policies", "calendars", "teams", "policies", "update_after"]
    static let calendarKeys: Set<String> = Set(["time_zone", "days", "hours", "holidays"] + BusinessCalendar.Weekday.allCases.map(\.shortName))
    static let policyKeys: Set<String> = ["name", "channels", "priorities", "visibility", "teams", "first_response",
                                          "next_response", "resolution", "calendar"]

    static func read(_ value: (any TOMLValueConvertible)?, file: String) throws(ConfigurationError) -> SLAPolicyBook {
        let standard = SLAPolicyBook.standard
        guard let value else { return standard }
        guard let section = value.table else {
            throw .invalidValue(file: file, key: "sla", value: "\(value)", expected: "a table: [sla]")
        }
        for key in section.keys where !sectionKeys.contains(key) {
            throw .unknownSetting(file: file, key: "sla.\(key)", known: sectionKeys.sorted().map { "sla.\($0)" })
        }
        var calendars = standard.calendars
        if let tables = section["calendars"] {
            guard let table = tables.table else {
                throw .invalidValue(file: file, key: "sla.calendars", value: "\(tables)", expected: "tables like [sla.calendars.NAME]")
            }
            for name in table.keys.sorted() {
                calendars[name] = try calendar(table[name], key: "sla.calendars.\(name)", file: file)
            }
        }
        func knownCalendar(_ name: String, key: String) throws(ConfigurationError) -> String {
            guard calendars[name] != nil else {
                throw .invalidValue(file: file, key: key, value: "\"\(name)\"",
                                    expected: "one of the calendars: \(calendars.keys.sorted().joined(separator: ", "))")
            }
            return name
        }
        var book = standard
        book.calendars = calendars
        if let name = try string(section["default_calendar"], key: "sla.default_calendar", file: file) {
            book.defaultCalendar = try knownCalendar(name, key: "sla.default_calendar")
        }
        if let teams = section["teams"] {
            guard let table = teams.table else {
                throw .invalidValue(file: file, key: "sla.teams", value: "\(teams)", expected: "a table of team = \"calendar\"")
            }
            for team in table.keys {
                let key = "sla.teams.\(team)"
                guard let name = try string(table[team], key: key, file: file) else { continue }
                book.teamCalendars[team] = try knownCalendar(name, key: key)
            }
        }
        var policies: [SLAPolicy] = []
        if let list = section["policies"] {
            guard let array = list.array else {
                throw .invalidValue(file: file, key: "sla.policies", value: "\(list)", expected: "an array of tables: [[sla.policies]]")
            }
            for (index, element) in array.enumerated() {
                let key = "sla.policies[\(index + 1)]"
                var policy = try self.policy(element, key: key, file: file)
                if let name = policy.calendar { policy.calendar = try knownCalendar(name, key: "\(key).calendar") }
                policies.append(policy)
            }
        }
        if let after = try duration(section["update_after"], key: "sla.update_after", file: file) {
            book.proactiveUpdate = ProactiveUpdate(after: after)
        }
        let replace = try bool(section["replace_policies"], key: "sla.replace_policies", file: file) ?? false
        book.policies = replace ? policies : policies + standard.policies
        return book
    }

    private static func calendar(_ value: (any TOMLValueConvertible)?, key: String, file: String) throws(ConfigurationError) -> BusinessCalendar {
        guard let table = value?.table else {
            throw .invalidValue(file: file, key: key, value: "\(value.map { "\($0)" } ?? "nothing")", expected: "a table")
        }
        for name in table.keys where !calendarKeys.contains(name) {
            throw .unknownSetting(file: file, key: "\(key).\(name)", known: calendarKeys.sorted().map { "\(key).\($0)" })
        }
        let zoneName = try string(table["time_zone"], key: "\(key).time_zone", file: file) ?? "UTC"
        guard let zone = TimeZone(identifier: zoneName) else {
            throw .invalidValue(file: file, key: "\(key).time_zone", value: "\"\(zoneName)\"",
                                expected: "an IANA time zone such as \"Asia/Seoul\"")
        }
        var days = BusinessCalendar.Weekday.workweek
        if table["days"] != nil {
            days = []
            for name in try strings(table["days"], key: "\(key).days", file: file) {
                guard let day = BusinessCalendar.Weekday(shortName: name) else {
                    throw .invalidValue(file: file, key: "\(key).days", value: "\"\(name)\"", expected: "mon, tue, wed, thu, fri, sat or sun")
                }
                days.insert(day)
            }
        }
        let standardHours = try intervals(table["hours"], key: "\(key).hours", file: file) ?? [.init(start: 9 * 60, end: 18 * 60)]
        var hours: [BusinessCalendar.Weekday: [BusinessCalendar.Interval]] = [:]
        for day in days { hours[day] = standardHours }
        for day in BusinessCalendar.Weekday.allCases {
            if let own = try intervals(table[day.shortName], key: "\(key).\(day.shortName)", file: file) { hours[day] = own }
        }
        var holidays: Set<LocalDate> = []
        for text in try strings(table["holidays"], key: "\(key).holidays", file: file) {
            guard let date = LocalDate(iso: text) else {
                throw .invalidValue(file: file, key: "\(key).holidays", value: "\"\(text)\"", expected: "dates like \"2026-12-25\"")
            }
            holidays.insert(date)
        }
        return BusinessCalendar(timeZone: zone, hours: hours, holidays: holidays)
    }

    private static func policy(_ value: any TOMLValueConvertible, key: String, file: String) throws(ConfigurationError) -> SLAPolicy {
        guard let table = value.table else {
            throw .invalidValue(file: file, key: key, value: "\(value)", expected: "a table")
        }
        for name in table.keys where !policyKeys.contains(name) {
            throw .unknownSetting(file: file, key: "\(key).\(name)", known: policyKeys.sorted().map { "\(key).\($0)" })
        }
        guard let name = try string(table["name"], key: "\(key).name", file: file) else {
            throw .invalidValue(file: file, key: "\(key).name", value: "nothing", expected: "a name for the policy")
        }
        var channels: Set<Channel> = []
        for text in try strings(table["channels"], key: "\(key).channels", file: file) {
            guard let channel = Channel(rawValue: text.lowercased()) else {
                throw .invalidValue(file: file, key: "\(key).channels", value: "\"\(text)\"",
                                    expected: Channel.allCases.map(\.rawValue).joined(separator: ", "))
            }
            channels.insert(channel)
        }
        var priorities: Set<Priority> = []
        for text in try strings(table["priorities"], key: "\(key).priorities", file: file) {
            guard let priority = Priority(label: text) else {
                throw .invalidValue(file: file, key: "\(key).priorities", value: "\"\(text)\"", expected: "low, normal, high or urgent")
            }
            priorities.insert(priority)
        }
        var visibility: SLAPolicy.Visibility?
        if let text = try string(table["visibility"], key: "\(key).visibility", file: file) {
            guard let parsed = SLAPolicy.Visibility(rawValue: text.lowercased()) else {
                throw .invalidValue(file: file, key: "\(key).visibility", value: "\"\(text)\"", expected: "\"public\" or \"private\"")
            }
            visibility = parsed
        }
        let targets = SLATargets(
            firstResponse: try duration(table["first_response"], key: "\(key).first_response", file: file),
            nextResponse: try duration(table["next_response"], key: "\(key).next_response", file: file),
            resolution: try duration(table["resolution"], key: "\(key).resolution", file: file))
        return SLAPolicy(name: name, channels: channels, priorities: priorities, visibility: visibility,
                         teams: Set(try strings(table["teams"], key: "\(key).teams", file: file)), targets: targets,
                         calendar: try string(table["calendar"], key: "\(key).calendar", file: file))
    }

    /// "90s", "30m", "4h", "1h30m": business time. Days are refused, since a business day is
    /// as long as the calendar says, not 24 hours.
    static func duration(_ value: (any TOMLValueConvertible)?, key: String, file: String) throws(ConfigurationError) -> TimeInterval? {
        guard let text = try string(value, key: key, file: file) else { return nil }
        guard let total = ConfigurationValue.seconds(in: text, allowingDays: false) else {
            throw .invalidValue(file: file, key: key, value: "\"\(text)\"",
                                expected: "business time like \"30m\", \"4h\" or \"1h30m\" (a business day of 09:00-18:00 is \"9h\")")
        }
        return total
    }

    private static func intervals(_ value: (any TOMLValueConvertible)?, key: String, file: String) throws(ConfigurationError) -> [BusinessCalendar.Interval]? {
        guard let value else { return nil }
        let texts: [String] = if value.string != nil { [value.string ?? ""] } else { try strings(value, key: key, file: file) }
        return try texts.map { text throws(ConfigurationError) -> BusinessCalendar.Interval in
            let parts = text.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let start = minutes(parts[0]), let end = minutes(parts[1]), end > start else {
                throw .invalidValue(file: file, key: key, value: "\"\(text)\"", expected: "opening hours like \"09:00-18:00\"")
            }
            return BusinessCalendar.Interval(start: start, end: end)
        }
    }

    private static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]), (0...24).contains(hours),
              (0...59).contains(minutes), hours * 60 + minutes <= 1440 else { return nil }
        return hours * 60 + minutes
    }

    private static func string(_ value: (any TOMLValueConvertible)?, key: String, file: String) throws(ConfigurationError) -> String? {
        try ConfigurationValue.string(value, key: key, file: file)
    }

    private static func bool(_ value: (any TOMLValueConvertible)?, key: String, file: String) throws(ConfigurationError) -> Bool? {
        try ConfigurationValue.bool(value, key: key, file: file)
    }

    private static func strings(_ value: (any TOMLValueConvertible)?, key: String, file: String) throws(ConfigurationError) -> [String] {
        guard let value else { return [] }
        guard let array = value.array else {
            throw .invalidValue(file: file, key: key, value: "\(value)", expected: "an array of strings like [\"a\", \"b\"]")
        }
        return try array.map { element throws(ConfigurationError) -> String in
            guard let text = element.string, !text.isEmpty else {
                throw .invalidValue(file: file, key: key, value: "\(element)", expected: "non-empty strings in quotes")
            }
            return text
        }
    }
}
