import Foundation

/// Persian: ظرف ۲۴ ساعت, طی ۲۴ ساعت آینده, در عرض دو روز, ظرف ۳ تا ۵ روز کاری, دو روز دیگر,
/// امروز, تا پایان روز, تا فردا, فردا صبح, پس‌فردا, تا جمعه, سه‌شنبه هفته بعد, تا آخر هفته,
/// هفته آینده, تا آخر ماه, تا ۱۲ آذر (Solar Hijri), ۳ دسامبر, ۱۴۰۵/۰۹/۱۲, تا ساعت ۵ عصر.
/// Persian and Arabic-Indic digits are folded to ASCII before these run, and a zero-width
/// non-joiner to a space, so "سه‌شنبه", "سه شنبه" and "سهشنبه" are all one pattern.
extension TimePhrasePatterns {
    private static let faCount = #"\d+|"# + CountWords.pattern(for: .fa)
    private static let faUnit = #"(?<unit>روز\s*(?:های\s*)?کاری|ساعت\s*(?:های\s*)?کاری|ساعت|دقیقه|روز|هفته|ماه)(?![\p{L}])"#
    private static let faLimit = #"ظرف|طی|در\s*عرض|در\s*طول|در\s*مدت|حداکثر\s*ظرف|حداکثر\s*تا|حداکثر|نهایتا|نهایتاً|تا|بعد\s*از|پس\s*از|در"#
    private static let faBy = #"تا|قبل\s*از|پیش\s*از|حداکثر\s*تا|تا\s*قبل\s*از"#
    private static let faWeekday = #"(?<weekday>یک\s*شنبه|دو\s*شنبه|سه\s*شنبه|چهار\s*شنبه|پنج\s*شنبه|شنبه|جمعه)(?![\p{L}])"#
    private static let faNext = #"(?:هفته\s*)?(?:آینده|بعد|دیگر)"#

    static let persian: [TimePhraseRule] = [
        // ظرف ۲۴ ساعت, ظرف ۳ تا ۵ روز کاری, دو روز دیگر, طی ۲۴ ساعت آینده
        TimePhraseRule(#"(?<![\p{L}])(?:(?<by>\#(faLimit))\s*(?:مدت\s*)?)?(?<low>\#(faCount))\s*(?:(?:تا|-|الی|یا)\s*(?<high>\#(faCount))\s*)?\#(faUnit)(?:\s*(?<ahead>آینده|دیگر|بعد)(?![\p{L}]))?"#, needs: ["روز", "ساعت", "دقیقه", "هفته", "ماه"]) { match in
            span(match, .fa, unit: persianUnit(match.group("unit")))
        },
        // امروز, تا پایان روز, تا آخر وقت اداری امروز, امشب
        TimePhraseRule(#"(?<![\p{L}])(?:(?<by>تا)\s*)?(?:(?<end>پایان|آخر)\s*(?:امروز|روز|وقت\s*اداری(?:\s*امروز)?)|(?:همین\s*)?(?:امروز|امشب))(?:\s*(?<part>صبح|ظهر|بعد\s*از\s*ظهر|بعدازظهر|عصر|شب))?(?![\p{L}])"#, needs: ["روز", "امشب", "اداری"]) { match in
            .day(.relative(days: 0), minutes: partOfDay(persianPart(match.group("part"))))
        },
        // تا فردا, فردا صبح, تا فردا ظهر
        TimePhraseRule(#"(?<![\p{L}])(?:(?<by>\#(faBy))\s*)?فردا(?:\s*(?<part>صبح|ظهر|بعد\s*از\s*ظهر|بعدازظهر|عصر|شب))?(?![\p{L}])"#, needs: ["فردا"]) { match in
            .day(.relative(days: 1), minutes: partOfDay(persianPart(match.group("part"))))
        },
        TimePhraseRule(#"(?<![\p{L}])(?:(?<by>\#(faBy))\s*)?پس\s*فردا(?![\p{L}])"#, needs: ["فردا"]) { _ in .day(.relative(days: 2), minutes: nil) },
        // تا جمعه, قبل از دوشنبه, همین پنجشنبه, سه‌شنبه هفته بعد
        TimePhraseRule(#"(?<![\p{L}])(?:(?<by>\#(faBy))\s*)?(?:(?:همین|این)\s*)?(?:روز\s*)?\#(faWeekday)(?:\s*(?<nextweek>\#(faNext)))?(?![\p{L}])"#, needs: ["شنبه", "جمعه"]) { match in
            guard let weekday = persianWeekday(match.group("weekday")) else { return nil }
            return .day(.weekday(weekday, weeksAhead: match.has("nextweek") ? 1 : 0), minutes: nil)
        },
        // تا آخر هفته, تا پایان این هفته, همین هفته
        TimePhraseRule(#"(?<![\p{L}])(?:(?<by>تا)\s*)?(?:(?:آخر|پایان)\s*(?:این\s*)?هفته|(?:همین|این)\s*هفته)(?!\s*(?:آینده|بعد|دیگر))(?![\p{L}])"#, needs: ["هفته"]) { _ in
            .weekEnd(weeksAhead: 0)
        },
        // هفته آینده, تا آخر هفته بعد
        TimePhraseRule(#"(?<![\p{L}])(?:(?<by>تا)\s*(?:آخر|پایان)\s*)?هفته\s*(?:آینده|بعد|دیگر)(?![\p{L}])"#, needs: ["هفته"]) { _ in .weekEnd(weeksAhead: 1) },
        // تا آخر ماه, ماه آینده
        TimePhraseRule(#"(?<![\p{L}])(?:(?<by>تا)\s*)?(?:آخر|پایان)\s*(?:این\s*)?ماه(?!\s*(?:آینده|بعد))(?![\p{L}])"#, needs: ["ماه"]) { _ in .monthEnd(monthsAhead: 0) },
        TimePhraseRule(#"(?<![\p{L}])(?:(?<by>تا)\s*(?:آخر|پایان)\s*)?ماه\s*(?:آینده|بعد)(?![\p{L}])"#, needs: ["ماه"]) { _ in .monthEnd(monthsAhead: 1) },
        // تا ۱۲ آذر, قبل از ۱ دی ۱۴۰۵
        TimePhraseRule(#"(?<![\p{L}\d])(?:(?<by>\#(faBy))\s*)?(?:تاریخ\s*)?(?<day>\d{1,2})\s*(?:ام|م)?\s*(?<month>فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)(?:\s*(?:ماه\s*)?(?<year>1[34]\d{2}))?(?![\p{L}])"#, needs: ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]) { match in
            guard let day = match.group("day").flatMap({ Int($0) }), (1...31).contains(day),
                  let month = persianMonth(match.group("month")) else { return nil }
            return .day(.persian(month: month, day: day, year: match.group("year").flatMap { Int($0) }), minutes: nil)
        },
        // ۳ دسامبر, تا ۵ ژانویه ۲۰۲۷
        TimePhraseRule(#"(?<![\p{L}\d])(?:(?<by>\#(faBy))\s*)?(?<day>\d{1,2})\s*(?<month>ژانویه|فوریه|مارس|آوریل|ژوئن|ژوئیه|جولای|اوت|آگوست|سپتامبر|اکتبر|نوامبر|دسامبر)(?:\s*(?<year>20\d{2}))?(?![\p{L}])"#, needs: ["ژانویه", "فوریه", "مارس", "آوریل", "ژوئن", "ژوئیه", "جولای", "اوت", "آگوست", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]) { match in
            gregorian(match, month: persianGregorianMonth(match.group("month")))
        },
        // ۱۴۰۵/۰۹/۱۲
        TimePhraseRule(#"(?<![\d/])(?:(?<by>\#(faBy))\s*)?(?<year>1[34]\d{2})/(?<month>\d{1,2})/(?<day>\d{1,2})(?![\d/])"#, needs: ["/"]) { match in
            guard let year = match.group("year").flatMap({ Int($0) }), let month = match.group("month").flatMap({ Int($0) }),
                  let day = match.group("day").flatMap({ Int($0) }), (1...12).contains(month), (1...31).contains(day) else { return nil }
            return .day(.persian(month: month, day: day, year: year), minutes: nil)
        },
        // تا ساعت ۵ عصر, ساعت ۱۰:۳۰
        TimePhraseRule(#"(?<![\p{L}])(?:(?<by>\#(faBy))\s*)?ساعت\s*(?<hour>\d{1,2})(?::(?<minute>\d{2}))?(?:\s*(?<part>صبح|ظهر|بعد\s*از\s*ظهر|بعدازظهر|عصر|شب))?(?!\s*(?:کاری|آینده|دیگر))(?![\p{L}\d])"#, needs: ["ساعت"]) { match in
            guard let hour = match.group("hour").flatMap({ Int($0) }) else { return nil }
            let minute = match.group("minute").flatMap { Int($0) }
            let part = match.group("part")
            let afternoon: Bool? = part.map { $0 != "صبح" }
            return upcoming(clockMinutes(hour: hour, minute: minute ?? 0, afternoon: afternoon, isTwentyFourHour: part == nil && minute != nil))
        },
    ]

    private static func persianUnit(_ text: String?) -> DurationUnit? {
        guard let unit = text?.replacingOccurrences(of: " ", with: "") else { return nil }
        let business = unit.hasSuffix("کاری")
        if unit.hasPrefix("روز") { return business ? .businessDay : .day }
        if unit.hasPrefix("ساعت") { return business ? .businessHour : .hour }
        switch unit {
        case "دقیقه": return .minute
        case "هفته": return .week
        case "ماه": return .month
        default: return nil
        }
    }

    /// Persian weekdays count from Saturday: شنبه, یک‌شنبه (1), دوشنبه (2) … جمعه.
    private static func persianWeekday(_ text: String?) -> BusinessCalendar.Weekday? {
        guard let name = text?.replacingOccurrences(of: " ", with: "") else { return nil }
        let names: [String: BusinessCalendar.Weekday] = [
            "شنبه": .saturday, "یکشنبه": .sunday, "دوشنبه": .monday, "سهشنبه": .tuesday,
            "چهارشنبه": .wednesday, "پنجشنبه": .thursday, "جمعه": .friday,
        ]
        return names[name]
    }

    private static func persianMonth(_ text: String?) -> Int? {
        let months = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
        return text.flatMap { months.firstIndex(of: $0) }.map { $0 + 1 }
    }

    private static func persianGregorianMonth(_ text: String?) -> Int? {
        let months: [String: Int] = [
            "ژانویه": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "ژوئن": 6, "ژوئیه": 7, "جولای": 7, "اوت": 8, "آگوست": 8,
            "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
        ]
        return text.flatMap { months[$0] }
    }

    private static func persianPart(_ text: String?) -> PartOfDay? {
        guard let part = text?.replacingOccurrences(of: " ", with: "") else { return nil }
        switch part {
        case "صبح", "ظهر": return .morning
        case "بعدازظهر", "عصر": return .afternoon
        default: return .evening
        }
    }
}
