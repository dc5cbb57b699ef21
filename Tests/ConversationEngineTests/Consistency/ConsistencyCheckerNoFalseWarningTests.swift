import Foundation
import Testing
@testable import ConversationEngine

/// Drafts that agree with what was said, or talk about something else: no warnings.
@Suite("Consistency: no false warnings")
struct ConsistencyCheckerNoFalseWarningTests {
    typealias C = ConsistencyFixtures
    typealias F = PromiseFixtures

    struct Agreement: Sendable, CustomTestStringConvertible {
        let language: Language
        let earlier: String
        let draft: String
        var testDescription: String { "\(language.rawValue): \(draft)" }
        init(_ language: Language, earlier: String, draft: String) {
            self.language = language
            self.earlier = earlier
            self.draft = draft
        }
    }

    static let repeats: [Agreement] = [
        Agreement(.en, earlier: "We will refund $45.90 to your original card within 5 business days.",
                  draft: "As promised, the refund of $45.90 goes back to your card within 5 business days."),
        Agreement(.ko, earlier: "121,000원을 원 결제 수단으로 5영업일 이내에 환불해 드리겠습니다.", draft: "환불 금액 121,000원은 5영업일 이내에 카드로 처리됩니다."),
        Agreement(.zh, earlier: "退款199元将在5个工作日内原路退回。", draft: "您的退款¥199会在五个工作日内原路退回。"),
        Agreement(.ru, earlier: "Вернём 350 руб. на карту в течение 5 рабочих дней.", draft: "Возврат 350 ₽ на карту займёт 5 рабочих дней."),
        Agreement(.fa, earlier: "مبلغ ۲۵۰٬۰۰۰ تومان ظرف ۵ روز کاری به کارت شما بازپرداخت می‌شود.",
                  draft: "بازپرداخت ۲۵۰٬۰۰۰ تومان ظرف پنج روز کاری به کارت انجام می‌شود."),
    ]

    @Test(arguments: repeats)
    func repeatingTheSameFactsIsConsistent(_ example: Agreement) {
        let zone = C.zone(for: example.language)
        let warnings = C.check(example.draft, example.language, in: zone, history: [C.outbound(1, example.earlier, at: C.earlier(zone))])
        #expect(warnings.isEmpty, "\(warnings)")
    }

    static let differentThings: [Agreement] = [
        Agreement(.en, earlier: "Your refund will be issued within 5 business days.", draft: "The replacement will be delivered in 3 days."),
        Agreement(.ko, earlier: "환불은 5영업일 이내에 처리됩니다.", draft: "배송은 3일 이내에 완료됩니다."),
        Agreement(.zh, earlier: "退款将在5个工作日内到账。", draft: "快递3天内送达。"),
        Agreement(.ru, earlier: "Возврат средств займёт 5 рабочих дней.", draft: "Курьер доставит заказ в течение 3 дней."),
        Agreement(.fa, earlier: "بازپرداخت ظرف ۵ روز کاری انجام می‌شود.", draft: "بسته ظرف ۳ روز تحویل داده می‌شود."),
        Agreement(.en, earlier: "The shipping fee was $5.00.", draft: "We will refund $45.90."),
        Agreement(.en, earlier: "We will refund $45.90.", draft: "We will refund €45.90."),
        Agreement(.en, earlier: "We'll get back to you about your refund within 24 hours.", draft: "Your refund will arrive within 5 business days."),
        Agreement(.en, earlier: "Order #1042 will be refunded within 5 business days.", draft: "Order #1077 will be refunded within 10 days."),
        Agreement(.en, earlier: "You paid by card.", draft: "We'll refund you in store credit."),
        Agreement(.en, earlier: "Delivery takes 3-5 days.", draft: "We sent it 3 days ago, sorry for the wait."),
    ]

    @Test(arguments: differentThings)
    func factsAboutDifferentThingsAreNotCompared(_ example: Agreement) {
        let zone = C.zone(for: example.language)
        let warnings = C.check(example.draft, example.language, in: zone, history: [C.outbound(1, example.earlier, at: C.earlier(zone))])
        #expect(warnings.isEmpty, "\(warnings)")
    }

    @Test func theCustomersOwnWordsAreNotWhatTheyWereTold() {
        let zone = F.newYork
        let history = [C.inbound(1, "I was told the refund takes 10 days and I waited 3 days already!", at: C.earlier(zone))]
        #expect(C.check("Your refund will arrive within 5 business days.", .en, in: zone, history: history).isEmpty)
    }

    @Test func messagesAfterTheDraftAreNotEarlier() {
        let zone = F.newYork
        let later = C.outbound(1, "Your refund will be issued within 10 days.", at: C.now(zone).addingTimeInterval(3600))
        #expect(C.check("Your refund will arrive within 5 business days.", .en, in: zone, history: [later]).isEmpty)
    }

    @Test func relativeDaysThatLandOnTheSameDateAgree() {
        // Monday 7 December "by Friday" and Thursday 10 December "tomorrow" are both Friday 11.
        let zone = F.newYork
        let monday = C.outbound(1, "Your replacement will arrive by Friday.", at: F.wall("2026-12-07 10:00:00", zone))
        let thursday = F.wall("2026-12-10 10:00:00", zone)
        let warnings = ConsistencyChecker().check(draft: "Your replacement will arrive tomorrow.", language: .en, channel: .chat, at: thursday,
                                                  history: [monday], openPromises: [], honestReplyTime: nil, timeZone: zone)
        #expect(warnings.isEmpty, "\(warnings)")
    }

    @Test func theOriginalPaymentMethodAndTheCardAreTheSameRefund() {
        let zone = F.seoul
        let email = C.outbound(1, "원 결제 수단으로 환불해 드리겠습니다.", at: C.earlier(zone))
        #expect(C.check("카드로 환불 처리해 드리겠습니다.", .ko, in: zone, history: [email]).isEmpty)
    }

    @Test func earlierMessagesInAnotherLanguageAreReadInTheirOwn() {
        // The customer switched from Russian to English; the earlier email is still understood.
        let zone = F.moscow
        let email = C.outbound(1, "Возврат средств займёт 5 рабочих дней.", at: C.earlier(zone))
        #expect(C.check("Your refund will take 5 business days.", .en, in: zone, history: [email]).isEmpty)
        #expect(C.check("Your refund will take 10 days.", .en, in: zone, history: [email]).map(\.kind) == [.differentDuration])
    }
}
