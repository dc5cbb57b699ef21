import Testing
@testable import ConversationEngine

@Suite("Language and script detection")
struct LanguageGuesserTests {
    @Test(arguments: [
        ("배송이 너무 늦어요", Language.ko),
        ("我的退款什么时候到账？", .zh),
        ("Где мой заказ?", .ru),
        ("سفارش من کی می‌رسد؟", .fa),
        ("Where is my order?", .en),
        ("Order #1042 배송 문의", .ko),
    ])
    func guessesFromLetters(text: String, expected: Language) {
        #expect(LanguageGuesser.guess(text) == expected)
    }

    @Test func preferredLanguageBreaksTiesAndFillsSilence() {
        #expect(LanguageGuesser.guess("12345 !!!", preferred: .fa) == .fa)
        #expect(LanguageGuesser.guess("ok", preferred: .ko) == .en)
        #expect(LanguageGuesser.guess("ok 네", preferred: .ko) == .ko)
    }

    @Test func bcp47TagsMapToSupportedLanguages() {
        #expect(Language(bcp47: "ko-KR") == .ko)
        #expect(Language(bcp47: "zh_Hant_TW") == .zh)
        #expect(Language(bcp47: "fa-IR") == .fa)
        #expect(Language(bcp47: "es") == .en)
        #expect(Language.fa.isRightToLeft)
    }

    @Test func promiseBecomesBrokenOnceItsDueTimePasses() {
        let promise = Promise(id: PromiseID(1), conversationID: ConversationID(1), customerID: CustomerID(1),
                              text: "Refund within 5 business days", madeAt: EventFactory.at(0), dueAt: EventFactory.at(60))
        #expect(promise.state(at: EventFactory.at(59)) == .open)
        #expect(promise.state(at: EventFactory.at(61)) == .broken)
        #expect(promise.isOverdue(at: EventFactory.at(61)))
    }
}
