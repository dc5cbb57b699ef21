import Foundation
import Testing
@testable import ConcordConsole
import ConcordStore
import ConcordTerminal
import ConversationEngine

@Suite("Console behaviour")
struct ConsoleBehaviourTests {
    @Test func queueIsOrderedByWhatIsDueFirstAndShowsEveryScript() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 160, height: 45))
        let names = app.state.queue.rows.map(\.customerName.displayName)
        #expect(Set(names) == ["김민지", "王小明", "Иванова Анна Сергеевна", "مریم احمدی", "Sarah Miller"])
        // What breaches first is first: the Telegram message (due within the hour, five hours
        // ago), then the public complaint on X (high priority, due within 30 minutes).
        let due = app.state.queue.rows.map { $0.conversation.responseDueAt ?? .distantFuture }
        #expect(due == due.sorted())
        #expect(names.prefix(2) == ["Иванова Анна Сергеевна", "مریم احمدی"])
        let screen = ConsoleFixture.screen(app)
        // Persian is on screen in visual order: مریم drawn right to left is میرم.
        for name in ["김민지", "王小明", "Иванова", "میرم", "Sarah Miller"] {
            #expect(screen.contains(name), "\(name) is on the first screen")
        }
        #expect(!screen.contains("مریم"), "Persian is not drawn in logical order")
    }

    @Test func movingTheSelectionLoadsThatCustomersTimeline() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 160, height: 45))
        let first = try #require(app.state.detail?.customer.id)
        app.dispatch(.key(.char("j")))
        let second = try #require(app.state.detail?.customer.id)
        #expect(first != second)
        #expect(app.state.focusedConversation == app.state.queue.selectedItem?.id)
        app.dispatch(.key(.char("k")))
        #expect(app.state.detail?.customer.id == first)
    }

    @Test func timelineMergesEveryChannelOfTheCustomerAndHighlightsTheCase() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 160, height: 45))
        let koreanRow = try #require(app.state.queue.rows.firstIndex { $0.customerName.displayName == "김민지" })
        for _ in 0..<koreanRow { app.dispatch(.key(.down)) }
        let detail = try #require(app.state.detail)
        #expect(Set(detail.messages.map(\.channel)) == [.email, .phone, .sms])
        let text = app.state.timelineDocument.lines.map(\.plainText).joined(separator: "\n")
        #expect(text.contains("voicemail, 41s"))
        #expect(text.contains("벌써 세 번째 문의입니다"))
        #expect(text.contains("▌"), "the focused case is marked in the gutter")
        let screen = ConsoleFixture.screen(app)
        #expect(screen.contains("김민지 님"), "the card addresses her correctly")
        #expect(screen.contains("! overdue"), "the broken promise is an alarm on the card")
    }

    @Test func enterOpensTheTimelineAndEscapeReturnsToTheQueue() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 80, height: 24))
        app.dispatch(.key(.enter))
        #expect(app.state.focus == .timeline)
        app.dispatch(.key(.escape))
        #expect(app.state.focus == .queue)
    }

    @Test func timelineScrollsAndToggleScopeShowsOnlyTheCase() throws {
        let fixture = try ConsoleFixture()
        // 80x16 leaves the timeline six rows: shorter than the customer's history.
        let app = try fixture.console(size: Size(width: 80, height: 16))
        let ruRow = try #require(app.state.queue.rows.firstIndex { $0.customerLanguage == .ru })
        for _ in 0..<ruRow { app.dispatch(.key(.char("j"))) }
        let all = app.state.timelineDocument.lines.count
        app.dispatch(.key(.char("t")))
        #expect(app.state.timelineScope == .conversation)
        #expect(app.state.timelineDocument.lines.count < all, "the resolved invoice case is hidden")
        #expect(!app.state.timelineDocument.lines.map(\.plainText).joined().contains("Счёт"))
        app.dispatch(.key(.char("t")))
        app.dispatch(.key(.enter))
        app.dispatch(.key(.char("g")))
        #expect(app.state.timelineTop == 0)
        app.dispatch(.key(.char("j")))
        #expect(app.state.timelineTop == 1)
        app.dispatch(.key(.char("G")))
        #expect(app.state.timelineTop == nil, "G follows the newest message again")
    }

    @Test func keysAreLookedUpInTheKeymapIncludingOverrides() throws {
        let fixture = try ConsoleFixture()
        var keymap = try Keymap(defaults: ConsoleCommand.defaultBindings, validCommands: Set(ConsoleCommand.allCases.map(\.rawValue)))
        try keymap.applyOverrides(["queue": ["n": "next"], "global": ["j": "none"]])
        let state = ConsoleState(now: ConsoleFixture.now, size: Size(width: 80, height: 24), queueOrdering: .dueFirst,
                                 presentation: try ConsoleFixture.presentation(keymap: keymap))
        let app = ConsoleApplication(state: state, store: fixture.store, clock: { ConsoleFixture.now })
        app.start()
        app.dispatch(.key(.char("j")))
        #expect(app.state.queue.list.selected == 0, "j was unbound")
        app.dispatch(.key(.char("n")))
        #expect(app.state.queue.list.selected == 1, "n moves down instead")
        app.dispatch(.key(.char("z")))
        #expect(app.state.queue.list.selected == 1, "an unbound key does nothing")
        #expect(app.dispatch(.key(.control("c"))), "Ctrl-C quits: raw mode delivers it as a key")
    }

    @Test func cycleOrderReloadsTheQueue() throws {
        var state = ConsoleState(now: ConsoleFixture.now, size: Size(width: 80, height: 24), queueOrdering: .dueFirst,
                                 presentation: try ConsoleFixture.presentation())
        let effects = ConsoleReducer.reduce(&state, .key(.char("o")))
        #expect(state.queue.ordering == .priority)
        guard case .loadQueue(let query, let append)? = effects.first else { Issue.record("expected a queue load"); return }
        #expect(query.ordering == .priority)
        #expect(!append)
    }

    @Test func storeErrorsBecomeAStatusMessageNotACrash() throws {
        var state = ConsoleState(now: ConsoleFixture.now, size: Size(width: 80, height: 24), queueOrdering: .dueFirst,
                                 presentation: try ConsoleFixture.presentation())
        _ = ConsoleReducer.reduce(&state, .failed("The database x cannot be opened: disk I/O error."))
        #expect(state.statusMessage?.kind == .error)
        var canvas = Canvas(size: state.size)
        ConsoleView.render(state, into: &canvas)
        #expect(canvas.plainText().contains("disk I/O error"))
    }

    @Test func customerTextCannotControlTheTerminal() throws {
        let fixture = try ConsoleFixture()
        let hostile = CustomerHints(identities: [.email("evil@example.com")!],
                                    name: PersonName(displayName: "Evil\u{1B}]0;pwned\u{07}Corp"))
        try fixture.store.ingest(InboundEvent(
            channel: .email, providerID: "evil@x", occurredAt: ConsoleFixture.ago(1), customer: hostile,
            subject: "Hi \u{1B}[2J\u{9B}31m", text: "Click \u{202E}gnp.exe\u{1B}]52;c;ZWNobyBoaQ==\u{07} now",
            email: EmailHeaders(messageID: "evil@x"), priority: .urgent))
        let app = try fixture.console(size: Size(width: 160, height: 45))
        let row = try #require(app.state.queue.rows.firstIndex { $0.customerName.displayName.hasPrefix("Evil") })
        for _ in 0..<row { app.dispatch(.key(.char("j"))) }
        var canvas = Canvas(size: app.state.size)
        app.render(into: &canvas)
        for y in 0..<canvas.size.height {
            for x in 0..<canvas.size.width {
                for scalar in canvas[x, y].text.unicodeScalars {
                    #expect(scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80...0x9F).contains(scalar.value)
                            && !(0x202A...0x202E).contains(scalar.value) && !(0x2066...0x2069).contains(scalar.value),
                            "cell (\(x), \(y)) holds a control character U+\(String(scalar.value, radix: 16))")
                }
            }
        }
        #expect(canvas.plainText().contains("␛"), "escape is shown as a visible placeholder")
    }

    @Test func longHistoriesAreLaidOutAndLoadedOnDemand() throws {
        let fixture = try ConsoleFixture()
        let phone = Identity.phone("+14155550188")!
        try fixture.store.write { writer in
            for index in 0..<150 {
                _ = try writer.ingest(InboundEvent(
                    channel: .sms, providerID: "long-\(index)", occurredAt: ConsoleFixture.ago(Double(150 - index) * 10),
                    customer: CustomerHints(identities: [phone], name: PersonName(displayName: "Long History")),
                    text: "Message number \(index)", priority: .urgent))
            }
        }
        let app = try fixture.console(size: Size(width: 80, height: 24))
        let row = try #require(app.state.queue.rows.firstIndex { $0.customerName.displayName == "Long History" })
        for _ in 0..<row { app.dispatch(.key(.char("j"))) }
        #expect(app.state.detail?.messages.count == ConsoleReducer.timelinePageSize)
        #expect(app.state.detail?.hasOlderMessages == true)
        #expect(!app.state.timelineDocument.isComplete, "only the newest screens are laid out")
        let text = { app.state.timelineDocument.lines.map(\.plainText).joined(separator: "\n") }
        #expect(text().contains("Message number 149"))
        #expect(!text().contains("Message number 90\n"))

        app.dispatch(.key(.enter))
        app.dispatch(.key(.char("g")))
        #expect(app.state.timelineDocument.isComplete)
        #expect(app.state.timelineTop == 0)
        #expect(text().contains("Message number 90"))
        #expect(!text().contains("Message number 89"))
        // At the top of what is loaded, g fetches the previous page from the store.
        app.dispatch(.key(.char("g")))
        #expect(app.state.detail?.messages.count == 120)
        #expect(text().contains("Message number 30"))
        app.dispatch(.key(.char("G")))
        #expect(app.state.timelineTop == nil)
        let screen = ConsoleFixture.screen(app)
        #expect(screen.contains("Message number 149"))
    }
}
