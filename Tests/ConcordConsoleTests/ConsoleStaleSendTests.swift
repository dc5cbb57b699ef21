import Foundation
import Testing
@testable import ConcordConsole
import ConcordStore
import ConcordTerminal
import ConversationEngine

/// Stale-send protection in the console: a reply begun before the customer wrote again is held
/// with a prompt saying what changed; y sends it, anything else keeps the draft.
@Suite("Console stale-send protection")
struct ConsoleStaleSendTests {
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 160, height: 45)])
    func aReplyBegunBeforeTheCustomerWroteAgainIsHeldWithAPrompt(size: Size) throws {
        let fixture = try ConsoleFixture()
        let app = try fixture.console(size: size)
        try ConsoleReplyTests.select("김민지", in: app)
        let conversation = try #require(app.state.focusedConversation)
        ConsoleTriageTests.run("reply sms", in: app)
        ConsoleTriageTests.type("확인해 보겠습니다.", into: app)
        #expect(app.state.draft?.draft.basis != nil, "the draft remembers the latest message on screen")

        // Meanwhile the customer writes again by SMS (another console, the receiver).
        let route = try #require(app.state.replyRoute)
        let sms = InboundEvent(channel: .sms, providerID: "SM-stale-1", occurredAt: app.state.now,
                               customer: CustomerHints(identities: [route.recipient]), text: "취소하고 싶어요.",
                               thread: ThreadHints(conversationID: conversation))
        _ = try fixture.store.ingest(sms)

        app.dispatch(.key(.control("s")))
        guard case .confirmStale(let held, _, let summary)? = app.state.prompt?.purpose else {
            Issue.record("the reply was not held: \(String(describing: app.state.prompt)) \(String(describing: app.state.statusMessage))")
            return
        }
        #expect(held == conversation && summary.contains("wrote again by SMS"))
        #expect(try fixture.store.outbox(state: nil, limit: 20).allSatisfy { $0.kind != .reply }, "nothing was sent")
        #expect(ConsoleFixture.screen(app).contains("Held:"))
        #expect(app.state.detail?.messages.contains { $0.text == "취소하고 싶어요." } == true, "the new message is on screen")

        app.dispatch(.key(.char("n")))
        #expect(app.state.prompt == nil && app.state.draft?.draft.text == "확인해 보겠습니다.", "the draft is kept")
        app.dispatch(.key(.char("S")))
        if case .confirmStale? = app.state.prompt?.purpose { app.dispatch(.key(.char("y"))) }
        if case .confirmSend? = app.state.prompt?.purpose { app.dispatch(.key(.char("y"))) }
        #expect(app.state.statusMessage?.text.hasPrefix("Sent by SMS") == true, "\(String(describing: app.state.statusMessage))")
        #expect(try fixture.store.outbox(state: nil, limit: 20).filter { $0.kind == .reply }.count == 1)
    }
}
