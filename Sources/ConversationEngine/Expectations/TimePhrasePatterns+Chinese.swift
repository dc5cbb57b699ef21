import Foundation

/// Chinese: 三个工作日内, 24小时内, 两天内, 1-3个工作日, 一周内, 半小时内, 两天后, 今天之内, 明天,
/// 明天上午前, 后天, 周五前, 下周一, 本周内, 下周, 月底前, 12月3日前, 12月3号之前, 下午3点前.
extension TimePhrasePatterns {
    private static let zhCount = #"\d+|[一二两三四五六七八九十]+|半"#
    private static let zhUnit = #"(?<unit>个?工作日|个?工作天|个?(?:小时|钟头)|分钟|天|个?星期|周|个?礼拜|个月)"#
    private static let zhSpanLimit = #"(?<by>之内|以内|内|之后|以后|后)"#
    private static let zhDayLimit = #"(?<by>之前|以前|前|之内|以内|内|截止|为止)"#
    private static let zhPart = #"(?<part>上午|下午|晚上|早上|中午|傍晚)(?!\s*[\d一二两三四五六七八九十])"#

    static let chinese: [TimePhraseRule] = [
        // 三个工作日内, 24小时内, 两天内, 1-3个工作日, 3到5个工作日, 半小时内
        TimePhraseRule(#"(?:(?<lead>在|于|不超过|最多|最晚|最迟)\s*)?(?<low>\#(zhCount))\s*(?:(?:-|~|到|至)\s*(?<high>\#(zhCount))\s*)?\#(zhUnit)\s*(?:左右\s*)?\#(zhSpanLimit)?"#, needs: ["工作日", "工作天", "小时", "钟头", "分钟", "天", "星期", "周", "礼拜", "个月"]) { match in
            guard let unit = chineseUnit(match.group("unit")) else { return nil }
            if match.group("low") == "半" {
                return unit == .hour ? .span(TimeSpan(30, nil, .minute)) : (unit == .day ? .span(TimeSpan(12, nil, .hour)) : nil)
            }
            return span(match, .zh, unit: unit)
        },
        // 3日内 (日 as a unit only with 内, so that 12月3日 stays a date)
        TimePhraseRule(#"(?<low>\#(zhCount))\s*(?:(?:-|~|到|至)\s*(?<high>\#(zhCount))\s*)?日\s*(?<by>之内|以内|内)"#, needs: ["日"]) { match in
            span(match, .zh, unit: .day)
        },
        // 今天, 今天之内, 当天, 今晚, 今天下班前
        TimePhraseRule(#"(?:今天|今日|当天|当日|今晚)(?:\s*\#(zhPart))?\s*(?:下班|结束)?\s*\#(zhDayLimit)?"#, needs: ["今天", "今日", "当天", "当日", "今晚"]) { match in
            .day(.relative(days: 0), minutes: partOfDay(chinesePart(match.group("part"))))
        },
        // 明天, 明天上午前, 明早, 明晚, 明天之前
        TimePhraseRule(#"(?<word>明天|明日|明早|明晚)(?:\s*\#(zhPart))?\s*(?:下班)?\s*\#(zhDayLimit)?"#, needs: ["明天", "明日", "明早", "明晚"]) { match in
            let part: PartOfDay? = match.group("word") == "明早" ? .morning : chinesePart(match.group("part"))
            return .day(.relative(days: 1), minutes: partOfDay(part))
        },
        TimePhraseRule(#"后天\s*\#(zhDayLimit)?"#, needs: ["后天"]) { _ in .day(.relative(days: 2), minutes: nil) },
        // 周五前, 星期五之前, 本周五, 下周一, 下个星期三
        TimePhraseRule(#"(?:(?<which>本|这|这个|下|下个)\s*)?(?:周|星期|礼拜)(?<weekday>[一二三四五六日天])\s*\#(zhDayLimit)?"#, needs: ["周", "星期", "礼拜"]) { match in
            guard let weekday = chineseWeekday(match.group("weekday")) else { return nil }
            let ahead = match.group("which").map { $0.hasPrefix("下") } == true ? 1 : 0
            return .day(.weekday(weekday, weeksAhead: ahead), minutes: nil)
        },
        // 本周内, 这周末前, 本周结束前
        TimePhraseRule(#"(?:本周|这周|这个星期|本星期|这星期)\s*(?:末|结束)?\s*\#(zhDayLimit)?"#, needs: ["周", "星期"]) { _ in .weekEnd(weeksAhead: 0) },
        // 下周, 下周内, 下个星期
        TimePhraseRule(#"(?:下周|下个星期|下星期|下礼拜|下个礼拜)\s*(?:末|结束)?\s*\#(zhDayLimit)?"#, needs: ["下"]) { _ in .weekEnd(weeksAhead: 1) },
        // 本月内, 月底前
        TimePhraseRule(#"(?:(?:本月|这个月|当月)\s*(?:底|末)?|月底|月末)\s*\#(zhDayLimit)?"#, needs: ["月"]) { _ in .monthEnd(monthsAhead: 0) },
        TimePhraseRule(#"(?:下个月|下月)\s*(?:底|末)?\s*\#(zhDayLimit)?"#, needs: ["月"]) { _ in .monthEnd(monthsAhead: 1) },
        // 12月3日前, 12月3号之前, 2026年12月3日, 十二月三日
        TimePhraseRule(#"(?:(?<year>\d{4})\s*年\s*)?(?<month>\d{1,2}|[一二三四五六七八九十]+)\s*月\s*(?<day>\d{1,2}|[一二三四五六七八九十]+)\s*[日号號](?:\s*\((?:周|星期)[一二三四五六日天]\))?\s*\#(zhDayLimit)?"#, needs: ["月"]) { match in
            gregorian(match, language: .zh)
        },
        // 12/3前
        TimePhraseRule(#"(?<![\d/])(?<month>\d{1,2})/(?<day>\d{1,2})(?![\d/])\s*\#(zhDayLimit)?"#, needs: ["/"]) { match in gregorian(match) },
        // 下午3点前, 上午十点, 3点半
        TimePhraseRule(#"(?:(?<ampm>上午|下午|晚上|早上|中午|傍晚)\s*)?(?<hour>\d{1,2}|[一二两三四五六七八九十]+)\s*[点點](?:\s*(?<minute>\d{1,2})\s*分?|\s*(?<half>半))?\s*(?<by>之前|以前|前)?"#, needs: ["点", "點"]) { match in
            guard let hour = match.group("hour").flatMap({ CountWords.value(of: $0, language: .zh) }) else { return nil }
            let minute = match.has("half") ? 30 : (match.group("minute").flatMap { Int($0) } ?? 0)
            let afternoon: Bool? = match.group("ampm").map { ["下午", "晚上", "傍晚", "中午"].contains($0) }
            return upcoming(clockMinutes(hour: hour, minute: minute, afternoon: afternoon))
        },
        // 18:00前
        TimePhraseRule(#"(?<![\d:])(?<hour>\d{1,2}):(?<minute>\d{2})(?![\d:])\s*(?<by>之前|以前|前)?"#, needs: [":"]) { match in
            guard let hour = match.group("hour").flatMap({ Int($0) }), let minute = match.group("minute").flatMap({ Int($0) }) else { return nil }
            return upcoming(clockMinutes(hour: hour, minute: minute, afternoon: nil, isTwentyFourHour: true))
        },
    ]

    private static func chineseUnit(_ text: String?) -> DurationUnit? {
        guard let unit = text?.replacingOccurrences(of: "个", with: "") else { return nil }
        switch unit {
        case "工作日", "工作天": return .businessDay
        case "小时", "钟头": return .hour
        case "分钟": return .minute
        case "天": return .day
        case "星期", "周", "礼拜": return .week
        case "月": return .month
        default: return nil
        }
    }

    private static func chineseWeekday(_ text: String?) -> BusinessCalendar.Weekday? {
        switch text {
        case "日"?, "天"?: return .sunday
        case let digit?: return CountWords.value(of: digit, language: .zh).flatMap { weekday(mondayBased: $0) }
        case nil: return nil
        }
    }

    private static func chinesePart(_ text: String?) -> PartOfDay? {
        switch text {
        case "上午"?, "早上"?, "中午"?: .morning
        case "下午"?, "傍晚"?: .afternoon
        case "晚上"?: .evening
        default: nil
        }
    }
}
