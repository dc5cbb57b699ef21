import Foundation

/// The ways each language writes time phrases in promises, and the helpers that read them.
///
/// One file per language (`TimePhrasePatterns+English.swift`, …) holds its rules; this file
/// holds what they share: counts, units, clock times and the language-independent ISO dates.
/// Patterns run on folded text (`AlignedText`), so they use ASCII digits, "-" for every dash
/// and a space where a writer may have put a zero-width non-joiner.
enum TimePhrasePatterns {
    /// The rules for `language`, then the ones every language shares.
    static func rules(for language: Language) -> [TimePhraseRule] {
        switch language {
        case .en: englishAndUniversal
        case .ko: koreanAndUniversal
        case .zh: chineseAndUniversal
        case .ru: russianAndUniversal
        case .fa: persianAndUniversal
        }
    }

    // Joined once: the scanner asks for a language's rules for every sentence it reads.
    private static let englishAndUniversal = english + universal
    private static let koreanAndUniversal = korean + universal
    private static let chineseAndUniversal = chinese + universal
    private static let russianAndUniversal = russian + universal
    private static let persianAndUniversal = persian + universal

    /// A cheap first look: a sentence without any of these words or a digit has no time phrase,
    /// so the full rules never run on "Thanks for reaching out!".
    static func trigger(for language: Language) -> AlignedPattern {
        switch language {
        case .en: englishTrigger
        case .ko: koreanTrigger
        case .zh: chineseTrigger
        case .ru: russianTrigger
        case .fa: persianTrigger
        }
    }

    private static let englishTrigger = AlignedPattern(#"\d|day|hour|minute|\bmins?\b|\bhrs?\b|week|month|tonight|tomorrow|\beod\b|\bcob\b|end\s+of|close\s+of|noon|midday|afternoon|evening|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"#)
    private static let koreanTrigger = AlignedPattern(#"\d|시|분|일|주|달|월|하루|이틀|사흘|나흘|닷새|엿새|이레|열흘|보름|오늘|내일|모레"#)
    private static let chineseTrigger = AlignedPattern(#"\d|[一二两三四五六七八九十半]|天|日|时|周|星期|礼拜|月|今|明|后天|点|點"#)
    private static let russianTrigger = AlignedPattern(#"\d|час|мин|дн|день|сут|недел|месяц|сегодня|завтра|понедельник|вторник|сред|четверг|пятниц|суббот|воскресен|январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр"#)
    private static let persianTrigger = AlignedPattern(#"\d|ساعت|دقیقه|روز|هفته|ماه|امروز|امشب|فردا|شنبه|جمعه|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|ژانویه|فوریه|مارس|آوریل|ژوئن|ژوئیه|جولای|اوت|آگوست|سپتامبر|اکتبر|نوامبر|دسامبر"#)

    /// The ten digits, for rules that need one (patterns run on folded text, where every
    /// script's digits are ASCII).
    static let digits = (0...9).map(String.init)

    /// ISO dates ("2026-12-03", "2026/12/03") mean the same in every language.
    static let universal: [TimePhraseRule] = [
        TimePhraseRule(#"(?<![\d/-])(?<year>20\d{2})[-/](?<month>\d{1,2})[-/](?<day>\d{1,2})(?![\d/-])"#, needs: ["20"]) { match in
            gregorian(match)
        },
    ]

    // MARK: Reading groups

    /// A span from `low`, optional `high` and a unit.
    static func span(_ match: AlignedMatch, _ language: Language, unit: DurationUnit?) -> TimeExpression? {
        guard let unit, let lowText = match.group("low"), let low = CountWords.value(of: lowText, language: language) else { return nil }
        let high = match.group("high").flatMap { CountWords.value(of: $0, language: language) }
        // Nobody promises a refund in ten thousand days: larger counts are not time spans.
        guard low > 0 || (high ?? 0) > 0, low <= maximumCount, (high ?? 0) <= maximumCount else { return nil }
        return .span(TimeSpan(low, high, unit))
    }

    /// The largest count a span may have.
    static let maximumCount = 9_999

    /// A Gregorian date from numeric `month`, `day` and optional `year` groups.
    static func gregorian(_ match: AlignedMatch, month: Int? = nil, language: Language = .en) -> TimeExpression? {
        guard let day = match.group("day").flatMap({ CountWords.value(of: $0, language: language) }), (1...31).contains(day) else { return nil }
        let monthValue = month ?? match.group("month").flatMap { CountWords.value(of: $0, language: language) }
        if let monthValue, !(1...12).contains(monthValue) { return nil }
        return .day(.gregorian(month: monthValue, day: day, year: year(match)), minutes: nil)
    }

    /// A four-digit year, or a two-digit one read as 20xx.
    static func year(_ match: AlignedMatch) -> Int? {
        guard let text = match.group("year"), let value = Int(text) else { return nil }
        return value < 100 ? 2000 + value : value
    }

    /// Minutes after midnight for a clock time; `afternoon` says whether the words put it after
    /// noon (nil when they say nothing). With no such word, one to seven o'clock is read as
    /// afternoon: teams promise calls at 3 in the afternoon, not at 3 in the night.
    static func clockMinutes(hour: Int, minute: Int = 0, afternoon: Bool?, isTwentyFourHour: Bool = false) -> Int? {
        guard (0...24).contains(hour), (0...59).contains(minute) else { return nil }
        var hours = hour
        switch afternoon {
        case true?: if hours < 12 { hours += 12 }
        case false?: if hours == 12 { hours = 0 }
        case nil: if !isTwentyFourHour, (1...7).contains(hours) { hours += 12 }
        }
        return min(hours * 60 + minute, 24 * 60)
    }

    /// The expression for a clock time with no day of its own ("by 5 pm").
    static func upcoming(_ minutes: Int?) -> TimeExpression? {
        minutes.map { .day(.upcoming, minutes: $0) }
    }

    /// Minutes after midnight that a part of the day stands for when no hour is given: a
    /// morning ends at noon, an afternoon at 18:00; an evening or a night is the whole day.
    static func partOfDay(_ kind: PartOfDay?) -> Int? {
        switch kind {
        case .morning?: 12 * 60
        case .afternoon?: 18 * 60
        case .evening?, nil: nil
        }
    }

    enum PartOfDay { case morning, afternoon, evening }

    /// The weekday of an index 1 (Monday) … 7 (Sunday), as Chinese and Persian count.
    static func weekday(mondayBased index: Int) -> BusinessCalendar.Weekday? {
        guard (1...7).contains(index) else { return nil }
        return BusinessCalendar.Weekday(rawValue: index % 7 + 1)
    }
}
