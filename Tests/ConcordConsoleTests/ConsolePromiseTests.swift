import Foundation
import Testing
@testable import ConcordConsole
import ConcordStore
import ConcordTerminal
import ConcordTestSupport
import ConversationEngine

/// The promise ledger by keyboard, on a real SQLite store: `p` records a promise with its time
/// read from the words, and on the card `n` selects, `x` keeps, `X` breaks, `O` reopens and `e`
/// changes the due time; the card and the queue follow.
@Suite("Console promises by keyboard")
struct ConsolePromiseTests {
    static let directory = GoldenFile.snapshotDirectory(forTestFile: #filePath)

    static func focusCard(_ app: ConsoleApplication) {
        while app.state.focus != .card { app.dispatch(.key(.tab)) }
    }

    @Test func pRecordsAPromiseWithItsTimeReadFromTheWords() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 160, height: 45))
        try ConsoleDraftTests.select("김민지", in: app)
        let customer = try #require(app.state.detail?.customer.id)
        let before = try fixture.store.promises(of: customer).count

        app.dispatch(.key(.char("p")))
        #expect(app.state.prompt != nil)
        // Keys are text while the prompt is open: q does not quit, j does not move.
        ConsoleDraftTests.type("환불은 금요일까지 처리해 드리겠습니다 q", into: app)
        app.dispatch(.key(.backspace))
        app.dispatch(.key(.backspace))
        #expect(app.state.prompt?.text == "환불은 금요일까지 처리해 드리겠습니다")
        app.dispatch(.key(.enter))

        #expect(app.state.prompt == nil)
        let promises = try fixture.store.promises(of: customer)
        #expect(promises.count == before + 1)
        let added = try #require(promises.first { $0.text == "환불은 금요일까지 처리해 드리겠습니다" })
        #expect(added.kind == .refund)
        #expect(added.state == .open)
        // Monday evening in Seoul; the team works 09:00-18:00 UTC (the standard calendar): by Friday is
        // the close of business on Friday 27 November, as the ledger reads the same words in a reply.
        #expect(added.dueAt == ISO8601DateFormatter().date(from: "2026-11-27T18:00:00Z"), "not \(added.dueAt)")
        #expect(app.state.statusMessage?.text.hasPrefix("Promise recorded, due") == true)
        #expect(app.state.selectedPromise == added.id)
        #expect(app.state.detail?.promises.contains { $0.id == added.id } == true, "the card shows it at once")
    }

    @Test func theCardKeysSettleReopenAndRescheduleTheSelectedPromise() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 160, height: 45))
        try ConsoleDraftTests.select("김민지", in: app)
        Self.focusCard(app)
        let listed = app.state.detail?.listedPromises ?? []
        let first = try #require(listed.first)

        app.dispatch(.key(.char("n")))
        #expect(app.state.selectedPromise == first.id)
        #expect(app.state.statusMessage?.text.hasPrefix("Promise 1 of \(listed.count)") == true)

        app.dispatch(.key(.char("x")))
        #expect(try fixture.store.promise(first.id)?.state == .kept)
        #expect(try fixture.store.promise(first.id)?.closedAt == ConsoleFixture.now)
        app.dispatch(.key(.char("x")))
        #expect(app.state.statusMessage?.text == "That promise is already kept.")

        app.dispatch(.key(.char("O")))
        #expect(try fixture.store.promise(first.id)?.state == .open)

        app.dispatch(.key(.char("e")))
        ConsoleDraftTests.type("2026-12-01T09:00:00Z", into: app)
        app.dispatch(.key(.enter))
        #expect(try fixture.store.promise(first.id)?.dueAt == ISO8601DateFormatter().date(from: "2026-12-01T09:00:00Z"))
        #expect(app.state.statusMessage?.text.hasPrefix("Promise now due") == true)

        app.dispatch(.key(.char("e")))
        ConsoleDraftTests.type("3 business days", into: app)
        app.dispatch(.key(.enter))
        let rescheduled = try #require(try fixture.store.promise(first.id)?.dueAt)
        #expect(rescheduled > ConsoleFixture.now.addingTimeInterval(2 * 86_400))
        #expect(rescheduled < ConsoleFixture.now.addingTimeInterval(6 * 86_400))

        app.dispatch(.key(.char("X")))
        #expect(try fixture.store.promise(first.id)?.state == .broken)
        #expect(app.state.statusMessage?.text.contains("tell the customer") == true)
    }

    @Test func escapeDropsThePromptAndBadWordsAreRefusedWithWhatToType() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 160, height: 45))
        try ConsoleDraftTests.select("Sarah Miller", in: app)
        let customer = try #require(app.state.detail?.customer.id)
        let before = try fixture.store.promises(of: customer).count

        app.dispatch(.key(.char("p")))
        ConsoleDraftTests.type("never mind", into: app)
        app.dispatch(.key(.escape))
        #expect(app.state.prompt == nil)
        #expect(app.state.statusMessage?.text == "Cancelled.")

        app.dispatch(.key(.char("p")))
        ConsoleDraftTests.type("we will look into it", into: app)
        app.dispatch(.key(.enter))
        #expect(app.state.statusMessage?.kind == .error)
        #expect(app.state.statusMessage?.text.contains("names no time") == true)

        app.dispatch(.key(.char("p")))
        app.dispatch(.key(.enter))
        #expect(app.state.statusMessage?.text == "Nothing typed; nothing changed.")
        #expect(try fixture.store.promises(of: customer).count == before)
        #expect(app.state.prompt == nil)
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 160, height: 45)])
    func promptAndSelectedPromiseGoldenScreens(size: Size) throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: size)
        try ConsoleDraftTests.select("مریم احمدی", in: app)
        app.dispatch(.key(.char("p")))
        ConsoleDraftTests.type("بازپرداخت تا فردا انجام می‌شود", into: app)
        let prompting = ConsoleFixture.screen(app)
        app.dispatch(.key(.enter))
        Self.focusCard(app)
        let recorded = ConsoleFixture.screen(app)
        GoldenFile.assertMatches("── typing a promise ──\n" + prompting + "\n── recorded, on the card ──\n" + recorded,
                                 named: "promises-fa-\(size.width)x\(size.height)", directory: Self.directory)
    }
}
