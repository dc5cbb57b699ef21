import Foundation
import Testing
@testable import ConcordConsole
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// The running console reads other processes' changes at once after a quiet spell, and at most
/// once a second while they keep coming; a change held back is never lost: the next wake-up past
/// the interval, or the tick, reads it.
@Suite("Console live update pacing")
struct ConsoleLivePacingTests {
    @Test func theFirstChangeIsReadAtOnceAndLaterOnesAtMostOncePerInterval() {
        var pacer = StoreRefreshPacer(interval: .seconds(1))
        let start = ContinuousClock.now
        // (flagged, milliseconds after the start) -> read now?
        let reads = [(false, 0), (true, 0), (true, 300), (false, 600), (false, 1_000), (false, 2_500)].map { flagged, after in
            pacer.atWakeup(flagged ? .anything : nil, now: start + .milliseconds(after)) != nil
        }
        // No change, no read; the first change at once; the next held (still held without a new
        // one), then read once the second is up; nothing held any more after that.
        #expect(reads == [false, true, false, false, true, false])
        #expect(pacer.refreshes == 2)
    }

    @Test func aHeldChangeIsReadWithTheTick() {
        var pacer = StoreRefreshPacer(interval: .seconds(1))
        let start = ContinuousClock.now
        let first = pacer.atWakeup(.customers([CustomerID(1)]), now: start)
        let tooSoon = pacer.atWakeup(.customers([CustomerID(2)]), now: start + .milliseconds(100))
        let atTick = pacer.atTick(nil, now: start + .milliseconds(400))
        let quietTick = pacer.atTick(nil, now: start + .milliseconds(1_400))
        #expect([first, tooSoon, atTick, quietTick] == [.customers([CustomerID(1)]), nil, .customers([CustomerID(2)]), nil],
                "a tick with nothing new reads nothing")
    }

    @Test func changesHeldBackAddUpIntoOneRead() {
        var pacer = StoreRefreshPacer(interval: .seconds(1))
        let start = ContinuousClock.now
        _ = pacer.atWakeup(.presence, now: start)
        let held = [
            pacer.atWakeup(.customers([CustomerID(3)]), now: start + .milliseconds(100)),
            pacer.atWakeup(.presence, now: start + .milliseconds(200)),
            pacer.atWakeup(.customers([CustomerID(4)]), now: start + .milliseconds(300)),
        ]
        #expect(held == [nil, nil, nil])
        let read = pacer.atWakeup(nil, now: start + .milliseconds(1_100))
        #expect(read?.customers == [CustomerID(3), CustomerID(4)])
        #expect(read?.presence == true, "the presence change held between them is not forgotten")
        _ = pacer.atWakeup(.customers([CustomerID(5)]), now: start + .milliseconds(1_200))
        _ = pacer.atWakeup(.anything, now: start + .milliseconds(1_300))
        #expect(pacer.atTick(nil, now: start + .milliseconds(1_400)) == .anything, "anything absorbs the rest")
    }

    @Test func aHeldChangeIsDueOnceTheIntervalHasPassed() {
        var pacer = StoreRefreshPacer(interval: .milliseconds(250))
        let start = ContinuousClock.now
        #expect(!pacer.holdsDueChange(now: start), "nothing held")
        _ = pacer.atWakeup(.anything, now: start)
        _ = pacer.atWakeup(.customers([CustomerID(9)]), now: start + .milliseconds(50))
        #expect(!pacer.holdsDueChange(now: start + .milliseconds(200)))
        #expect(pacer.holdsDueChange(now: start + .milliseconds(250)), "the loop delivers a wake-up for it now")
        #expect(pacer.atWakeup(nil, now: start + .milliseconds(260)) == .customers([CustomerID(9)]))
        #expect(!pacer.holdsDueChange(now: start + .milliseconds(900)))
    }

    @Test func withoutAnIntervalEveryChangeIsReadAtItsWakeUp() {
        var pacer = StoreRefreshPacer(interval: .zero)
        let now = ContinuousClock.now
        let reads = [pacer.atWakeup(.anything, now: now), pacer.atWakeup(.anything, now: now)]
        #expect(reads == [.anything, .anything])
        #expect(pacer.refreshes == 2)
    }

    @Test func aPacedConsoleShowsAMessageHeldBackAtTheTick() throws {
        let fixture = try ConsoleFixture()
        let state = ConsoleState(now: ConsoleFixture.now, size: Size(width: 160, height: 45), queueOrdering: .dueFirst,
                                 presentation: try ConsoleFixture.presentation())
        let app = ConsoleApplication(state: state, store: fixture.store, liveRefreshInterval: .seconds(60),
                                     clock: { ConsoleFixture.now })
        app.start()
        let other = try SQLiteStore(path: fixture.store.path)
        func arrive(_ name: String) throws {
            _ = try other.ingest(InboundEvent(
                channel: .sms, providerID: "paced-\(name)", occurredAt: ConsoleFixture.now,
                customer: CustomerHints(identities: [.phone("+1415555\(name.count)0\(name.count)")!], name: PersonName(displayName: name)),
                text: "Hello?", priority: .urgent))
            app.storeChanges.raise()
        }
        try arrive("First Caller")
        #expect(try app.handle(.wakeup) == .continue)
        #expect(app.state.queue.rows.contains { $0.customerName.displayName == "First Caller" })

        try arrive("Second Caller Here")
        #expect(try app.handle(.wakeup) == .unchanged, "held: the last read was less than the interval ago")
        #expect(!app.state.queue.rows.contains { $0.customerName.displayName == "Second Caller Here" })
        #expect(try app.handle(.tick) == .continue)
        #expect(app.state.queue.rows.contains { $0.customerName.displayName == "Second Caller Here" })
        #expect(ConsoleFixture.screen(app).contains("Second Call"))
        #expect(app.storeRefreshes == 2)
    }
}
