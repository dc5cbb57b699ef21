import Foundation
import Testing
@testable import ConcordConsole
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// Triage by keyboard: counts, marks and batch commands, the command line and its completion,
/// views and filters, search, goto, themes, merges from the card, and live activity.
@Suite("Console triage")
struct ConsoleTriageTests {
    static let size = Size(width: 160, height: 45)

    static func type(_ text: String, into app: ConsoleApplication) {
        for character in text { app.dispatch(.key(.char(character))) }
    }

    /// `:` then the line then Enter.
    static func run(_ line: String, in app: ConsoleApplication) {
        app.dispatch(.key(.char(":")))
        type(line, into: app)
        app.dispatch(.key(.enter))
    }

    // MARK: - Parsing and completion

    @Test func commandLinesParseIntoInvocations() throws {
        #expect(try CommandLineParser.parse("assign @mina") == .assign(.login("mina")))
        #expect(try CommandLineParser.parse(":assign @me") == .assign(.me))
        #expect(try CommandLineParser.parse("assign none") == .assign(.nobody))
        #expect(try CommandLineParser.parse("status pending") == .status(.pendingCustomer))
        #expect(try CommandLineParser.parse("status internal") == .status(.pendingInternal))
        #expect(try CommandLineParser.parse("goto #42") == .goto(ConversationID(42)))
        #expect(try CommandLineParser.parse("merge 7") == .merge(CustomerID(7)))
        #expect(try CommandLineParser.parse("merge") == .merge(nil))
        #expect(try CommandLineParser.parse("theme light") == .theme("light"))
        #expect(try CommandLineParser.parse("view Mine") == .view("mine"))
        #expect(try CommandLineParser.parse("order wait") == .order(.longestWait))
        #expect(try CommandLineParser.parse("next 5") == .command(.next, count: 5))
        #expect(try CommandLineParser.parse("search 환불 지연") == .search("환불 지연"))
        #expect(try CommandLineParser.parse("filter channel=sms,chat status=open lang=ko mine tag=VIP")
            == .filter(QueueFilter(channels: [.sms, .chat], statuses: [.open], languages: [.ko], assignment: .mine, tags: ["vip"])))
        #expect(try CommandLineParser.parse("filter all") == .filter(.none))
    }

    @Test func mistakesSayWhatToTypeInstead() {
        #expect(throws: CommandLineError.unknownVerb("asign", suggestion: "assign")) { try CommandLineParser.parse("asign @me") }
        #expect(throws: CommandLineError.missingArgument(verb: "status", usage: "status new|open|pending|internal|resolved|closed")) {
            try CommandLineParser.parse("status")
        }
        #expect(throws: CommandLineError.self) { try CommandLineParser.parse("status sleeping") }
        #expect(throws: CommandLineError.self) { try CommandLineParser.parse("filter channel=pigeon") }
        #expect(throws: CommandLineError.self) { try CommandLineParser.parse("goto abc") }
        #expect(throws: CommandLineError.empty) { try CommandLineParser.parse(" : ") }
    }

    @Test func tabCompletesVerbsAgentsAndFilterValuesAndCyclesThroughCandidates() {
        let source = CompletionSource(agentLogins: ["dana", "mina", "minsu"], themes: ["default", "light"], views: ["all", "mine"])
        var line = CommandLineModel(text: "ass")
        line.complete(using: source)
        #expect(line.text == "assign ")
        line.type("@mi")
        line.complete(using: source)
        #expect(line.text == "assign @min", "the common start of @mina and @minsu")
        #expect(line.candidates == ["@mina", "@minsu"])
        line.complete(using: source)
        #expect(line.text == "assign @mina")
        line.complete(using: source)
        #expect(line.text == "assign @minsu")
        line.complete(using: source, backwards: true)
        #expect(line.text == "assign @mina")

        var filter = CommandLineModel(text: "filter channel=sms,wh")
        filter.complete(using: source)
        #expect(filter.text == "filter channel=sms,whatsapp ")
        var theme = CommandLineModel(text: "theme l")
        theme.complete(using: source)
        #expect(theme.text == "theme light ")
    }

    @Test func upAndDownRecallEarlierCommandLines() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Self.size)
        Self.run("order wait", in: app)
        Self.run("order due", in: app)
        app.dispatch(.key(.char(":")))
        app.dispatch(.key(.up))
        #expect(app.state.commandLine?.text == "order due")
        app.dispatch(.key(.up))
        #expect(app.state.commandLine?.text == "order wait")
        app.dispatch(.key(.down))
        #expect(app.state.commandLine?.text == "order due")
        app.dispatch(.key(.escape))
        #expect(app.state.commandLine == nil)
    }

    // MARK: - Counts, marks and batches

    @Test func aCountPrefixMovesSeveralRowsInOneStep() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Self.size)
        Self.type("3", into: app)
        #expect(app.state.pendingCount == 3)
        #expect(ConsoleFixture.screen(app).contains("3 "), "the count being typed is shown")
        var state = app.state
        let effects = ConsoleReducer.reduce(&state, .key(.char("j")))
        #expect(state.queue.list.selected == 3)
        #expect(effects.filter { if case .loadDetail = $0 { true } else { false } }.count == 1, "one load for the row landed on, not three")
        app.dispatch(.key(.char("j")))
        Self.type("2k", into: app)
        #expect(app.state.queue.list.selected == 1)
        Self.type("5G", into: app)
        #expect(app.state.queue.list.selected == 4, "5G goes to the fifth row")
        Self.type("1g", into: app)
        #expect(app.state.queue.list.selected == 0)
    }

    @Test func marksCollectConversationsForABatchAssignAndStatus() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Self.size)
        Self.type("2", into: app)
        app.dispatch(.key(.char(" ")))
        #expect(app.state.queue.marked.count == 2 && app.state.queue.list.selected == 2, "2 Space marks two rows and moves past them")
        let marked = app.state.queue.marked
        let screen = ConsoleFixture.screen(app)
        #expect(screen.contains("2 marked"))
        #expect(screen.split(separator: "\n").filter { $0.contains("│*") }.count == 2, "marked rows carry a star")

        Self.run("assign @mina", in: app)
        #expect(app.state.statusMessage?.kind == .error && app.state.statusMessage?.text.contains("no agent @mina") == true)
        #expect(app.state.queue.marked == marked, "a failed batch keeps the marks")

        Self.run("assign @dana", in: app)
        let dana = try #require(try fixture.store.agent(login: "dana"))
        for id in marked { #expect(try fixture.store.conversation(id)?.assignee == dana.id) }
        #expect(app.state.queue.marked.isEmpty, "marks are cleared after the batch")
        #expect(app.state.statusMessage?.text == "2 conversations assigned to you")

        // Without marks a command acts on the selected conversation.
        let selected = try #require(app.state.focusedConversation)
        Self.run("status pending", in: app)
        #expect(try fixture.store.conversation(selected)?.status == .pendingCustomer)
        #expect(app.state.statusMessage?.text == "#\(selected) now pending")
    }

    @Test func escClearsMarksAndMarkAllMarksEveryLoadedRow() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Self.size)
        Self.run("mark-all", in: app)
        #expect(app.state.queue.marked.count == app.state.queue.rows.count)
        app.dispatch(.key(.escape))
        #expect(app.state.queue.marked.isEmpty)
    }

    @Test func aKeyBoundToACommandLineRunsIt() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Self.size)
        app.dispatch(.key(.char("A")))
        let selected = try #require(app.state.focusedConversation)
        let dana = try #require(try fixture.store.agent(login: "dana"))
        #expect(try fixture.store.conversation(selected)?.assignee == dana.id, "A is bound to :assign @me by default")

        var keymap = try Keymap(defaults: ConsoleCommand.defaultBindings, validCommands: Set(ConsoleCommand.allCases.map(\.rawValue)))
        try keymap.applyOverrides(["queue": ["P": ":status pendng"]])
        #expect(throws: CommandLineBindings.Problem.self) { try CommandLineBindings.check(keymap) }
        do {
            try CommandLineBindings.check(keymap)
        } catch {
            #expect(error.description.contains("The key P in [keys.queue]"))
        }
    }

    // MARK: - Views and filters

    @Test func viewsAndFiltersNarrowTheQueue() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Self.size)
        let all = app.state.queue.total
        Self.run("view mine", in: app)
        #expect(app.state.queue.total == 1, "the fixture assigns one conversation to Dana")
        #expect(ConsoleFixture.screen(app).contains("· mine"))
        app.dispatch(.key(.char("v")))
        #expect(app.state.viewName == "unassigned" && app.state.queue.total == all - 1)
        app.dispatch(.key(.char("v")))
        #expect(app.state.viewName == "all" && app.state.queue.total == all)

        Self.run("filter channel=chat", in: app)
        #expect(app.state.queue.rows.map(\.conversation.originChannel) == [.chat])
        Self.run("filter status=resolved", in: app)
        #expect(app.state.queue.rows.count == 1 && app.state.queue.rows[0].conversation.status == .resolved)
        Self.run("filter all", in: app)
        #expect(app.state.queue.total == all)
        Self.run("view nonsense", in: app)
        #expect(app.state.statusMessage?.kind == .error)
    }

    @Test func savedViewsComeFromTheConfig() throws {
        let configuration = try ConfigurationLoader.parse("""
            [ui]
            view = "social"
            [views.social]
            channels = ["x", "whatsapp", "telegram"]
            assignee = "unassigned"
            order = "wait"
            """, file: "config.toml")
        let views = SavedView.merged(configuration.views)
        #expect(views.map(\.name) == ["all", "mine", "unassigned", "social"])
        #expect(views[3].filter == QueueFilter(channels: [.x, .whatsapp, .telegram], assignment: .unassigned))
        #expect(views[3].ordering == .longestWait)
        #expect(configuration.initialView == "social")
        #expect(throws: ConfigurationError.self) {
            try ConfigurationLoader.parse("[views.bad]\nchannels = [\"pigeon\"]\n", file: "config.toml")
        }
        #expect(throws: ConfigurationError.self) {
            try ConfigurationLoader.parse("[views.bad]\nchanels = [\"sms\"]\n", file: "config.toml")
        }
        #expect(throws: ConfigurationError.self) { try ConfigurationLoader.parse("[ui]\nview = \"nope\"\n", file: "config.toml") }
    }

    // MARK: - Search, goto, themes

    @Test func slashSearchesAndEnterOpensTheHitOnTheTimeline() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Self.size)
        app.dispatch(.key(.char("/")))
        Self.type("退款", into: app)
        app.dispatch(.key(.enter))
        let search = try #require(app.state.search)
        #expect(search.hits.count == 2 && search.hits.allSatisfy { $0.customerName == "王小明" }, "the question and the agent's answer")
        let screen = ConsoleFixture.screen(app)
        #expect(screen.contains("Search · 退款 · 2 found"))
        app.dispatch(.key(.enter))
        #expect(app.state.search == nil)
        #expect(app.state.focusedConversation == search.hits[0].conversationID)
        #expect(app.state.focus == .timeline)
        #expect(app.state.timelineTarget == search.hits[0].messageID)
        #expect(app.state.timelineDocument.messageLines[search.hits[0].messageID] != nil)

        app.dispatch(.key(.char("/")))
        Self.type("nothing-like-this", into: app)
        app.dispatch(.key(.enter))
        #expect(app.state.search == nil && app.state.statusMessage?.text.contains("Nothing found") == true)
    }

    @Test func gotoOpensAConversationThatIsNotInTheQueue() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Self.size)
        let resolved = try #require(try fixture.store.message(withDedupeKeyForTest: "email:ru-old@example.ru", in: fixture.store))
        Self.run("goto \(resolved.conversationID)", in: app)
        #expect(app.state.focusedConversation == resolved.conversationID)
        #expect(app.state.detail?.customer.id == resolved.customerID)
        #expect(app.state.statusMessage?.text.contains("not in this queue view (resolved)") == true)
        Self.run("goto 99999", in: app)
        #expect(app.state.statusMessage == StatusMessage("There is no conversation #99999.", kind: .error))
    }

    @Test func themesSwitchLive() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Self.size)
        let before = app.state.presentation.theme
        Self.run("theme light", in: app)
        #expect(app.state.presentation.theme != before)
        #expect(app.state.statusMessage?.text == "Theme: light")
        Self.run("theme neon", in: app)
        #expect(app.state.statusMessage?.kind == .error)
    }

    // MARK: - Merges

    @Test func mergeSuggestionsAreAcceptedRejectedAndUndoneFromTheCard() throws {
        let fixture = try ConsoleFixture()
        let customers = try fixture.store.customers(limit: 10, offset: 0)
        let sarah = try #require(customers.first { $0.name.displayName == "Sarah Miller" })
        let other = try fixture.store.write { writer -> CustomerID in
            let outcome = try writer.ingest(InboundEvent(
                channel: .email, providerID: "sarah-work@example.com", occurredAt: ConsoleFixture.ago(10),
                customer: CustomerHints(identities: [.email("s.miller@work.example.com")!],
                                        name: PersonName(displayName: "Sarah Miller", givenName: "Sarah", familyName: "Miller")),
                subject: "Second user", text: "Can I add a second user to my plan?"))
            guard case .stored(let receipt) = outcome else { throw ConsoleRuntimeTestError.duplicate }
            try writer.suggestMerge(sarah.id, receipt.customerID, score: 0.71, evidence: "same name; same phone in signature", at: ConsoleFixture.now)
            return receipt.customerID
        }
        let app = try fixture.console(size: Self.size)
        let row = try #require(app.state.queue.rows.firstIndex { $0.conversation.customerID == sarah.id })
        Self.type("\(row + 1)G", into: app)
        #expect(app.state.detail?.customer.id == sarah.id)
        #expect(app.state.detail?.mergeSuggestions.count == 1)
        let card = ConsoleFixture.screen(app)
        #expect(card.contains("Same person?") && card.contains("score 0.71") && card.contains("same phone in signature"))

        app.dispatch(.key(.tab))
        app.dispatch(.key(.tab))
        #expect(app.state.focus == .card)
        app.dispatch(.key(.char("M")))
        #expect(try fixture.store.mergedInto(other) == sarah.id)
        #expect(app.state.detail?.mergeSuggestions.isEmpty == true)
        #expect(ConsoleFixture.screen(app).contains("U undoes it"))
        app.dispatch(.key(.char("U")))
        #expect(try fixture.store.mergedInto(other) == nil, "the merge is undone")
        #expect(app.state.statusMessage?.text.contains("Merge undone") == true)
    }

    // MARK: - Live activity and folding

    @Test func aNewMessageForTheOpenCustomerAppearsWithoutAKey() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Self.size)
        app.dispatch(.tick(ConsoleFixture.now))
        let customer = try #require(app.state.detail?.customer)
        let identity = try #require(try fixture.store.identities(of: customer.id).first)
        _ = try fixture.store.write { writer in
            try writer.ingest(InboundEvent(channel: .sms, providerID: "live-1", occurredAt: ConsoleFixture.now,
                                           customer: CustomerHints(identities: [identity]), text: "Are you still there?"))
        }
        app.dispatch(.tick(ConsoleFixture.now.addingTimeInterval(1)))
        #expect(app.state.detail?.messages.last?.text == "Are you still there?")
        #expect(app.state.statusMessage?.text.hasPrefix("New SMS from") == true)
        #expect(ConsoleFixture.screen(app).contains("Are you still there?"))
    }

    @Test func quotedTextAndSignaturesFold() {
        let text = """
            Thanks, that worked.

            On Mon, 23 Nov 2026 at 09:00, Dana Lee wrote:
            > Please restart the router.
            >
            >> Earlier: it does not connect.

            --\u{20}
            Sarah Miller
            Acme Corp
            """
        #expect(QuotedTextFolder.fold(text) == [.text("Thanks, that worked."), .quoted(lines: 4), .signature(lines: 2)])
        #expect(QuotedTextFolder.fold("Hello\n\n-----Original Message-----\nFrom: x\nSent: y\n\nold") == [.text("Hello"), .quoted(lines: 5)])
        #expect(QuotedTextFolder.fold("2026년 11월 23일 (월) 김민지 님이 작성:\n> 배송은요?") == [.quoted(lines: 2)])
        #expect(QuotedTextFolder.fold("No quotes here.\nJust text.") == [.text("No quotes here.\nJust text.")])
        #expect(QuotedTextFolder.fold("a > b is not a quote") == [.text("a > b is not a quote")])
    }
}

private enum ConsoleRuntimeTestError: Error { case duplicate }

private extension SQLiteStore {
    func message(withDedupeKeyForTest key: String, in store: SQLiteStore) throws -> Message? {
        try store.write { try $0.message(withDedupeKey: key) }
    }
}
