import Foundation

/// Finds the commitments with a time in a reply to a customer ("we'll get back to you within 24
/// hours", "환불은 3~5영업일 이내에 처리됩니다", "我们会在三个工作日内退款", "перезвоним завтра",
/// "تا جمعه ارسال می‌شود"), and when each falls due.
///
/// Customers remember what they were told and hold the team to it (DOMAIN.md, principle 4):
/// every time promise in an outbound message belongs in the promise ledger, pinned to the
/// instant the customer will expect it. Only commitments count: a report of the past ("we sent
/// it 3 days ago", "3일 전에 보냈습니다"), a request ("please reply within 7 days"), a condition
/// ("if you have not heard from us within 24 hours") or a refusal ("we can't promise Friday")
/// is not one. Run it on outbound text only; a customer's "I waited 3 days" is not a promise.
///
/// How phrases become due times, in the time zone given (the customer's, since that is the
/// clock they read the promise on):
/// - "within N minutes / hours" (24시간 이내, 24小时内, в течение 24 часов, ظرف ۲۴ ساعت): exactly
///   N after `sentAt`. "Within N business hours" counts the calendar's open hours (Monday to
///   Friday 09:00–18:00 without a calendar).
/// - A range ("in 3-5 business days", 3~5영업일, 3–5 рабочих дней, ۳ تا ۵ روز کاری) is due at its
///   slow end: five.
/// - "within N days / weeks / months" (in two days, 两天内, в течение двух дней): the end of the
///   Nth day after the day of sending.
/// - "within N business days": the Nth open day of the calendar after the day of sending
///   (Monday to Friday without a calendar; the day of sending never counts), at its close.
/// - "today", "tomorrow", "the day after tomorrow", a weekday, a date: the end of that local day
///   (23:59:59), or the calendar's closing time that day when a calendar is given, is open that
///   day and the close is still ahead. A promise for a closed day keeps the end of that day: it
///   is what the customer was told.
/// - "tomorrow morning" is due at 12:00, "tomorrow afternoon" at 18:00, "tomorrow evening" at
///   the end of the day; a clock time ("by 5 pm", "오후 3시까지", "下午3点前", "до 18:00",
///   "ساعت ۵ عصر") at that time, on the day named or else the next time it comes. A clock hour
///   from one to seven without am/pm is read as afternoon.
/// - "by Friday" (금요일까지, 周五前, до пятницы, تا جمعه) is the coming Friday: today, when today
///   is Friday. "Next Friday" (다음 주 금요일, 下周五, в следующую пятницу, جمعه هفته بعد) is the
///   Friday of next week.
/// - "by the end of the week" (이번 주 내, 本周内, до конца недели, تا آخر هفته) is the end of the
///   week's last business day (its last day, once that has passed); "next week" the end of next
///   week's. Weeks run Monday to Sunday, and Saturday to Friday in Persian. The end of the month
///   likewise.
/// - A date without a year ("on 3 December", "12/05", 12월 3일까지, 12月3日前, к 3 декабря,
///   تا ۱۲ آذر) is the next time that date comes. "12/05" is month first in English, Korean and
///   Chinese; "12.05" is day first in Russian. Persian month names are Solar Hijri ones.
public struct PromiseExtractor: Sendable {
    public init() {}

    /// The promises in `text`, in the order they were written.
    ///
    /// - Parameters:
    ///   - text: an outbound message (email body, chat line, SMS); quoted lines are skipped.
    ///   - language: the language it is written in.
    ///   - sentAt: when it was (or will be) sent: "tomorrow" counts from here.
    ///   - timeZone: whose days "today" and "by Friday" mean.
    ///   - calendar: the team's opening hours, for business days and closing times.
    public func extract(from text: String, language: Language, sentAt: Date, timeZone: TimeZone,
                        calendar: BusinessCalendar? = nil) -> [ExtractedPromise] {
        let matchable = AlignedText(text)
        let resolver = DueDateResolver(sentAt: sentAt, timeZone: timeZone, calendar: calendar, language: language)
        var promises: [ExtractedPromise] = []
        for statement in TimeStatementReader.read(matchable, language: language, mode: .promise) {
            guard let dueAt = resolver.due(statement.phrase.expression), dueAt > sentAt else { continue }
            let promise = ExtractedPromise(text: Whitespace.collapsed(matchable.original(statement.sentence)), dueAt: dueAt,
                                           kind: PromiseKind(statement.topic),
                                           expression: Whitespace.collapsed(matchable.original(statement.phrase.range)))
            if !promises.contains(promise) { promises.append(promise) }
        }
        return promises
    }

    /// The due time a bare time expression names ("by Friday", "3 business days", "내일까지",
    /// "تا فردا"), without the promise wording the ledger otherwise needs: for an agent typing
    /// when something is due. Nil when `words` hold no time Concord can read, or one in the past.
    public func dueTime(of words: String, language: Language, from now: Date, timeZone: TimeZone,
                        calendar: BusinessCalendar? = nil) -> Date? {
        let matchable = AlignedText(words)
        let resolver = DueDateResolver(sentAt: now, timeZone: timeZone, calendar: calendar, language: language)
        for phrase in TimePhraseScanner.phrases(in: matchable, range: matchable.fullRange, language: language) {
            if let due = resolver.due(phrase.expression), due > now { return due }
        }
        return nil
    }
}
