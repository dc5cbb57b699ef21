import Foundation
import Testing
@testable import ConcordConsole
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// What a cursor move does and does not cost: suggestions only where they are shown, and
/// message bodies wrapped once.
@Suite("Console work per key")
struct ConsoleWorkPerKeyTests {
    @Test func atEightyColumnsSuggestionsWaitUntilTheirPaneIsShown() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 80, height: 24))
        #expect(app.state.layout.panes[.suggestions] == nil)
        app.dispatch(.key(.char("j")))
        #expect(app.state.focusedConversation != nil)
        #expect(app.state.suggestionsConversation == nil, "nothing read for a pane that is not on screen")
        // Tab through the lower panes to the suggestions: they are read the moment they show.
        var presses = 0
        while app.state.layout.panes[.suggestions] == nil && presses < 6 {
            app.dispatch(.key(.tab))
            presses += 1
        }
        #expect(app.state.layout.panes[.suggestions] != nil)
        #expect(app.state.suggestionsConversation == app.state.focusedConversation)
        #expect(app.state.suggestions != nil)
    }

    @Test func atFullWidthEveryMoveReadsTheSuggestions() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 160, height: 45))
        app.dispatch(.key(.char("j")))
        #expect(app.state.suggestionsConversation == app.state.focusedConversation)
    }

    @Test func growingFromEightyColumnsReadsTheSuggestionsForTheSelection() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 80, height: 24))
        app.dispatch(.key(.char("j")))
        #expect(app.state.suggestionsConversation == nil)
        app.dispatch(.resize(Size(width: 160, height: 45)))
        #expect(app.state.suggestionsConversation == app.state.focusedConversation)
    }

    @Test func bodiesAreWrappedOnceAndAgainWhenTheTextOrThemeChanges() throws {
        var layouts = MessageBodyLayouts()
        let theme = ThemeLibrary.defaultTheme
        var message = Message(id: MessageID(7), conversationID: ConversationID(1), customerID: CustomerID(1), channel: .email,
                              direction: .inbound, author: .customer("Sarah"), sentAt: ConsoleFixture.now, text: "Where is my parcel?", dedupeKey: "m7")
        var made = 0
        func lines() -> [StyledLine] {
            layouts.lines(for: message, width: 40, showsQuotedText: false, theme: theme) {
                made += 1
                return TextWrapper.wrap(message.text, width: 40)
            }
        }
        _ = lines()
        _ = lines()
        #expect(made == 1)
        message.text = "Where is my parcel? It is late."
        #expect(lines().first?.plainText == "Where is my parcel? It is late.")
        #expect(made == 2)
        var dark = theme
        dark.name = "other"
        _ = layouts.lines(for: message, width: 40, showsQuotedText: false, theme: dark) { made += 1; return [] }
        #expect(made == 3)
        #expect(layouts.count == 1)
    }
}

@Suite("Console read-ahead")
struct ConsoleReadAheadTests {
    private func runningConsole(_ fixture: ConsoleFixture) throws -> ConsoleApplication {
        let state = ConsoleState(now: ConsoleFixture.now, size: Size(width: 160, height: 45), queueOrdering: .dueFirst,
                                 presentation: try ConsoleFixture.presentation())
        let app = ConsoleApplication(state: state, store: fixture.store, suggester: ConsoleFixture.suggester,
                                     defersSlowWork: true, clock: { ConsoleFixture.now })
        app.start()
        try idle(app)
        return app
    }

    private func idle(_ app: ConsoleApplication) throws {
        var rounds = 0
        while app.hasIdleWork && rounds < 20 {
            _ = try app.performIdleWork()
            rounds += 1
        }
        #expect(!app.hasIdleWork)
    }

    @Test func aMoveToAReadAheadNeighbourShowsItsCustomerAndSuggestions() throws {
        let fixture = try ConsoleFixture()
        let app = try runningConsole(fixture)
        _ = try app.handle(.key(.char("j")))
        try idle(app)
        let next = try #require(app.state.queue.rows.dropFirst(2).first)
        _ = try app.handle(.key(.char("j")))
        #expect(app.state.detail?.customer.id == next.conversation.customerID)
        try idle(app)
        #expect(app.state.suggestionsConversation == next.id)
        #expect(app.state.suggestions != nil)
    }

    @Test func somethingWrittenAfterReadingAheadIsShown() throws {
        let fixture = try ConsoleFixture()
        let app = try runningConsole(fixture)
        _ = try app.handle(.key(.char("j")))
        try idle(app)
        let next = try #require(app.state.queue.rows.dropFirst(2).first)
        // Another agent (another process) notes something on the neighbour after it was read ahead.
        _ = try fixture.store.write { writer in
            try writer.addNote(conversation: next.id, text: "Called the courier: parcel leaves today",
                               author: .agent("Lee", id: nil), at: ConsoleFixture.now)
        }
        _ = try app.handle(.key(.char("j")))
        try idle(app)
        #expect(app.state.detail?.customer.id == next.conversation.customerID)
        #expect(app.state.detail?.messages.contains { $0.text.contains("Called the courier") } == true)
    }
}

@Suite("Console first screen")
struct ConsoleFirstScreenTests {
    @Test func aScreenOfTheQueueComesFirstAndTheRestOfThePageAfter() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Size(width: 160, height: 45))
        var state = app.state
        let started = ConsoleReducer.reduce(&state, .started)
        guard case .loadQueue(let first, append: false)? = started.first(where: { if case .loadQueue = $0 { true } else { false } }) else {
            Issue.record("no queue load at start: \(started)")
            return
        }
        #expect(first.limit < QueueModel.pageSize && first.limit >= state.layout.visibleRows(.queue))
        // 60 of 300 arrive: the rest of the page is asked for, and paging waits for it.
        let template = try #require(app.state.queue.rows.first)
        let rows = (1...first.limit).map { number -> QueueItem in
            var item = template
            item.conversation.id = ConversationID(Int64(1000 + number))
            return item
        }
        let effects = ConsoleReducer.reduce(&state, .queueLoaded(rows, total: 300, append: false))
        #expect(effects.contains(.completeQueuePage(ConsoleReducer.queueQuery(state, offset: first.limit,
                                                                              limit: QueueModel.pageSize - first.limit))))
        #expect(state.queue.isLoading)
        #expect(!state.queue.needsNextPage)
        // A full first page asks for nothing more.
        var full = app.state
        let page = (1...QueueModel.pageSize).map { number -> QueueItem in
            var item = template
            item.conversation.id = ConversationID(Int64(5000 + number))
            return item
        }
        let more = ConsoleReducer.reduce(&full, .queueLoaded(page, total: 300, append: false))
        #expect(!more.contains { if case .completeQueuePage = $0 { true } else { false } })
    }
}
