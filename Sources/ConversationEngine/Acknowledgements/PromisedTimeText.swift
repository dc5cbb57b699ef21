import Foundation

/// A promised reply time in the customer's words and on the customer's clock: "within 2
/// hours", "내일 오전 10시까지", "завтра до 10:00", "تا ساعت ۱۰:۰۰ فردا".
///
/// Each phrase fits the language's promise sentence in `AcknowledgementWording` ("We will
/// reply {promise}", "{promise} 답변드리겠습니다", "我们会在{promise}给您回复").
public enum PromisedTimeText {
    public static func text(_ wording: PromisedReplyTime.Wording, in language: Language, timeZone: TimeZone,
                            now: Date) -> String {
        switch wording {
        case .within(let seconds): within(seconds, in: language)
        case .by(let date): by(date, in: language, timeZone: timeZone, now: now)
        }
    }

    // MARK: - Durations

    static func within(_ seconds: TimeInterval, in language: Language) -> String {
        let minutes = max(1, Int((seconds / 60).rounded(.up)))
        let hours = minutes >= 60 && minutes % 60 == 0 ? minutes / 60 : nil
        switch language {
        case .en:
            if let hours { return hours == 1 ? "within the hour" : "within \(hours) hours" }
            return "within \(minutes) minutes"
        case .ko:
            return hours.map { "\($0)시간 이내에" } ?? "\(minutes)분 이내에"
        case .zh:
            return hours.map { "\($0)小时内" } ?? "\(minutes)分钟内"
        case .ru:
            // "в течение" takes the genitive: часа, 2 часов, 21 часа; минуты, 5 минут, 21 минуты.
            if let hours { return hours == 1 ? "в течение часа" : "в течение \(hours) \(hours % 10 == 1 && hours % 100 != 11 ? "часа" : "часов")" }
            return "в течение \(minutes) \(minutes % 10 == 1 && minutes % 100 != 11 ? "минуты" : "минут")"
        case .fa:
            let text = hours.map { $0 == 1 ? "ظرف یک ساعت آینده" : "ظرف \($0) ساعت آینده" } ?? "ظرف \(minutes) دقیقهٔ آینده"
            return LocalizedDateText.persianDigits(text)
        }
    }

    // MARK: - Instants

    private enum Day { case today, tomorrow, other }

    static func by(_ date: Date, in language: Language, timeZone: TimeZone, now: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let day: Day = calendar.isDate(date, inSameDayAs: now) ? .today
            : calendar.date(byAdding: .day, value: 1, to: now).map { calendar.isDate(date, inSameDayAs: $0) } == true ? .tomorrow : .other
        let hour = calendar.component(.hour, from: date), minute = calendar.component(.minute, from: date)
        let clock24 = "\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
        let dated = LocalizedDateText.text(for: date, in: language, timeZone: timeZone, relativeTo: now)
        switch language {
        case .en:
            let clock = "\(hour % 12 == 0 ? 12 : hour % 12):\(minute < 10 ? "0" : "")\(minute) \(hour < 12 ? "am" : "pm")"
            switch day {
            case .today: return "by \(clock) today"
            case .tomorrow: return "by \(clock) tomorrow"
            case .other: return "by \(dated)"
            }
        case .ko:
            let clock = "\(hour < 12 ? "오전" : "오후") \(hour % 12 == 0 ? 12 : hour % 12)시" + (minute == 0 ? "" : " \(minute)분")
            switch day {
            case .today: return "오늘 \(clock)까지"
            case .tomorrow: return "내일 \(clock)까지"
            case .other: return "\(dated)까지"
            }
        case .zh:
            let (period, twelve): (String, Int) = switch hour {
            case 0..<6: ("凌晨", hour)
            case 6..<12: ("上午", hour)
            case 12: ("中午", 12)
            case 13..<18: ("下午", hour - 12)
            default: ("晚上", hour - 12)
            }
            let clock = "\(period)\(twelve)点" + (minute == 0 ? "" : "\(minute < 10 ? "0" : "")\(minute)分")
            switch day {
            case .today: return "今天\(clock)前"
            case .tomorrow: return "明天\(clock)前"
            case .other: return "\(dated)前"
            }
        case .ru:
            switch day {
            case .today: return "сегодня до \(clock24)"
            case .tomorrow: return "завтра до \(clock24)"
            case .other:
                // "7 декабря (пн) в 10:00" -> "до 10:00, 7 декабря (пн)"
                let date = dated.components(separatedBy: " в ").first ?? dated
                return "до \(clock24), \(date)"
            }
        case .fa:
            switch day {
            case .today: return LocalizedDateText.persianDigits("تا ساعت \(clock24) امروز")
            case .tomorrow: return LocalizedDateText.persianDigits("تا ساعت \(clock24) فردا")
            case .other: return "تا \(dated)"
            }
        }
    }
}
