/// Paces a running console's reads of the store for other processes' changes. The first change
/// after a quiet spell is read at the wake-up it raises; while changes keep coming, they are read
/// at most once per `interval` (a change held back is read at the next wake-up past the interval,
/// or with the once-a-second tick, whichever comes first). Fifty consoles on a store taking twenty
/// messages a second would otherwise each read the queue again at every message and together
/// outrun a two-core server (Benchmarks/load.sh measures both).
struct StoreRefreshPacer {
    /// The shortest time between two reads at wake-ups; zero reads at every one (tests).
    let interval: Duration
    private var last: ContinuousClock.Instant?
    /// A change was flagged but not read yet.
    private var holding = false
    /// How many times the store was read for changes.
    private(set) var refreshes = 0

    init(interval: Duration) {
        self.interval = interval
    }

    /// At a wake-up: whether to read the store now (`flagged`: the change watch fired since the
    /// last look). A change arriving too soon after the last read is held, not dropped.
    mutating func atWakeup(flagged: Bool, now: ContinuousClock.Instant = .now) -> Bool {
        guard flagged || holding else { return false }
        if let last, now - last < interval {
            holding = true
            return false
        }
        return refresh(at: now)
    }

    /// At the tick: a flagged or held change is read with it (the tick polls the store anyway).
    mutating func atTick(flagged: Bool, now: ContinuousClock.Instant = .now) -> Bool {
        guard flagged || holding else { return false }
        return refresh(at: now)
    }

    private mutating func refresh(at now: ContinuousClock.Instant) -> Bool {
        holding = false
        last = now
        refreshes += 1
        return true
    }
}
