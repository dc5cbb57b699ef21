import Foundation

/// Russian: в течение двух дней, в течение 24 часов, в течение суток, 3–5 рабочих дней,
/// от 3 до 5 рабочих дней, через 2 дня, за 3 дня, сегодня, до конца дня, завтра, завтра утром,
/// до завтра, послезавтра, до пятницы, к пятнице, в понедельник, до конца недели, на следующей
/// неделе, к 3 декабря, до 12.05 (day first), до 18:00, к 10 утра.
extension TimePhrasePatterns {
    private static let ruCount = #"\d+|"# + CountWords.pattern(for: .ru)
    private static let ruUnit = #"(?<unit>рабоч(?:их|его|ий|ие|ая|ую)\s+(?:дн(?:ей|я)|день|суток|час(?:ов|а)?)|дн(?:ей|я)|день|сут(?:ок|ки)|час(?:ов|а)?|ч\.?|минут[ыу]?|мин\.?|недел(?:ь|и|ю|я)|месяц(?:а|ев)?)(?![\p{L}])"#
    private static let ruLimit = #"в\s+течение|в\s+пределах|не\s+позднее\s+чем\s+через|не\s+позднее|не\s+более\s+чем|не\s+более|не\s+дольше|максимум|за|через|до|спустя"#
    private static let ruBy = #"до|к|ко|не\s+позднее"#
    private static let ruWeekday = #"(?<weekday>понедельник[а-я]*|вторник[а-я]*|сред[аыеу]|четверг[а-я]*|пятниц[аыеу]|суббот[аыеу]|воскресень[еяю])(?![\p{L}])"#
    private static let ruMonth = #"(?<month>январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь])(?![\p{L}])"#

    /// What every weekday and month the rules read begins with.
    private static let russianWeekdayStems = ["понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень"]
    private static let russianMonthStems = ["январ", "феврал", "март", "апрел", "мая", "май", "июн", "июл", "август", "сентябр",
                                            "октябр", "ноябр", "декабр"]

    static let russian: [TimePhraseRule] = [
        // в течение двух дней, в течение 24 часов, 3–5 рабочих дней, от 3 до 5 рабочих дней, через 2 дня
        TimePhraseRule(#"(?<![\p{L}])(?:(?<by>\#(ruLimit))\s+)?(?:(?:от|около|примерно|приблизительно)\s+)?(?<low>\#(ruCount))\s*(?:(?:-|до|или)\s*(?<high>\#(ruCount))\s*)?\#(ruUnit)"#) { match in
            span(match, .ru, unit: russianUnit(match.group("unit")))
        },
        // в течение часа, в течение суток, в течение рабочего дня, в течение недели
        TimePhraseRule(#"(?<![\p{L}])(?<by>в\s+течение|в\s+пределах|за)\s+(?<word>часа|суток|дня|рабочего\s+дня|недели|месяца)(?![\p{L}])"#, needs: ["часа", "суток", "дня", "недели", "месяца"]) { match in
            switch match.group("word")?.lowercased().split(separator: " ").last {
            case "часа"?: .span(TimeSpan(1, nil, .hour))
            case "суток"?: .span(TimeSpan(24, nil, .hour))
            case "дня"?: .span(TimeSpan(1, nil, match.group("word")?.lowercased().hasPrefix("рабоч") == true ? .businessDay : .day))
            case "недели"?: .span(TimeSpan(1, nil, .week))
            case "месяца"?: .span(TimeSpan(1, nil, .month))
            default: nil
            }
        },
        // до конца дня, к концу рабочего дня, сегодня, сегодня вечером
        TimePhraseRule(#"(?<![\p{L}])(?:(?<by>до\s+конца|к\s+концу)\s+(?:сегодняшнего\s+|рабочего\s+|этого\s+)?дня|сегодня(?:\s+(?<part>утром|днём|днем|вечером|до\s+вечера))?)(?![\p{L}])"#, needs: ["дня", "сегодня"]) { match in
            .day(.relative(days: 0), minutes: partOfDay(russianPart(match.group("part"))))
        },
        // завтра, до завтра, к завтрашнему дню, завтра утром, завтра до обеда
        TimePhraseRule(#"(?<![\p{L}])(?:(?<by>\#(ruBy))\s+)?(?:завтрашнего\s+дня|завтрашнему\s+дню|завтра)(?:\s+(?<part>утром|днём|днем|вечером|до\s+обеда|до\s+полудня|в\s+первой\s+половине\s+дня))?(?![\p{L}])"#, needs: ["завтра"]) { match in
            .day(.relative(days: 1), minutes: partOfDay(russianPart(match.group("part"))))
        },
        TimePhraseRule(#"(?<![\p{L}])(?:(?<by>\#(ruBy))\s+)?послезавтра(?![\p{L}])"#, needs: ["послезавтра"]) { _ in .day(.relative(days: 2), minutes: nil) },
        // до пятницы, к пятнице, в понедельник, в следующий вторник, до среды следующей недели
        TimePhraseRule(#"(?<![\p{L}])(?:(?<by>\#(ruBy))|в|во|на|по)\s+(?:(?<which>следующ(?:ей|его|ую|ий|ая|ее|ему)|эт(?:ой|ого|у|от|а|ому)|ближайш(?:ей|его|ую|ий|ая|ему))\s+)?\#(ruWeekday)(?<nextweek>\s+(?:на\s+)?следующей\s+недел[еи])?"#, needs: russianWeekdayStems) { match in
            guard let weekday = russianWeekday(match.group("weekday")) else { return nil }
            let next = match.group("which")?.lowercased().hasPrefix("следующ") == true || match.has("nextweek")
            return .day(.weekday(weekday, weeksAhead: next ? 1 : 0), minutes: nil)
        },
        // до конца недели, к концу этой недели, на этой неделе
        TimePhraseRule(#"(?<![\p{L}])(?:(?<by>до\s+конца|к\s+концу)\s+(?:этой\s+|текущей\s+)?недели|на\s+этой\s+неделе)(?![\p{L}])"#, needs: ["недел"]) { _ in .weekEnd(weeksAhead: 0) },
        // на следующей неделе, до конца следующей недели
        TimePhraseRule(#"(?<![\p{L}])(?:(?<by>до\s+конца|к\s+концу)\s+следующей\s+недели|на\s+следующей\s+неделе)(?![\p{L}])"#, needs: ["недел"]) { _ in .weekEnd(weeksAhead: 1) },
        // до конца месяца, в следующем месяце
        TimePhraseRule(#"(?<![\p{L}])(?<by>до\s+конца|к\s+концу)\s+(?:этого\s+|текущего\s+)?месяца(?![\p{L}])"#, needs: ["месяц"]) { _ in .monthEnd(monthsAhead: 0) },
        TimePhraseRule(#"(?<![\p{L}])(?:(?<by>до\s+конца|к\s+концу)\s+следующего\s+месяца|в\s+следующем\s+месяце)(?![\p{L}])"#, needs: ["месяц"]) { _ in .monthEnd(monthsAhead: 1) },
        // к 3 декабря, до 3-го декабря 2026 г.
        TimePhraseRule(#"(?<![\p{L}\d])(?:(?<by>\#(ruBy)|по)\s+)?(?<day>\d{1,2})(?:-?го)?\s+\#(ruMonth)(?:\s+(?<year>\d{4})(?:\s*(?:года|г\.|г(?![\p{L}])))?)?"#, needs: russianMonthStems) { match in
            gregorian(match, month: russianMonth(match.group("month")))
        },
        // до 12.05, 12.05.2026 (day first)
        TimePhraseRule(#"(?<![\p{L}\d.,])(?:(?<by>\#(ruBy)|по)\s+)?(?<day>\d{1,2})\.(?<month>\d{1,2})(?:\.(?<year>\d{4}|\d{2}))?(?![\d,])(?!\.\d)(?!\s*(?:руб|₽|р\.|%|€|\$|евро|долл|тыс))"#, needs: ["."]) { match in
            gregorian(match)
        },
        // до 18:00, к 10:30
        TimePhraseRule(#"(?<![\p{L}])(?:(?<by>\#(ruBy)|не\s+позже)|в|около)\s+(?<hour>\d{1,2})[:.](?<minute>\d{2})(?![\d])"#, needs: [":", "."]) { match in
            guard let hour = match.group("hour").flatMap({ Int($0) }), let minute = match.group("minute").flatMap({ Int($0) }) else { return nil }
            return upcoming(clockMinutes(hour: hour, minute: minute, afternoon: nil, isTwentyFourHour: true))
        },
        // к 10 утра, до 3 часов дня
        TimePhraseRule(#"(?<![\p{L}])(?:(?<by>\#(ruBy))|в|около)\s+(?<hour>\d{1,2})\s*(?:час(?:ов|а)?\s*)?(?<part>утра|дня|вечера)(?![\p{L}])"#, needs: ["утра", "дня", "вечера"]) { match in
            guard let hour = match.group("hour").flatMap({ Int($0) }) else { return nil }
            return upcoming(clockMinutes(hour: hour, afternoon: match.group("part")?.lowercased() != "утра"))
        },
    ]

    private static func russianUnit(_ text: String?) -> DurationUnit? {
        guard let unit = text?.lowercased() else { return nil }
        let business = unit.hasPrefix("рабоч")
        if unit.contains("дн") || unit.contains("день") || unit.contains("сут") { return business ? .businessDay : .day }
        if unit.contains("час") || unit.hasPrefix("ч") { return business ? .businessHour : .hour }
        if unit.hasPrefix("мин") { return .minute }
        if unit.hasPrefix("недел") { return .week }
        if unit.hasPrefix("месяц") { return .month }
        return nil
    }

    private static func russianWeekday(_ text: String?) -> BusinessCalendar.Weekday? {
        guard let stem = text?.lowercased().prefix(3) else { return nil }
        let stems = ["пон", "вто", "сре", "чет", "пят", "суб", "вос"]
        return stems.firstIndex(of: String(stem)).flatMap { weekday(mondayBased: $0 + 1) }
    }

    private static func russianMonth(_ text: String?) -> Int? {
        guard let stem = text?.lowercased().prefix(3) else { return nil }
        let stems = ["янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]
        if stem.hasPrefix("ма") && stem != "мар" { return 5 }
        return stems.firstIndex(of: String(stem)).map { $0 + 1 }
    }

    private static func russianPart(_ text: String?) -> PartOfDay? {
        guard let part = text?.lowercased() else { return nil }
        if part.hasPrefix("утр") || part.contains("обеда") || part.contains("полудня") || part.contains("первой") { return .morning }
        if part.hasPrefix("дн") || (part.hasPrefix("до") && part.contains("вечера")) { return .afternoon }
        return .evening
    }
}
