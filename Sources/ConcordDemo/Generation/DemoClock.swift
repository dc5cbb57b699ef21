/// Local-time arithmetic for one customer, without Calendar: an offset from UTC (taken once,
/// at the reference instant) and the customer's weekend. Good enough for "tomorrow before noon"
/// and "5 business days"; a DST change inside a demo story moves a due time by an hour at most.
struct DemoClock: Sendable {
    /// Seconds east of UTC.
    let offset: Int
    /// Weekdays (0 = Sunday … 6 = Saturday) that are not business days.
    let weekend: [Int]

    private func localDay(_ t: Int) -> Int { Self.floorDiv(t + offset, 86_400) }

    private func start(ofLocalDay day: Int) -> Int { day * 86_400 - offset }

    /// 1970-01-01 was a Thursday (4).
    private func weekday(ofLocalDay day: Int) -> Int { ((day + 4) % 7 + 7) % 7 }

    private static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }

    /// The next local noon strictly after the day of `t` ("tomorrow before noon").
    func tomorrowNoon(after t: Int) -> Int { start(ofLocalDay: localDay(t) + 1) + 12 * 3600 }

    /// 18:00 local on the `days`-th business day after the day of `t`.
    func businessDaysLater(_ days: Int, after t: Int) -> Int {
        var day = localDay(t)
        var remaining = days
        while remaining > 0 {
            day += 1
            if !weekend.contains(weekday(ofLocalDay: day)) { remaining -= 1 }
        }
        return start(ofLocalDay: day) + 18 * 3600
    }

    /// When a promise of `kind` made at `t` falls due.
    func due(_ kind: DemoPromiseKind, madeAt t: Int) -> Int {
        switch kind {
        case .refund5bd: businessDaysLater(5, after: t)
        case .callbackTomorrow: tomorrowNoon(after: t)
        case .reply24h: t + 24 * 3600
        case .update48h: t + 48 * 3600
        case .replacement3bd: businessDaysLater(3, after: t)
        case .callback2h: t + 2 * 3600
        case .invoice2bd: businessDaysLater(2, after: t)
        }
    }
}
