import Foundation

/// What a time phrase in a reply means, before it is pinned to a clock: "within 24 hours",
/// "in 3–5 business days", "by Friday", "tomorrow morning", "12월 3일까지", "до конца недели".
///
/// Kept apart from the due instant because the same words mean different instants for
/// messages sent on different days: consistency checks compare what was said ("5 business
/// days" against "10 days"), promise tracking compares when it falls due.
enum TimeExpression: Hashable, Sendable {
    /// A length of time from the moment of sending.
    case span(TimeSpan)
    /// A day, by the end of it (or its closing time), or by a time of day when `minutes` is set.
    case day(DayReference, minutes: Int?)
    /// The end of the week `weeksAhead` weeks from this one ("by the end of the week", "next week").
    case weekEnd(weeksAhead: Int)
    /// The end of the month `monthsAhead` months from this one ("by the end of the month").
    case monthEnd(monthsAhead: Int)

    /// The span, when the phrase is a length of time.
    var span: TimeSpan? {
        if case .span(let span) = self { return span }
        return nil
    }
}
