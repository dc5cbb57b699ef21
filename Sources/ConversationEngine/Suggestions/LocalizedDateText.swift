import Foundation

/// A due time or ETA written the way the customer reads dates: their language's word order,
/// weekday and 12- or 24-hour clock, their calendar (Persian customers get the Solar Hijri
/// date in Persian digits) and their time zone, because "Thursday 3 PM" on the agent's clock
/// is a broken promise on the customer's.
///
/// | language | example |
/// |---|---|
/// | en | Thursday 3 December, 3:00 pm |
/// | ko | 12월 3일(목) 오후 3시 |
/// | zh | 12月3日（周四）下午3点 |
/// | ru | 3 декабря (чт) в 15:00 |
/// | fa | پنجشنبه ۱۲ آذر ساعت ۱۵:۰۰ |
///
/// A time at local midnight or 23:59 means "by the end of that day" and is written as the
/// date alone. The year is shown only when it differs from the reply's (`relativeTo`) year.
public enum LocalizedDateText {
    public static func text(for date: Date, in language: Language, timeZone: TimeZone, relativeTo now: Date? = nil) -> String {
        let calendar = calendar(for: language, timeZone: timeZone)
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: date)
        let showsYear = now.map { calendar.component(.year, from: $0) != parts.year } ?? false
        let moment = Moment(
            year: showsYear ? parts.year : nil, month: parts.month ?? 1, day: parts.day ?? 1,
            weekday: parts.weekday ?? 1, hour: parts.hour ?? 0, minute: parts.minute ?? 0)
        switch language {
        case .en: return english(moment)
        case .ko: return korean(moment)
        case .zh: return chinese(moment)
        case .ru: return russian(moment)
        case .fa: return persian(moment)
        }
    }

    /// The calendar a customer counts days in: Solar Hijri for Persian, Gregorian otherwise.
    static func calendar(for language: Language, timeZone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: language == .fa ? .persian : .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    private struct Moment {
        var year: Int?
        var month: Int
        var day: Int
        /// 1 = Sunday … 7 = Saturday.
        var weekday: Int
        var hour: Int
        var minute: Int

        /// Midnight and 23:59 stand for "that day": no clock time is written.
        var isWholeDay: Bool { (hour == 0 && minute == 0) || (hour == 23 && minute == 59) }
        var hour12: Int { hour % 12 == 0 ? 12 : hour % 12 }

        func name(_ names: [String], index: Int) -> String {
            names.indices.contains(index) ? names[index] : ""
        }
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    // MARK: - Languages

    private static func english(_ m: Moment) -> String {
        let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        var text = "\(m.name(weekdays, index: m.weekday - 1)) \(m.day) \(m.name(months, index: m.month - 1))"
        if let year = m.year { text += " \(year)" }
        guard !m.isWholeDay else { return text }
        return text + ", \(m.hour12):\(twoDigits(m.minute)) \(m.hour < 12 ? "am" : "pm")"
    }

    private static func korean(_ m: Moment) -> String {
        let weekdays = ["일", "월", "화", "수", "목", "금", "토"]
        var text = m.year.map { "\($0)년 " } ?? ""
        text += "\(m.month)월 \(m.day)일(\(m.name(weekdays, index: m.weekday - 1)))"
        guard !m.isWholeDay else { return text }
        text += " \(m.hour < 12 ? "오전" : "오후") \(m.hour12)시"
        return m.minute == 0 ? text : text + " \(m.minute)분"
    }

    private static func chinese(_ m: Moment) -> String {
        let weekdays = ["日", "一", "二", "三", "四", "五", "六"]
        var text = m.year.map { "\($0)年" } ?? ""
        text += "\(m.month)月\(m.day)日（周\(m.name(weekdays, index: m.weekday - 1))）"
        guard !m.isWholeDay else { return text }
        let period: String
        let hour: Int
        switch m.hour {
        case 0..<6: (period, hour) = ("凌晨", m.hour)
        case 6..<12: (period, hour) = ("上午", m.hour)
        case 12: (period, hour) = ("中午", 12)
        case 13..<18: (period, hour) = ("下午", m.hour - 12)
        default: (period, hour) = ("晚上", m.hour - 12)
        }
        text += "\(period)\(hour)点"
        return m.minute == 0 ? text : text + "\(twoDigits(m.minute))分"
    }

    private static func russian(_ m: Moment) -> String {
        let weekdays = ["вс", "пн", "вт", "ср", "чт", "пт", "сб"]
        let months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                      "октября", "ноября", "декабря"]
        var text = "\(m.day) \(m.name(months, index: m.month - 1))"
        if let year = m.year { text += " \(year) г." }
        text += " (\(m.name(weekdays, index: m.weekday - 1)))"
        guard !m.isWholeDay else { return text }
        return text + " в \(m.hour):\(twoDigits(m.minute))"
    }

    private static func persian(_ m: Moment) -> String {
        let weekdays = ["یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه"]
        let months = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
                      "بهمن", "اسفند"]
        var text = "\(m.name(weekdays, index: m.weekday - 1)) \(m.day) \(m.name(months, index: m.month - 1))"
        if let year = m.year { text += " \(year)" }
        if !m.isWholeDay { text += " ساعت \(m.hour):\(twoDigits(m.minute))" }
        return persianDigits(text)
    }

    /// ASCII digits as Extended Arabic-Indic (Persian) digits: ۰۱۲۳۴۵۶۷۸۹.
    static func persianDigits(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x30, scalar.value <= 0x39, let digit = Unicode.Scalar(scalar.value - 0x30 + 0x06F0) {
                scalars.append(digit)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
