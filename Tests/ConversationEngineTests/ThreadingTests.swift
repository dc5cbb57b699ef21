import Foundation
import Testing
@testable import ConversationEngine

@Suite("Threading")
struct ThreadingTests {
    private func stored(_ outcome: IngestOutcome) throws -> IngestReceipt {
        guard case .stored(let receipt) = outcome else {
            throw ExpectationFailure(message: "expected the event to be stored, got \(outcome)")
        }
        return receipt
    }

    struct ExpectationFailure: Error { let message: String }

    @Test func emailRepliesThreadByInReplyToAndReferences() throws {
        var book = InMemoryConversationBook()
        let first = try stored(book.ingest(EventFactory.email(from: "sarah@example.com", id: "a@x", subject: "Refund")))
        let reply = try stored(book.ingest(EventFactory.email(from: "sarah@example.com", id: "b@x", inReplyTo: "a@x",
                                                              subject: "Re: Refund", minutes: 30, direction: .outbound)))
        // Empty In-Reply-To but References present: still threads.
        let third = try stored(book.ingest(EventFactory.email(from: "sarah@example.com", id: "c@x", inReplyTo: "",
                                                              references: ["a@x", "b@x"], subject: "Re: Refund", minutes: 60)))
        #expect(reply.conversationID == first.conversationID)
        #expect(reply.threadingReason == .emailHeaders)
        #expect(third.conversationID == first.conversationID)
        #expect(third.threadingReason == .emailHeaders)
    }

    @Test func replyWithANewSubjectStaysInItsThread() throws {
        var book = InMemoryConversationBook()
        let first = try stored(book.ingest(EventFactory.email(from: "li@example.cn", id: "1@x", subject: "订单问题")))
        let changed = try stored(book.ingest(EventFactory.email(from: "li@example.cn", id: "2@x", inReplyTo: "1@x",
                                                                subject: "还有一个退款问题", minutes: 5)))
        #expect(changed.conversationID == first.conversationID)
        let message = try #require(book.messages[changed.messageID])
        #expect(message.subject == "还有一个退款问题", "the changed subject stays visible on the message")
    }

    @Test func subjectIsALastResortAndNeverCrossesCustomers() throws {
        var book = InMemoryConversationBook()
        let alice = try stored(book.ingest(EventFactory.email(from: "alice@example.com", id: "1@a", subject: "Broken kettle")))
        // Unknown References, same customer, "Re:" subject: joins by subject.
        let aliceReply = try stored(book.ingest(EventFactory.email(from: "alice@example.com", id: "2@a", inReplyTo: "lost@elsewhere",
                                                                   subject: "RE: Broken kettle", minutes: 10)))
        #expect(aliceReply.conversationID == alice.conversationID)
        #expect(aliceReply.threadingReason == .emailSubject)
        // Another customer with the same subject: a conversation of their own.
        let bob = try stored(book.ingest(EventFactory.email(from: "bob@example.com", id: "1@b", subject: "Re: Broken kettle", minutes: 20)))
        #expect(bob.conversationID != alice.conversationID)
        // The same customer writing a fresh email (no Re:, no headers) starts a new topic.
        let fresh = try stored(book.ingest(EventFactory.email(from: "alice@example.com", id: "3@a", subject: "Broken kettle", minutes: 30)))
        #expect(fresh.conversationID != alice.conversationID)
    }

    @Test func headerMatchNeverJoinsAnotherCustomersConversation() throws {
        var book = InMemoryConversationBook()
        let alice = try stored(book.ingest(EventFactory.email(from: "alice@example.com", id: "1@a", subject: "Invoice")))
        let mallory = try stored(book.ingest(EventFactory.email(from: "mallory@example.com", id: "2@m", inReplyTo: "1@a",
                                                                subject: "Re: Invoice", minutes: 1)))
        #expect(mallory.conversationID != alice.conversationID)
    }

    @Test func chatSessionLinesAreOneConversationAndANewSessionIsAnother() throws {
        var book = InMemoryConversationBook()
        let a = try stored(book.ingest(EventFactory.chat(visitor: "v-77", session: "s1", id: "1", text: "Hi", minutes: 0)))
        let b = try stored(book.ingest(EventFactory.chat(visitor: "v-77", session: "s1", id: "2", text: "Hello, how can I help?",
                                                         minutes: 1, direction: .outbound)))
        let c = try stored(book.ingest(EventFactory.chat(visitor: "v-77", session: "s2", id: "3", text: "Me again", minutes: 90)))
        #expect(a.conversationID == b.conversationID)
        #expect(b.threadingReason == .chatSession)
        #expect(c.conversationID != a.conversationID)
        #expect(c.customerID == a.customerID)
    }

    @Test func callJoinsTheOpenConversationFromTheLastSevenDaysOnly() throws {
        var book = InMemoryConversationBook()
        let sms = try stored(book.ingest(EventFactory.sms(from: "+989121234567", id: "s1", minutes: 0)))
        let call = try stored(book.ingest(EventFactory.call(from: "+989121234567", id: "c1", outcome: .voicemail,
                                                            transcript: "سلام، لطفاً تماس بگیرید", minutes: 6 * 24 * 60)))
        #expect(call.conversationID == sms.conversationID)
        #expect(call.threadingReason == .recentActiveConversation)
        // Eight days after the last activity: a new conversation.
        let late = try stored(book.ingest(EventFactory.sms(from: "+989121234567", id: "s2", minutes: 14 * 24 * 60 + 1)))
        #expect(late.conversationID != sms.conversationID)
    }

    @Test func resolvedConversationsDoNotCatchNewCalls() throws {
        var book = InMemoryConversationBook()
        let sms = try stored(book.ingest(EventFactory.sms(from: "+14155550199", id: "s1")))
        try book.setStatus(of: sms.conversationID, to: .resolved, at: EventFactory.at(30))
        let call = try stored(book.ingest(EventFactory.call(from: "+14155550199", id: "c1", outcome: .missed, minutes: 60)))
        #expect(call.conversationID != sms.conversationID)
    }

    @Test func subjectNormalisationStripsPrefixesInEveryLanguage() {
        #expect(SubjectNormalizer.key("Re: RE[2]: Fwd: Order 1042") == "order 1042")
        #expect(SubjectNormalizer.key("答复: 回复：退款") == "退款")
        #expect(SubjectNormalizer.key("답장: 회신: 환불 문의") == "환불 문의")
        #expect(SubjectNormalizer.key("Ответ: Отв: Возврат") == "возврат")
        #expect(SubjectNormalizer.key("پاسخ: بازپرداخت") == "بازپرداخت")
        #expect(SubjectNormalizer.key("[support] Re: Hello") == "hello")
        #expect(SubjectNormalizer.hasReplyPrefix("Re: x"))
        #expect(!SubjectNormalizer.hasReplyPrefix("Reading list"))
        // ASCII heads are compared as bytes, others as characters: both agree on these.
        #expect(SubjectNormalizer.stripPrefixes("FWD:AW: Antw: SV: Bestellung") == "Bestellung")
        #expect(SubjectNormalizer.stripPrefixes("Fwd(2): Rechnung") == "Rechnung")
        #expect(SubjectNormalizer.stripPrefixes("Fwdx: Rechnung") == "Fwdx: Rechnung")
        #expect(SubjectNormalizer.stripPrefixes("Résumé: attached") == "Résumé: attached", "\"res\" is not \"rés\"")
        #expect(SubjectNormalizer.stripPrefixes("Re\u{301}: attached") == "Re\u{301}: attached", "a combining accent makes it \"ré\"")
        #expect(SubjectNormalizer.stripPrefixes("Res: 주문 확인") == "주문 확인")
        #expect(SubjectNormalizer.stripPrefixes("RE: 回复: Ответ: پاسخ: 질문") == "질문")
    }
}
