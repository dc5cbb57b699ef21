import Foundation
import Testing
@testable import ConcordConsole
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// Replying from the console: by chat with a suggestion, on another of the customer's channels,
/// by email through `$EDITOR`, with warnings confirmed, and notes, priority and tags.
@Suite("Console replies")
struct ConsoleReplyTests {
    static let size = Size(width: 160, height: 45)

    /// Selects the queue row whose customer is called `name`.
    static func select(_ name: String, in app: ConsoleApplication) throws {
        let row = try #require(app.state.queue.rows.firstIndex { $0.customerName.displayName == name })
        ConsoleTriageTests.type("\(row + 1)G", into: app)
        #expect(app.state.queue.selectedItem?.customerName.displayName == name)
    }

    @Test func aChatReplyWithASuggestionGoesToTheOutboxAndShowsAsPending() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Self.size)
        try Self.select("王小明", in: app)
        let conversation = try #require(app.state.focusedConversation)
        #expect(app.state.replyRoute?.channel == .chat)
        app.dispatch(.key(.tab))
        app.dispatch(.key(.tab))
        app.dispatch(.key(.tab))
        #expect(app.state.focus == .suggestions)
        app.dispatch(.key(.char("1")))
        let text = try #require(app.state.draft?.draft.text)
        #expect(!text.isEmpty)
        app.dispatch(.key(.char("S")))
        if app.state.prompt != nil { app.dispatch(.key(.char("y"))) }
        #expect(app.state.statusMessage?.text.hasPrefix("Sent by Chat") == true, "\(String(describing: app.state.statusMessage))")
        #expect(app.state.draft == nil)
        #expect(try fixture.store.draft(for: conversation) == nil, "the sent draft is gone from the store")
        let outbox = try fixture.store.outbox(state: .queued, limit: 10).filter { $0.kind == .reply }
        #expect(outbox.count == 1 && outbox[0].body == text && outbox[0].channel == .chat)
        #expect(app.state.detail?.messages.last?.delivery == .pending)
        #expect(ConsoleFixture.screen(app).contains("· pending"))
    }

    @Test func cRepliesOnAnotherOfTheCustomersChannelsWithItsLimitShown() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Self.size)
        try Self.select("مریم احمدی", in: app)
        let routes = app.state.replyRoutes.map(\.channel)
        #expect(routes.first == .whatsapp || routes.first == .x)
        #expect(routes.contains(.sms), "a phone number can be answered by SMS: \(routes)")
        Self.runToSMS(app)
        #expect(app.state.replyRoute?.channel == .sms)
        ConsoleTriageTests.type("سلام مریم خانم، پیگیری می‌کنم.", into: app)
        let screen = ConsoleFixture.screen(app)
        #expect(screen.contains("by SMS to +98912"))
        #expect(screen.contains("UCS-2"), "Persian goes as UCS-2, 70 to a segment:\n\(screen)")
    }

    /// `:reply sms` starts an SMS reply in the inline editor.
    static func runToSMS(_ app: ConsoleApplication) {
        ConsoleTriageTests.run("reply sms", in: app)
        #expect(app.state.isEditingDraft)
    }

    @Test func aReplyOverTheChannelsLimitIsNotSent() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Self.size)
        try Self.select("مریم احمدی", in: app)
        ConsoleTriageTests.run("reply x", in: app)
        ConsoleTriageTests.type(String(repeating: "خیلی متاسفم. ", count: 30), into: app)
        app.dispatch(.key(.control("s")))
        #expect(app.state.statusMessage?.kind == .error && app.state.statusMessage?.text.contains("Too long for X") == true)
        #expect(try fixture.store.outbox(state: nil, limit: 10).allSatisfy { $0.kind != .reply })
        #expect(app.state.draft != nil, "nothing is lost")
    }

    @Test func warningsAreConfirmedBeforeSendingAndRecorded() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Self.size)
        try Self.select("김민지", in: app)
        ConsoleTriageTests.run("reply sms", in: app)
        // The agent promised a call back within 24 hours; this says a week.
        ConsoleTriageTests.type("김민지 님, 7일 이내에 다시 연락드리겠습니다.", into: app)
        app.dispatch(.key(.control("s")))
        let warnings = app.state.draft?.warnings ?? []
        try #require(!warnings.isEmpty, "the draft contradicts the earlier promise")
        guard case .confirmSend? = app.state.prompt?.purpose else {
            Issue.record("sending waits for a yes: \(String(describing: app.state.prompt))")
            return
        }
        app.dispatch(.key(.char("n")))
        #expect(app.state.prompt == nil && app.state.statusMessage?.text == "Not sent; the draft is kept.")
        #expect(try fixture.store.outbox(state: nil, limit: 10).allSatisfy { $0.kind != .reply })
        app.dispatch(.key(.char("S")))
        app.dispatch(.key(.char("y")))
        #expect(app.state.statusMessage?.text.contains("sent despite \(warnings.count) warning") == true)
        let promises = try fixture.store.promises(in: try #require(app.state.focusedConversation))
        #expect(promises.contains { $0.text.contains("7일 이내") }, "the promise in the reply is in the ledger")
    }

    @Test func anEmailReplyIsWrittenInTheEditorWithTheMessageQuoted() throws {
        let fixture = try ConsoleFixture()
        let script = fixture.directory.appendingPathComponent("fake-editor.sh")
        // The agent's "editor": writes the answer above the quote mutt-style.
        try """
            #!/bin/sh
            { printf '김민지 님, 내일 오전까지 배송 상황을 확인해 드리겠습니다.\\n'; cat "$1"; } > "$1.new" && mv "$1.new" "$1"
            """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let state = ConsoleState(now: ConsoleFixture.now, size: Self.size, queueOrdering: .dueFirst, presentation: try ConsoleFixture.presentation())
        let editor = ExternalEditor(environment: ["EDITOR": script.path, "TMPDIR": fixture.directory.path])
        let app = ConsoleApplication(state: state, store: fixture.store, suggester: ConsoleFixture.suggester, editor: editor,
                                     clock: { ConsoleFixture.now })
        app.start()
        try Self.select("김민지", in: app)
        #expect(app.state.replyRoutes.contains { $0.channel == .email })
        // She last wrote by SMS; the agent answers her email instead.
        ConsoleTriageTests.run("reply email", in: app)
        let text = try #require(app.state.draft?.draft.text)
        #expect(text.hasPrefix("김민지 님, 내일 오전까지"))
        #expect(text.contains("wrote:\n> 안녕하세요. 지난주에 주문한 공기청정기가 아직 도착하지 않았습니다."), "\(text)")
        #expect(try fixture.store.draft(for: try #require(app.state.focusedConversation))?.text == text, "saved as soon as the editor returns")
        app.dispatch(.key(.char("S")))
        if app.state.prompt != nil { app.dispatch(.key(.char("y"))) }
        let sent = try #require(try fixture.store.outbox(state: .queued, limit: 10).first { $0.kind == .reply })
        #expect(sent.channel == .email && sent.subject == "Re: 주문 58213 배송 지연 문의")
        #expect(sent.inReplyTo == "ko-1@example.kr", "threaded under the customer's email")

        // An editor that fails leaves the draft alone.
        let failing = ExternalEditor(environment: ["EDITOR": "/bin/false", "TMPDIR": fixture.directory.path])
        #expect(throws: ExternalEditor.Failure.self) { try failing.edit("keep me", name: "test") }
    }

    @Test func notesPriorityAndTagsFromTheCommandLine() throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: Self.size)
        let conversation = try #require(app.state.focusedConversation)
        ConsoleTriageTests.run("note Called back, no answer; try after 14:00", in: app)
        #expect(app.state.detail?.messages.last?.channel == .note)
        #expect(ConsoleFixture.screen(app).contains("Called back, no answer"))
        app.dispatch(.key(.char("I")))
        ConsoleTriageTests.type("두 번째 메모", into: app)
        app.dispatch(.key(.enter))
        #expect(app.state.detail?.messages.last?.text == "두 번째 메모")

        ConsoleTriageTests.type("2", into: app)
        app.dispatch(.key(.char(" ")))
        let marked = app.state.queue.marked
        ConsoleTriageTests.run("priority urgent", in: app)
        for id in marked { #expect(try fixture.store.conversation(id)?.priority == .urgent) }
        #expect(app.state.queue.marked.isEmpty)
        let selected = try #require(app.state.focusedConversation)
        ConsoleTriageTests.run("tag VIP billing", in: app)
        #expect(try fixture.store.conversation(selected)?.tags.sorted() == ["billing", "vip"])
        ConsoleTriageTests.run("untag billing", in: app)
        #expect(try fixture.store.conversation(selected)?.tags == ["vip"])
        #expect(ConsoleFixture.screen(app).contains("#vip"))
        ConsoleTriageTests.run("filter tag=vip", in: app)
        #expect(app.state.queue.rows.map(\.id) == [selected])
        #expect(try fixture.store.messages(in: conversation).filter { $0.channel == .note }.count == 2)
        ConsoleTriageTests.run("filter lang=ko,zh", in: app)
        #expect(Set(app.state.queue.rows.map(\.customerLanguage)) == [.ko, .zh])
    }
}
