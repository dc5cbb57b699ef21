import Foundation
import Testing
@testable import ConversationEngine

@Suite("Conversation clocks")
struct ConversationLifecycleTests {
    @Test func customerWaitsFromFirstUnansweredMessageUntilAHumanAnswers() throws {
        var book = InMemoryConversationBook()
        guard case .stored(let first) = try book.ingest(EventFactory.email(from: "a@example.com", id: "1", subject: "Help")) else {
            Issue.record("stored"); return
        }
        var conversation = try #require(book.conversations[first.conversationID])
        #expect(conversation.status == .new)
        #expect(conversation.waitingSince == EventFactory.at(0))
        #expect(conversation.responseDueAt == EventFactory.at(24 * 60), "email: one day by default")

        _ = try book.ingest(EventFactory.email(from: "a@example.com", id: "2", inReplyTo: "1", subject: "Re: Help", minutes: 30))
        conversation = try #require(book.conversations[first.conversationID])
        #expect(conversation.waitingSince == EventFactory.at(0), "a second message does not reset the wait")

        _ = try book.ingest(EventFactory.email(from: "a@example.com", id: "3", inReplyTo: "2", subject: "Re: Help",
                                               minutes: 90, direction: .outbound))
        conversation = try #require(book.conversations[first.conversationID])
        #expect(conversation.waitingSince == nil)
        #expect(conversation.responseDueAt == nil)
        #expect(conversation.firstResponseAt == EventFactory.at(90))
        #expect(conversation.status == .open)
        #expect(conversation.version == 3)
    }

    @Test func missedCallsWaitAndAnsweredCallsCountAsAResponse() throws {
        var book = InMemoryConversationBook()
        guard case .stored(let missed) = try book.ingest(EventFactory.call(from: "+79001234567", id: "1", outcome: .missed)) else {
            Issue.record("stored"); return
        }
        #expect(book.conversations[missed.conversationID]?.waitingSince == EventFactory.at(0))
        _ = try book.ingest(EventFactory.call(from: "+79001234567", id: "2", outcome: .missed, minutes: 5, direction: .outbound))
        #expect(book.conversations[missed.conversationID]?.waitingSince == EventFactory.at(0), "an unanswered call-back is not an answer")
        _ = try book.ingest(EventFactory.call(from: "+79001234567", id: "3", outcome: .answered, seconds: 240, minutes: 20, direction: .outbound))
        #expect(book.conversations[missed.conversationID]?.waitingSince == nil)
    }

    @Test func lateImportOfAnOldMessageDoesNotStartAWait() throws {
        var book = InMemoryConversationBook()
        guard case .stored(let r) = try book.ingest(EventFactory.sms(from: "+14155550111", id: "1", minutes: 0)) else { return }
        _ = try book.ingest(InboundEvent(channel: .sms, direction: .outbound, providerID: "2", occurredAt: EventFactory.at(60),
                                         customer: CustomerHints(identities: [Identity.phone("+14155550111")!]),
                                         author: .agent("Dana"), text: "On its way"))
        _ = try book.ingest(EventFactory.sms(from: "+14155550111", id: "old", minutes: 30))
        #expect(book.conversations[r.conversationID]?.waitingSince == nil)
        #expect(book.conversations[r.conversationID]?.lastActivityAt == EventFactory.at(60))
    }

    @Test func socialIsDueWithinTheHourAndUrgentSooner() throws {
        var book = InMemoryConversationBook()
        guard case .stored(let dm) = try book.ingest(EventFactory.whatsapp(from: "+821012345678", id: "w1", minutes: 0))
        else { Issue.record("stored"); return }
        #expect(book.conversations[dm.conversationID]?.responseDueAt == EventFactory.at(60))
        let lifecycle = ConversationLifecycle()
        var urgent = try #require(book.conversations[dm.conversationID])
        urgent.priority = .urgent
        let message = Message(id: MessageID(9), conversationID: urgent.id, customerID: urgent.customerID, channel: .x,
                              direction: .inbound, author: .customer("Ann"), sentAt: EventFactory.at(0), text: "Still broken",
                              social: SocialDetails(visibility: .public), dedupeKey: "x")
        #expect(lifecycle.responseDue(since: EventFactory.at(0), message: message, in: urgent) == EventFactory.at(15))
    }
}

@Suite("Automatic replies")
struct AutomaticReplyTests {
    @Test func anAutomaticAcknowledgementIsNotAnAnswer() throws {
        var book = InMemoryConversationBook()
        let hints = CustomerHints(identities: [Identity.email("ann@example.com")!])
        guard case .stored(let asked) = try book.ingest(InboundEvent(
            channel: .email, occurredAt: EventFactory.at(0), customer: hints, subject: "Where is my order?",
            text: "It is a week late.", email: EmailHeaders(messageID: "m1@example.com"))) else { Issue.record("stored"); return }
        try book.ingest(InboundEvent(
            channel: .email, direction: .outbound, occurredAt: EventFactory.at(1), customer: hints, author: .system(),
            subject: "Re: Where is my order?", text: "We received your message.",
            email: EmailHeaders(messageID: "m2@example.com", inReplyTo: "m1@example.com", references: ["m1@example.com"])))
        let conversation = try #require(book.conversations[asked.conversationID])
        #expect(conversation.waitingSince == EventFactory.at(0))
        #expect(conversation.firstResponseAt == nil)
        #expect(conversation.status == .new)
    }
}
