import Foundation

/// A time phrase found in a text: where it stands, what it means, and whether its own words set
/// a limit ("within 24 hours", "by Friday", "금요일까지", "三天内", "до пятницы", "تا جمعه") or
/// only name a time ("tomorrow", "5 business days"), which needs a verb that commits before it
/// counts as a promise.
struct TimePhrase: Hashable {
    var range: NSRange
    var expression: TimeExpression
    var isDeadline: Bool
}
