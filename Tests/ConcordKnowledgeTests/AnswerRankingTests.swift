import Testing
@testable import ConcordKnowledge
import ConversationEngine

@Suite("Ranking the shipped answers for real questions")
struct AnswerRankingTests {
    static let ranker: AnswerRanker? = (try? ShippedKnowledgeTests.shipped()).map { AnswerRanker(book: $0.answerBook) }

    @Test(arguments: [
        (Language.ko, "환불이 아직 안 들어왔어요", "refund_timeline"),
        (Language.ko, "주문한 택배가 아직도 배송 중이에요", "delivery_delay_tracking"),
        (Language.ko, "같은 금액이 두 번 결제됐어요", "double_charge"),
        (Language.ko, "비밀번호를 잊어버려서 로그인이 안 돼요", "account_access"),
        (Language.zh, "订单还没到", "delivery_delay_tracking"),
        (Language.zh, "退款什么时候到账", "refund_timeline"),
        (Language.zh, "被扣了两次款", "double_charge"),
        (Language.zh, "发票上的税号写错了", "invoice_correction"),
        (Language.ru, "списали дважды", "double_charge"),
        (Language.ru, "когда вернутся деньги за возврат", "refund_timeline"),
        (Language.ru, "забыл пароль, не могу войти", "account_access"),
        (Language.ru, "хочу отменить заказ", "cancellation"),
        (Language.fa, "رمز عبورم را فراموش کردم", "account_access"),
        (Language.fa, "سفارشم هنوز نرسیده", "delivery_delay_tracking"),
        (Language.fa, "دو بار از حساب من برداشت شده", "double_charge"),
        (Language.fa, "می‌خواهم نشانی تحویل را تغییر دهم", "address_change"),
        (Language.en, "I was charged twice for the same order", "double_charge"),
        (Language.en, "where is my refund?", "refund_timeline"),
        (Language.en, "my parcel still hasn't arrived, tracking shows nothing", "delivery_delay_tracking"),
        (Language.en, "please correct the VAT number on my invoice", "invoice_correction"),
        (Language.en, "how do I get a return label", "return_label"),
        (Language.en, "my card payment was declined", "payment_failed"),
        (Language.en, "it stopped working after two months, is it under warranty", "warranty_claim"),
        (Language.en, "I want to speak to a specialist", "specialist_escalation"),
    ])
    func theRightAnswerRanksFirst(language: Language, query: String, expected: String) throws {
        let ranker = try #require(Self.ranker)
        let ranked = ranker.rank(query: query, language: language, limit: 3, values: KnowledgeFixtures.values(for: language))
        #expect(ranked.first?.answer.id == expected, "\(query): \(ranked.map { "\($0.answer.id) \($0.score)" })")
        #expect(ranked.first?.language == language)
        #expect(ranked.first?.unfilled.isEmpty == true)
    }

    @Test func aDetectedSituationLiftsItsAnswers() throws {
        let ranker = try #require(Self.ranker)
        let billing = [DetectedSituation(id: .billingError, confidence: 1, evidence: [])]
        // A greeting says nothing about the topic: the billing answers come first.
        let ranked = ranker.rank(query: "안녕하세요", language: .ko, situations: billing, limit: 3)
        #expect(ranked.count == 3)
        #expect(ranked.allSatisfy { $0.answer.isTagged(.billingError) }, "\(ranked.map(\.answer.id))")
        // Words still decide between the answers of one situation.
        let invoice = ranker.rank(query: "invoice", language: .en, situations: billing, limit: 1)
        #expect(invoice.first?.answer.id == "invoice_correction")
    }

    @Test func theFilledTextAddressesTheCustomerAndStatesTheSharedFact() throws {
        let ranker = try #require(Self.ranker)
        let ranked = ranker.rank(query: "환불이 아직 안 들어왔어요", language: .ko, limit: 1, values: KnowledgeFixtures.values(for: .ko))
        let text = try #require(ranked.first?.text)
        #expect(text.hasPrefix("김민지 님, "))
        #expect(text.contains("영업일 기준 5~10일"))
        #expect(text.hasSuffix("Jordan 드림"))
        #expect(ranked.first?.title == "환불 처리 기간")
    }
}
