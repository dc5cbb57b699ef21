import Foundation
import Testing
@testable import ConversationEngine

/// Drafts that contradict what the customer was told by email five days earlier, per warning
/// kind and language.
@Suite("Consistency: contradictions of earlier messages")
struct ConsistencyCheckerContradictionTests {
    typealias C = ConsistencyFixtures

    static let cases: [ContradictionCase] = [
        // Durations
        ContradictionCase(.en, .differentDuration, earlier: "Your refund will be issued within 5 business days.", draft: "Your refund will arrive in 10 days."),
        ContradictionCase(.ko, .differentDuration, earlier: "환불은 5영업일 이내에 처리됩니다.", draft: "환불은 10일 정도 걸립니다."),
        ContradictionCase(.zh, .differentDuration, earlier: "退款将在5个工作日内到账。", draft: "退款需要10天。"),
        ContradictionCase(.ru, .differentDuration, earlier: "Возврат средств займёт 5 рабочих дней.", draft: "Возврат займёт 10 дней."),
        ContradictionCase(.fa, .differentDuration, earlier: "بازپرداخت ظرف ۵ روز کاری انجام می‌شود.", draft: "بازپرداخت ۱۰ روز طول می‌کشد."),
        // Amounts
        ContradictionCase(.en, .differentAmount, earlier: "We will refund $45.90 to your card.", draft: "We will refund $54.90 to your card."),
        ContradictionCase(.ko, .differentAmount, earlier: "121,000원을 환불해 드리겠습니다.", draft: "₩216,000을 환불해 드리겠습니다."),
        ContradictionCase(.zh, .differentAmount, earlier: "我们将为您退款199元。", draft: "我们将为您退款¥299。"),
        ContradictionCase(.ru, .differentAmount, earlier: "Мы вернём 350 руб.", draft: "Мы вернём 530 ₽."),
        ContradictionCase(.fa, .differentAmount, earlier: "مبلغ ۲۵۰٬۰۰۰ تومان بازپرداخت می‌شود.", draft: "مبلغ ۲۰۰٬۰۰۰ تومان بازپرداخت می‌شود."),
        // Dates
        ContradictionCase(.en, .differentDate, earlier: "Your replacement will arrive on 10 December.", draft: "Your replacement will arrive on 12 December."),
        ContradictionCase(.ko, .differentDate, earlier: "교환 상품은 12월 10일까지 도착합니다.", draft: "교환 상품은 12월 12일까지 도착합니다."),
        ContradictionCase(.zh, .differentDate, earlier: "新商品12月10日前送达。", draft: "新商品12月12日前送达。"),
        ContradictionCase(.ru, .differentDate, earlier: "Курьер доставит заказ 10 декабря.", draft: "Курьер доставит заказ 12 декабря."),
        ContradictionCase(.fa, .differentDate, earlier: "بسته تا ۱۹ آذر تحویل داده می‌شود.", draft: "بسته تا ۲۱ آذر تحویل داده می‌شود."),
        // Refund methods
        ContradictionCase(.en, .differentRefundMethod, earlier: "We'll refund you to your original card.", draft: "We'll refund you in store credit."),
        ContradictionCase(.ko, .differentRefundMethod, earlier: "원 결제 수단으로 환불해 드리겠습니다.", draft: "적립금으로 환불해 드리겠습니다."),
        ContradictionCase(.zh, .differentRefundMethod, earlier: "退款将原路退回。", draft: "退款将以优惠券形式发放。"),
        ContradictionCase(.ru, .differentRefundMethod, earlier: "Деньги вернём на карту.", draft: "Деньги вернём бонусами."),
        ContradictionCase(.fa, .differentRefundMethod, earlier: "بازپرداخت به کارت شما انجام می‌شود.", draft: "بازپرداخت به صورت اعتبار کیف پول انجام می‌شود."),
    ]

    @Test(arguments: cases)
    func warnsAndQuotesTheEarlierMessage(_ example: ContradictionCase) throws {
        let zone = C.zone(for: example.language)
        let email = C.outbound(1, example.earlier, at: C.earlier(zone))
        let warnings = C.check(example.draft, example.language, in: zone, history: [email])
        let warning = try #require(warnings.first { $0.kind == example.kind }, "\(warnings)")
        #expect(warnings.count == 1, "\(warnings)")
        #expect(warning.quote == example.earlier)
        #expect(warning.earlierMessageID == MessageID(1))
        #expect(warning.earlierChannel == .email)
        #expect(warning.earlierAt == C.earlier(zone))
        #expect(warning.earlierAgent == "Dana")
        #expect(warning.message.hasPrefix("On 3 Dec, Dana told this customer by email that"))
    }

    @Test func theEmailOfTheThirdAgainstTodaysChatDraft() throws {
        let zone = PromiseFixtures.newYork
        let email = C.outbound(41, "Hi Sam,\n\nThanks for sending the parcel back. We will refund you within 5 business days.\n\nDana",
                               at: C.earlier(zone))
        let chatSoFar = C.outbound(42, "Hello again! Let me check that for you.", channel: .chat, at: C.now(zone).addingTimeInterval(-120),
                                   agent: "Lee")
        let warnings = C.check("Your refund will take 10 days.", .en, in: zone, history: [email, chatSoFar])
        let warning = try #require(warnings.first)
        #expect(warnings.count == 1)
        #expect(warning.kind == .differentDuration)
        #expect(warning.message == "On 3 Dec, Dana told this customer by email that the refund would take 5 business days, but this draft says 10 days.")
        #expect(warning.quote == "We will refund you within 5 business days.")
        #expect(warning.draftWords == "10 days")
        #expect(warning.earlierMessageID == MessageID(41))
        #expect(warning.earlierChannel == .email)
        #expect(warning.earlierAt == C.earlier(zone))
        #expect(warning.earlierAgent == "Dana")
    }

    @Test func theNewestEarlierStatementIsTheOneThatCounts() {
        let zone = PromiseFixtures.newYork
        let first = C.outbound(1, "The refund will be $50.00.", at: C.earlier(zone))
        let correction = C.outbound(2, "Correction: the refund will be $45.90.", at: C.earlier(zone).addingTimeInterval(3600))
        #expect(C.check("We will refund $45.90.", .en, in: zone, history: [first, correction]).isEmpty)
        let stale = C.check("We will refund $50.00.", .en, in: zone, history: [first, correction])
        #expect(stale.map(\.kind) == [.differentAmount])
        #expect(stale.first?.earlierMessageID == MessageID(2))
    }

    @Test func tomansAndRialsAreTheSameMoneyTenToOne() {
        let zone = PromiseFixtures.tehran
        let email = C.outbound(1, "مبلغ ۲۵۰٬۰۰۰ تومان بازپرداخت می‌شود.", at: C.earlier(zone))
        #expect(C.check("مبلغ ۲٬۵۰۰٬۰۰۰ ریال بازپرداخت می‌شود.", .fa, in: zone, history: [email]).isEmpty)
        #expect(C.check("مبلغ ۲٬۰۰۰٬۰۰۰ ریال بازپرداخت می‌شود.", .fa, in: zone, history: [email]).map(\.kind) == [.differentAmount])
    }
}
