import Foundation

/// Korean: 24시간 이내, 두 시간 안에, 3~5영업일 이내, 영업일 기준 3~5일, 이틀 안에, 내일까지,
/// 내일 오전까지, 오늘 중으로, 모레, 금요일까지, 다음 주 월요일, 이번 주 내, 다음 주,
/// 이번 달 말까지, 12월 3일까지, 12/3까지, 3일까지 (the 3rd of this month), 오후 3시까지.
extension TimePhrasePatterns {
    private static let koCount = #"\d+|"# + CountWords.pattern(for: .ko)
    private static let koUnit = #"(?<unit>영업\s*일|근무\s*일|업무\s*일|영업\s*시간|근무\s*시간|시간|분|일|주일|주|개월|달)"#
    /// Limits after a span: 이내(에), 내(에), 안에, 만에, 후(에), 뒤(에), 이후. "내내" (throughout) is not one.
    private static let koSpanLimit = #"(?<by>이내(?:에|로)?|내(?!내)(?:에|로)?|안에|안으로|만에|후에?|뒤에?|이후)"#
    /// Limits after a day: 까지, 전까지, 중(으로), 안에, 내(로).
    private static let koDayLimit = #"(?<by>까지|전까지|이전까지|중으로|중에|중|안에|안으로|내로|내에?)"#
    private static let koPart = #"(?<part>오전|오후|아침|점심|저녁|밤)(?!\s*\d)"#

    static let korean: [TimePhraseRule] = [
        // 24시간 이내, 3~5영업일 이내, 두 시간 안에, 3일 후, 2주 이내
        TimePhraseRule(#"(?<low>\#(koCount))\s*(?:(?:~|-|에서)\s*(?<high>\#(koCount))\s*)?\#(koUnit)\s*(?:정도\s*|가량\s*|쯤\s*|내외\s*)?\#(koSpanLimit)?"#) { match in
            span(match, .ko, unit: koreanUnit(match.group("unit")))
        },
        // 영업일 기준 3~5일 (이내)
        TimePhraseRule(#"(?:영업|근무|업무)\s*일\s*기준\s*(?:으로\s*)?(?<low>\d+)\s*(?:[~-]\s*(?<high>\d+)\s*)?일\s*(?:정도\s*|가량\s*)?\#(koSpanLimit)?"#, needs: ["기준"]) { match in
            span(match, .ko, unit: .businessDay)
        },
        // 하루, 이틀, 사흘, 일주일, 한 달 (안에)
        TimePhraseRule(#"(?<word>하루|이틀|사흘|나흘|닷새|엿새|이레|열흘|보름|일주일|한\s*주|한\s*달)\s*(?:정도\s*|가량\s*)?\#(koSpanLimit)?"#, needs: ["하루", "이틀", "사흘", "나흘", "닷새", "엿새", "이레", "열흘", "보름", "주", "달"]) { match in
            koreanCountWord(match.group("word"))
        },
        // 오늘 중으로, 오늘까지, 금일 중, 오늘 오후까지
        TimePhraseRule(#"(?:오늘|금일|당일)(?:\s*\#(koPart))?(?:\s*\#(koDayLimit))?"#, needs: ["오늘", "금일", "당일"]) { match in
            .day(.relative(days: 0), minutes: partOfDay(koreanPart(match.group("part"))))
        },
        // 내일, 내일까지, 내일 오전까지, 내일 중으로
        TimePhraseRule(#"(?:내일|명일)(?!\s*모레)(?:\s*\#(koPart))?(?:\s*\#(koDayLimit))?"#, needs: ["내일", "명일"]) { match in
            .day(.relative(days: 1), minutes: partOfDay(koreanPart(match.group("part"))))
        },
        TimePhraseRule(#"(?:내일\s*)?모레(?:\s*\#(koDayLimit))?"#, needs: ["모레"]) { _ in .day(.relative(days: 2), minutes: nil) },
        // 금요일까지, 이번 주 금요일, 다음 주 월요일, 돌아오는 금요일
        TimePhraseRule(#"(?:(?<which>이번|금|다음|차|돌아오는|오는|담)\s*(?:주\s*)?)?(?<weekday>[월화수목금토일])요일\s*(?:\([^)]{0,6}\)\s*)?\#(koDayLimit)?"#, needs: ["요일"]) { match in
            guard let weekday = koreanWeekday(match.group("weekday")) else { return nil }
            let which = match.group("which") ?? ""
            return .day(.weekday(weekday, weeksAhead: ["다음", "차", "담"].contains(which) ? 1 : 0), minutes: nil)
        },
        // 이번 주 내, 이번 주 안에, 주말까지
        TimePhraseRule(#"(?:(?:이번|금)\s*주\s*(?:말\s*)?\#(koDayLimit)|(?<weekend>주말\s*까지|주말\s*전까지))"#, alwaysDeadline: true, needs: ["주"]) { _ in
            .weekEnd(weeksAhead: 0)
        },
        // 다음 주, 다음 주 중으로, 차주 내
        TimePhraseRule(#"(?:다음|차)\s*주(?!\s*[월화수목금토일]요일)(?:\s*(?:초|중반|말))?(?:\s*\#(koDayLimit)|\s*에)?"#, needs: ["주"]) { _ in .weekEnd(weeksAhead: 1) },
        // 이번 달 말까지, 이달 안에, 월말까지
        TimePhraseRule(#"(?:(?:이번|금|이)\s*(?:달|월(?!요일))\s*(?:말\s*)?|월말\s*)\#(koDayLimit)?"#, alwaysDeadline: true, needs: ["달", "월"]) { _ in
            .monthEnd(monthsAhead: 0)
        },
        TimePhraseRule(#"다음\s*(?:달|월(?!요일))(?:\s*\#(koDayLimit))?"#, needs: ["다음"]) { _ in .monthEnd(monthsAhead: 1) },
        // 12월 3일까지, 2026년 12월 3일(목)
        TimePhraseRule(#"(?:(?<year>\d{4})\s*년\s*)?(?<month>\d{1,2})\s*월\s*(?<day>\d{1,2})\s*일(?:\s*\([월화수목금토일]\))?\s*\#(koDayLimit)?"#, needs: ["월"]) { match in
            gregorian(match)
        },
        // 12/3까지, 12/3(목)
        TimePhraseRule(#"(?<![\d/])(?<month>\d{1,2})/(?<day>\d{1,2})(?![\d/])(?:\s*\([월화수목금토일]\))?\s*\#(koDayLimit)?"#, needs: ["/"]) { match in
            gregorian(match)
        },
        // 3일까지: the 3rd of this month (or the next)
        TimePhraseRule(#"(?<![\d월~-])(?<![\d월]\s)(?<day>\d{1,2})\s*일\s*(?<by>까지|전까지)"#, needs: ["까지"]) { match in
            guard let day = match.group("day").flatMap({ Int($0) }), (1...31).contains(day) else { return nil }
            return .day(.gregorian(month: nil, day: day, year: nil), minutes: nil)
        },
        // 오후 3시까지, 오전 10시 30분, 5시 전까지
        TimePhraseRule(#"(?:(?<ampm>오전|오후|아침|낮|저녁|밤)\s*)?(?<hour>\d{1,2}|열두|열한|열|한|두|세|네|다섯|여섯|일곱|여덟|아홉)\s*시(?!간)(?:\s*(?<minute>\d{1,2})\s*분|\s*(?<half>반))?\s*(?<by>까지|전까지|이전까지|이전|전에|전)?"#, needs: ["시"]) { match in
            guard let hour = match.group("hour").flatMap({ CountWords.value(of: $0, language: .ko) }) else { return nil }
            let minute = match.has("half") ? 30 : (match.group("minute").flatMap { Int($0) } ?? 0)
            let afternoon: Bool? = match.group("ampm").map { ["오후", "낮", "저녁", "밤"].contains($0) }
            return upcoming(clockMinutes(hour: hour, minute: minute, afternoon: afternoon))
        },
    ]

    private static func koreanUnit(_ text: String?) -> DurationUnit? {
        guard let unit = text?.replacingOccurrences(of: " ", with: "") else { return nil }
        switch unit {
        case "영업일", "근무일", "업무일": return .businessDay
        case "영업시간", "근무시간": return .businessHour
        case "시간": return .hour
        case "분": return .minute
        case "일": return .day
        case "주", "주일": return .week
        case "개월", "달": return .month
        default: return nil
        }
    }

    private static func koreanCountWord(_ text: String?) -> TimeExpression? {
        guard let word = text?.replacingOccurrences(of: " ", with: "") else { return nil }
        let days = ["하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "열흘": 10, "보름": 15]
        if let count = days[word] { return .span(TimeSpan(count, nil, .day)) }
        if word == "일주일" || word == "한주" { return .span(TimeSpan(1, nil, .week)) }
        if word == "한달" { return .span(TimeSpan(1, nil, .month)) }
        return nil
    }

    private static func koreanWeekday(_ text: String?) -> BusinessCalendar.Weekday? {
        guard let text, let index = Array("월화수목금토일").firstIndex(of: Character(text)) else { return nil }
        return weekday(mondayBased: index + 1)
    }

    private static func koreanPart(_ text: String?) -> PartOfDay? {
        switch text {
        case "오전"?, "아침"?, "점심"?: .morning
        case "오후"?: .afternoon
        case "저녁"?, "밤"?: .evening
        default: nil
        }
    }
}
