import Foundation

/// English: "within 24 hours", "in 3-5 business days", "by Friday", "tomorrow morning",
/// "on 3 December", "December 3rd", "12/05" (month first, as in the United States), "next week",
/// "by the end of the week", "today", "in two days", "by 5 pm".
extension TimePhrasePatterns {
    private static let enCount = #"\d+|"# + CountWords.pattern(for: .en)
    private static let enUnit = #"(?<unit>(?:business|working|work)\s+days?|(?:business|working)\s+hours?|days?|hours?|hrs?|h|minutes?|mins?|weeks?|months?)"#
    private static let enLimit = #"within|in|in\s+the\s+next|over\s+the\s+next|during\s+the\s+next|no\s+later\s+than|not\s+later\s+than|no\s+more\s+than|up\s+to|at\s+most|under|less\s+than"#
    private static let enBy = #"by|before|until|till|no\s+later\s+than|not\s+later\s+than"#
    private static let enWeekday = #"(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"#
    private static let enMonth = #"(?<month>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"#

    static let english: [TimePhraseRule] = [
        // within 24 hours, in 3-5 business days, in two days, 5-7 business days
        TimePhraseRule(#"\b(?:(?<by>\#(enLimit))\s+)?(?:(?:about|around|approximately|roughly|up\s+to)\s+)?(?<low>\#(enCount))(?:\s*(?:-|to|or)\s*(?<high>\#(enCount)))?\s*-?\s*\#(enUnit)\b"#) { match in
            // "a day" without "within" is "have a nice day", not a span.
            if !match.has("by"), let low = match.group("low")?.lowercased(), low == "a" || low == "an" { return nil }
            return span(match, .en, unit: englishUnit(match.group("unit")))
        },
        // within the hour, within the next hour
        TimePhraseRule(#"\b(?<by>within|in)\s+the\s+(?:next\s+)?hour\b"#, needs: ["hour"]) { _ in .span(TimeSpan(1, nil, .hour)) },
        // by the end of the day, by EOD, close of business
        TimePhraseRule(#"\b(?:(?:\#(enBy))\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day|eod|cob|close\s+of\s+business)(?:\s+today)?\b"#, alwaysDeadline: true,
                       needs: ["end", "eod", "cob", "close"]) { _ in
            .day(.relative(days: 0), minutes: nil)
        },
        // today, later today, tonight, this afternoon
        TimePhraseRule(#"\b(?:(?<by>\#(enBy)|later)\s+)?(?:(?<today>today|tonight)|this\s+(?<part>afternoon|evening))\b"#,
                       needs: ["today", "tonight", "afternoon", "evening"]) { match in
            .day(.relative(days: 0), minutes: match.group("part")?.lowercased() == "afternoon" ? partOfDay(.afternoon) : nil)
        },
        // tomorrow, by tomorrow morning, first thing tomorrow, by the end of tomorrow
        TimePhraseRule(#"\b(?:(?<by>\#(enBy))\s+)?(?:(?:the\s+)?end\s+of\s+)?(?<first>first\s+thing\s+)?tomorrow(?:\s+(?<part>morning|afternoon|evening|night|noon|midday|lunchtime))?\b"#,
                       needs: ["tomorrow"]) { match in
            let part = englishPart(match.group("part")) ?? (match.has("first") ? .morning : nil)
            return .day(.relative(days: 1), minutes: partOfDay(part))
        },
        TimePhraseRule(#"\b(?:(?<by>\#(enBy))\s+)?(?:the\s+)?day\s+after\s+tomorrow\b"#, needs: ["tomorrow"]) { _ in .day(.relative(days: 2), minutes: nil) },
        // by Friday, on Monday, next Tuesday, this coming Friday, Friday next week
        TimePhraseRule(#"\b(?:(?<by>\#(enBy))\s+(?:the\s+end\s+of\s+)?|(?:on|this\s+coming|this|coming)\s+)?(?:(?<next>next)\s+)?\#(enWeekday)(?<nextweek>\s+(?:of\s+)?next\s+week)?(?:\s+(?<part>morning|afternoon|evening))?\b"#,
                       needs: ["day"]) { match in
            guard let weekday = match.group("weekday").flatMap(BusinessCalendar.Weekday.init(shortName:)) else { return nil }
            let ahead = match.has("next") || match.has("nextweek") ? 1 : 0
            return .day(.weekday(weekday, weeksAhead: ahead), minutes: partOfDay(englishPart(match.group("part"))))
        },
        // on 3 December, by the 3rd of December 2026
        TimePhraseRule(#"\b(?:(?<by>\#(enBy))\s+(?:the\s+)?|on\s+(?:the\s+)?)?(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?\#(enMonth)\.?(?:,?\s+(?<year>\d{4}))?\b"#, needs: englishMonthHeads) { match in
            gregorian(match, month: englishMonth(match.group("month")))
        },
        // December 3, by Dec 3rd, 2026
        TimePhraseRule(#"\b(?:(?<by>\#(enBy))\s+|on\s+)?\#(enMonth)\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>\d{4})\b)?"#, needs: englishMonthHeads) { match in
            gregorian(match, month: englishMonth(match.group("month")))
        },
        // 12/05 (month first), by 12/05/2026
        TimePhraseRule(#"(?<![\d/])(?:(?<by>\#(enBy))\s+|on\s+)?\b(?<month>\d{1,2})/(?<day>\d{1,2})(?:/(?<year>\d{4}|\d{2}))?(?![\d/])"#, needs: ["/"]) { match in
            gregorian(match)
        },
        // by the end of the week, this week
        TimePhraseRule(#"\b(?:(?:\#(enBy))\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?week\b"#, alwaysDeadline: true, needs: ["week"]) { _ in .weekEnd(weeksAhead: 0) },
        TimePhraseRule(#"\b(?:(?:\#(enBy))\s+)?(?:the\s+)?end\s+of\s+next\s+week\b"#, alwaysDeadline: true, needs: ["week"]) { _ in .weekEnd(weeksAhead: 1) },
        TimePhraseRule(#"\b(?:(?<by>during|within|in|by)\s+)?(?:sometime\s+|early\s+|later\s+)?(?<which>next|this)\s+week\b"#, needs: ["week"]) { match in
            .weekEnd(weeksAhead: match.group("which")?.lowercased() == "next" ? 1 : 0)
        },
        // by the end of the month, next month
        TimePhraseRule(#"\b(?:(?:\#(enBy))\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month\b"#, alwaysDeadline: true, needs: ["month"]) { _ in .monthEnd(monthsAhead: 0) },
        TimePhraseRule(#"\b(?:(?<by>during|within|in|by)\s+)?(?:sometime\s+|early\s+|later\s+)?(?<which>next|this)\s+month\b"#, needs: ["month"]) { match in
            .monthEnd(monthsAhead: match.group("which")?.lowercased() == "next" ? 1 : 0)
        },
        // by 5 pm, at 10:30, before 17:00
        TimePhraseRule(#"\b(?:(?:(?<by>\#(enBy))|at|around)\s+)?(?<hour>\d{1,2})(?::(?<minute>\d{2}))?\s*(?<ampm>[ap]\.m\.|[ap]\.?m\b)?(?![\d:])"#, needs: digits) { match in
            guard let hour = match.group("hour").flatMap({ Int($0) }) else { return nil }
            let minute = match.group("minute").flatMap { Int($0) }
            let meridiem = match.group("ampm")?.lowercased().first
            guard minute != nil || meridiem != nil else { return nil }
            return upcoming(clockMinutes(hour: hour, minute: minute ?? 0, afternoon: meridiem.map { $0 == "p" }, isTwentyFourHour: meridiem == nil))
        },
        TimePhraseRule(#"\b(?:(?<by>\#(enBy))\s+)?(?:noon|midday)\b"#, needs: ["noon", "midday"]) { _ in upcoming(12 * 60) },
    ]

    /// The first three letters of every month name and abbreviation.
    private static let englishMonthHeads = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func englishUnit(_ text: String?) -> DurationUnit? {
        guard let unit = text?.lowercased() else { return nil }
        let business = unit.contains("business") || unit.contains("work")
        if unit.contains("day") { return business ? .businessDay : .day }
        if unit.hasPrefix("min") { return .minute }
        if unit.hasPrefix("mo") { return .month }
        if unit.hasPrefix("w") && !business { return .week }
        if unit.contains("hour") || unit.hasPrefix("h") { return business ? .businessHour : .hour }
        return nil
    }

    private static func englishMonth(_ text: String?) -> Int? {
        guard let prefix = text?.lowercased().prefix(3) else { return nil }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return months.firstIndex(of: String(prefix)).map { $0 + 1 }
    }

    private static func englishPart(_ text: String?) -> PartOfDay? {
        switch text?.lowercased() {
        case "morning"?, "noon"?, "midday"?, "lunchtime"?: .morning
        case "afternoon"?: .afternoon
        case "evening"?, "night"?: .evening
        default: nil
        }
    }
}
