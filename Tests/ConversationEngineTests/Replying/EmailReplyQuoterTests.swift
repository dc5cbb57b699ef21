import Foundation
import Testing
import ConversationEngine

@Suite("Email reply quoting and subjects")
struct EmailReplyQuoterTests {
    static func message(_ text: String, author: String = "Sarah Kim") -> Message {
        // Mon 30 Nov 2026 10:05 in Seoul.
        Message(id: MessageID(1), conversationID: ConversationID(1), customerID: CustomerID(1), channel: .email,
                direction: .inbound, author: .customer(author), sentAt: Date(timeIntervalSince1970: 1_796_000_700),
                subject: "Refund", text: text, dedupeKey: "email:1")
    }

    @Test func quotesLikeMuttWithAnAttributionAndOneMoreLevelForQuotedLines() throws {
        let seoul = try #require(TimeZone(identifier: "Asia/Seoul"))
        let text = "line\n\n> already quoted\n\n\n"
        #expect(EmailReplyQuoter.quoted(Self.message(text), timeZone: seoul)
                == "On Mon, 30 Nov 2026 at 10:05, Sarah Kim wrote:\n> line\n> \n>> already quoted\n")
    }

    @Test func writesTheDateInTheZoneAskedAndKeepsNonLatinText() throws {
        let utc = try #require(TimeZone(identifier: "UTC"))
        let quoted = EmailReplyQuoter.quoted(Self.message("환불이 아직 안 됐어요.\r\n감사합니다.", author: "장영수"), timeZone: utc)
        #expect(quoted == "On Mon, 30 Nov 2026 at 01:05, 장영수 wrote:\n> 환불이 아직 안 됐어요.\n> 감사합니다.\n")
    }

    @Test(arguments: [
        ("Refund", "Re: Refund"),
        ("Re: Refund", "Re: Refund"),
        ("RE: Refund", "RE: Refund"),
        ("Re[2]: Refund", "Re[2]: Refund"),
        ("회신: 환불 처리 문의", "회신: 환불 처리 문의"),
        ("답장: 환불", "답장: 환불"),
        ("回复: 退款", "回复: 退款"),
        ("答复：退款", "答复：退款"),
        ("Ответ: Возврат", "Ответ: Возврат"),
        ("پاسخ: بازپرداخت", "پاسخ: بازپرداخت"),
        ("Fwd: Refund", "Re: Fwd: Refund"),
        ("Resume of my order", "Re: Resume of my order"),
        ("  Refund \n request ", "Re: Refund request"),
    ])
    func addsReOnceUnlessTheSubjectIsAlreadyAReply(subject: String, expected: String) {
        #expect(EmailReplyQuoter.replySubject(subject) == expected)
    }

    @Test func anEmptySubjectStillGetsOne() {
        #expect(EmailReplyQuoter.replySubject(nil) == "Re: your message")
        #expect(EmailReplyQuoter.replySubject("  ") == "Re: your message")
    }

    @Test func tagsAreNormalisedAndAppliedOnce() {
        #expect(ConversationTags.normalized("  VIP ") == "vip")
        #expect(ConversationTags.normalized("#Late refund") == "late-refund")
        #expect(ConversationTags.normalized("a,b") == "a-b")
        #expect(ConversationTags.normalized(" , ") == nil)
        #expect(ConversationTags.normalized("환불") == "환불")
        #expect(ConversationTags.applying(adding: ["VIP", "billing", "vip"], removing: [], to: ["urgent"]) == ["urgent", "vip", "billing"])
        #expect(ConversationTags.applying(adding: [], removing: ["Billing", "nothing"], to: ["vip", "billing"]) == ["vip"])
    }

    @Test func sentimentOfACustomerMessageReadsItsOpening() throws {
        let angry = try #require(Sentiment.ofCustomerMessage("This is the third time I write. Terrible service, I am furious!!!",
                                                             preferred: .en))
        let happy = try #require(Sentiment.ofCustomerMessage("Thank you so much, that was really helpful!", preferred: .en))
        #expect(angry < 0)
        #expect(happy > 0)
        #expect(Sentiment.ofCustomerMessage("12345 !!!", preferred: .en) == nil)
        let korean = try #require(Sentiment.ofCustomerMessage("같은 문제로 세 번이나 연락드렸습니다. 정말 화가 납니다.", preferred: nil))
        #expect(korean < 0)
        // Only the opening is read: what follows 400 scalars does not change the score.
        let long = "Thank you so much, that was really helpful! " + String(repeating: "x ", count: 300) + "terrible furious awful"
        #expect(Sentiment.ofCustomerMessage(long, preferred: .en) == Sentiment.ofCustomerMessage(String(long.prefix(400)), preferred: .en))
    }
}
