import Foundation

/// Finds the time phrases of one language in a range of text.
///
/// Every rule of the language runs; where matches overlap the longest wins ("12월 3일까지"
/// over "3일", "پس فردا" over "فردا", "下周五" over "下周"). A day and a clock time side by
/// side ("tomorrow at 3 pm", "내일 오후 3시", "明天下午3点", "завтра до 18:00",
/// "فردا ساعت ۱۰ صبح") become one phrase: that day, at that time.
enum TimePhraseScanner {
    static func phrases(in text: AlignedText, range: NSRange, language: Language) -> [TimePhrase] {
        guard TimePhrasePatterns.trigger(for: language).occurs(in: text, range: range) else { return [] }
        let sentence = Array(text.folded(range).lowercased().utf8)
        var found: [TimePhrase] = []
        for rule in TimePhrasePatterns.rules(for: language) {
            guard rule.mayMatch(sentence) else {
                #if DEBUG
                let missed = rule.pattern.matches(in: text, range: range).filter { rule.build($0) != nil }
                assert(missed.isEmpty, "a time-phrase rule needing \(rule.needs.map { String(decoding: $0, as: UTF8.self) }) "
                       + "matches \"\(text.folded(range))\"")
                #endif
                continue
            }
            for match in rule.pattern.matches(in: text, range: range) {
                guard let expression = rule.build(match) else { continue }
                let trimmed = trim(match.range, in: text)
                guard trimmed.length > 0 else { continue }
                found.append(TimePhrase(range: trimmed, expression: expression, isDeadline: rule.alwaysDeadline || match.has("by")))
            }
        }
        return mergingClockTimes(nonOverlapping(found), in: text)
    }

    /// The longest phrases that do not overlap, in text order.
    private static func nonOverlapping(_ phrases: [TimePhrase]) -> [TimePhrase] {
        let byLength = phrases.sorted { a, b in
            a.range.length != b.range.length ? a.range.length > b.range.length : a.range.location < b.range.location
        }
        var kept: [TimePhrase] = []
        for phrase in byLength where !kept.contains(where: { NSIntersectionRange($0.range, phrase.range).length > 0 }) {
            kept.append(phrase)
        }
        return kept.sorted { $0.range.location < $1.range.location }
    }

    /// Joins a day next to a clock time into one phrase.
    private static func mergingClockTimes(_ phrases: [TimePhrase], in text: AlignedText) -> [TimePhrase] {
        var result: [TimePhrase] = []
        for phrase in phrases {
            if let last = result.last, let merged = merge(last, phrase, in: text) {
                result[result.count - 1] = merged
            } else {
                result.append(phrase)
            }
        }
        return result
    }

    private static func merge(_ first: TimePhrase, _ second: TimePhrase, in text: AlignedText) -> TimePhrase? {
        let gapStart = first.range.location + first.range.length
        let gap = NSRange(location: gapStart, length: second.range.location - gapStart)
        guard gap.length >= 0, gap.length <= 8, glue.occurs(in: text, range: gap) else { return nil }
        let day: DayReference, minutes: Int
        switch (first.expression, second.expression) {
        case (.day(let reference, _), .day(.upcoming, let clock?)) where reference != .upcoming:
            day = reference
            minutes = clock
        case (.day(.upcoming, let clock?), .day(let reference, _)) where reference != .upcoming:
            day = reference
            minutes = clock
        default:
            return nil
        }
        return TimePhrase(range: NSUnionRange(first.range, second.range), expression: .day(day, minutes: minutes),
                          isDeadline: first.isDeadline || second.isDeadline)
    }

    /// What may stand between a day and its clock time.
    private static let glue = AlignedPattern(#"^[\s,]*(?:at|by|before|around|no\s+later\s+than|в|к|до|около|не\s+позднее)?[\s,]*$"#)

    private static func trim(_ range: NSRange, in text: AlignedText) -> NSRange {
        let units = text.units
        var start = range.location, end = min(units.count, range.location + range.length)
        while start < end, units[start] == 0x20 || units[start] == 0x0A || units[start] == 0x09 { start += 1 }
        while end > start, units[end - 1] == 0x20 || units[end - 1] == 0x0A || units[end - 1] == 0x09 { end -= 1 }
        return NSRange(location: start, length: end - start)
    }
}
