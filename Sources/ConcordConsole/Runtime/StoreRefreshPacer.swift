import ConcordStore

/// Paces a running console's reads of the store for other processes' changes. The first change
/// after a quiet spell is read at the wake-up it raises; while changes keep coming, they are read
/// at most once per `interval` (a change held back is read as soon as the interval has passed:
/// the loop asks `holdsDueChange` at least ten times a second, and the tick reads it too). Fifty consoles on a store taking twenty
/// messages a second would otherwise each read the queue again at every message and together
/// outrun a two-core server (Benchmarks/load.sh measures both).
struct StoreRefreshPacer {
    /// The shortest time between two reads at wake-ups; zero reads at every one (tests).
    let interval: Duration
    private var last: ContinuousClock.Instant?
    /// A change that arrived but was not read yet.
    private var held: StoreChange?
    /// How many times the store was read for changes.
    private(set) var refreshes = 0

    init(interval: Duration) {
        self.interval = interval
    }

    /// At a wake-up: what to read the store again for now (`arrived`: what the change watch
    /// reported since the last look), with any change held back before; nil: nothing now. A
    /// change arriving too soon after the last read is held, not dropped.
    mutating func atWakeup(_ arrived: StoreChange?, now: ContinuousClock.Instant = .now) -> StoreChange? {
        guard let change = combined(arrived) else { return nil }
        if let last, now - last < interval {
            held = change
            return nil
        }
        return refresh(change, at: now)
    }

    /// At the tick: an arrived or held change is read with it (the tick polls the store anyway).
    mutating func atTick(_ arrived: StoreChange?, now: ContinuousClock.Instant = .now) -> StoreChange? {
        guard let change = combined(arrived) else { return nil }
        return refresh(change, at: now)
    }

    /// Whether a held change may be read now: the wake-up that would read it need not wait
    /// for another change or the tick (`TerminalApplication.wakeupIsDue`).
    func holdsDueChange(now: ContinuousClock.Instant = .now) -> Bool {
        guard held != nil else { return false }
        return last.map { now - $0 >= interval } ?? true
    }

    private func combined(_ arrived: StoreChange?) -> StoreChange? {
        switch (held, arrived) {
        case (let held?, let arrived?): held.merged(with: arrived)
        case (let held?, nil): held
        case (nil, let arrived): arrived
        }
    }

    private mutating func refresh(_ change: StoreChange, at now: ContinuousClock.Instant) -> StoreChange {
        held = nil
        last = now
        refreshes += 1
        return change
    }
}
