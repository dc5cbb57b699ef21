import Foundation

/// Reads a reply to the satisfaction survey: a score 1–5 written any way customers write it,
/// or nothing when the reply is about something else (it then reopens the case as usual).
///
/// Accepted: a digit in Latin, Persian, Arabic-Indic or full-width form ("4", "۴", "٤", "４"),
/// optionally "of 5" ("4/5", "4 из 5", "۴ از ۵") and a unit ("4점", "4分", "4 stars", "4 балла"),
/// then nothing or a comment after punctuation ("5 - thanks!"); a row of stars ("★★★★");
/// or a common word alone in the five languages ("excellent", "매우 만족", "非常满意",
/// "отлично", "عالی"), with thanks allowed after it.
///
/// Rejected: anything where the number is part of a sentence ("5 items missing"), numbered
/// lists ("1. I restarted it\n2. It still fails"), other numbers ("10", "12345").
///
/// ```swift
/// SurveyAnswerParser.parse("５")                  // score 5
/// SurveyAnswerParser.parse("4 - fixed, thanks")   // score 4, comment "fixed, thanks"
/// SurveyAnswerParser.parse("5 items missing")     // nil
/// ```
public enum SurveyAnswerParser {
    public static func parse(_ text: String) -> SurveyAnswer? {
        // Ingest asks this of every inbound message: most are refused on their first line, cheaply.
        guard let start = text.firstIndex(where: { !$0.isWhitespace }) else { return nil }
        let opening = text[start]
        if !(opening.unicodeScalars.first.map(isScoreStart) ?? false)
            && text[start...].prefix(while: { !$0.isNewline }).prefix(61).count > 60 { return nil }
        let lines = ownLines(of: text)
        guard let first = lines.first else { return nil }
        // A numbered list is an explanation, not an answer.
        if lines.dropFirst().contains(where: { line in line.first.map { isDigit($0) } == true }) { return nil }
        let rest = lines.dropFirst().joined(separator: "\n")
        if let answer = stars(first) ?? number(first) ?? word(first) {
            let comment = [answer.comment, rest.isEmpty ? nil : rest].compactMap { $0 }.joined(separator: "\n")
            return SurveyAnswer(score: answer.score, comment: comment.isEmpty ? nil : comment)
        }
        return nil
    }

    // MARK: - Preparing the text

    /// The customer's own words: non-empty lines up to the quoted message of a reply.
    static func ownLines(of text: String) -> [String] {
        var lines: [String] = []
        for raw in text.components(separatedBy: .newlines) {
            let line = foldDigits(raw).trimmingCharacters(in: .whitespaces)
            if line.hasPrefix(">") || quoteMarkers.contains(where: { line.contains($0) }) { break }
            if !line.isEmpty { lines.append(line) }
        }
        return lines
    }

    static let quoteMarkers = ["wrote:", "-----Original Message-----", "написал", "написала", "写道", "작성:", "نوشت:"]

    /// Persian, Arabic-Indic and full-width digits as ASCII digits.
    static func foldDigits(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let folded: UInt32? = switch value {
            case 0x06F0...0x06F9: 0x30 + value - 0x06F0
            case 0x0660...0x0669: 0x30 + value - 0x0660
            case 0xFF10...0xFF19: 0x30 + value - 0xFF10
            default: nil
            }
            scalars.append(folded.flatMap(Unicode.Scalar.init) ?? scalar)
        }
        return String(scalars)
    }

    static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }

    /// A digit in any accepted script, or a star: what a numeric or star answer starts with.
    static func isScoreStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x06F0...0x06F9, 0x0660...0x0669, 0xFF10...0xFF19, 0x2605, 0x2B50: true
        default: false
        }
    }

    /// Trailing punctuation, emoji and thanks that do not change an answer.
    static func stripped(_ text: String) -> String {
        var result = text.lowercased().trimmingCharacters(in: .whitespaces)
        var changed = true
        while changed {
            changed = false
            for thanks in thanksWords where result.hasSuffix(thanks) && result.count > thanks.count {
                result = String(result.dropLast(thanks.count)).trimmingCharacters(in: .whitespaces)
                changed = true
            }
            while let last = result.last, last.isPunctuation || last.isSymbol && last != "★" && last != "⭐" || last.isWhitespace
                    || last.unicodeScalars.first?.properties.isEmojiPresentation == true && last != "⭐" {
                result.removeLast()
                changed = true
            }
        }
        return result
    }

    static let thanksWords = ["thank you", "thanks", "спасибо", "감사합니다", "고맙습니다", "谢谢", "ممنون", "مرسی", "متشکرم", "سپاسگزارم"]

    // MARK: - Forms of an answer

    private static func stars(_ line: String) -> SurveyAnswer? {
        let text = stripped(line)
        let filled = text.filter { $0 == "★" || $0 == "⭐" }.count
        guard filled > 0, text.allSatisfy({ $0 == "★" || $0 == "⭐" || $0 == "☆" || $0.isWhitespace }), filled <= 5 else { return nil }
        return SurveyAnswer(score: filled)
    }

    /// Units a score may carry: points, stars, "out of five" in every language.
    static let units = ["out of 5", "of 5", "/5", "/ 5", "из 5", "از 5", "stars", "star", "points", "점", "分", "星", "балла", "баллов", "балл",
                        "звезды", "звёзды", "звезд", "звёзд", "звезда", "ستاره", "امتیاز"]

    private static func number(_ line: String) -> SurveyAnswer? {
        guard let first = line.first, isDigit(first), let score = first.wholeNumberValue, (1...5).contains(score) else { return nil }
        var rest = Substring(line.dropFirst())
        if let next = rest.first, isDigit(next) || next == "." && rest.dropFirst().first.map(isDigit) == true { return nil }
        // Units, in any order, with or without spaces.
        var matched = true
        while matched {
            matched = false
            let trimmed = rest.drop(while: { $0 == " " })
            for unit in units where trimmed.lowercased().hasPrefix(unit) {
                rest = trimmed.dropFirst(unit.count)
                matched = true
                break
            }
        }
        let tail = rest.trimmingCharacters(in: .whitespaces)
        if stripped(tail).isEmpty { return SurveyAnswer(score: score) }
        // A comment must be set off by punctuation: "5 - great", "4, thanks"; "5 items missing" is a sentence.
        guard let mark = tail.first, separators.contains(mark) else { return nil }
        let comment = String(tail.dropFirst()).trimmingCharacters(in: .whitespaces)
        return SurveyAnswer(score: score, comment: comment.isEmpty ? nil : comment)
    }

    static let separators: Set<Character> = ["-", "–", "—", ":", ",", "，", "、", "،", ".", "。", "!", "！", ";", "(", "（"]

    /// Words that are an answer on their own, with their score.
    static let words: [String: Int] = [
        "excellent": 5, "perfect": 5, "great": 5, "very satisfied": 5, "very good": 5, "good": 4, "satisfied": 4,
        "ok": 3, "okay": 3, "average": 3, "so-so": 3, "bad": 2, "poor": 2, "unsatisfied": 2, "dissatisfied": 2,
        "terrible": 1, "awful": 1, "very bad": 1, "very dissatisfied": 1,
        "매우 만족": 5, "아주 만족": 5, "최고": 5, "만족": 4, "좋아요": 4, "보통": 3, "불만족": 2, "별로": 2, "매우 불만족": 1, "최악": 1,
        "非常满意": 5, "很满意": 5, "满意": 4, "一般": 3, "不满意": 2, "很不满意": 1, "非常不满意": 1,
        "отлично": 5, "прекрасно": 5, "хорошо": 4, "нормально": 3, "удовлетворительно": 3, "плохо": 2, "ужасно": 1, "очень плохо": 1,
        "عالی": 5, "خیلی خوب": 5, "خوب": 4, "راضی": 4, "متوسط": 3, "معمولی": 3, "بد": 2, "ناراضی": 2, "خیلی بد": 1, "افتضاح": 1,
    ]

    private static func word(_ line: String) -> SurveyAnswer? {
        let text = stripped(line)
        return words[text].map { SurveyAnswer(score: $0) }
    }
}
