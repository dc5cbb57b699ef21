import Foundation
import Testing
@testable import ConversationEngine

/// Words with a time that are not promises: the past, requests, conditions, refusals, questions.
@Suite("Promise extraction: not commitments")
struct PromiseNonCommitmentTests {
    struct Example: Sendable, CustomTestStringConvertible {
        let language: Language
        let text: String
        var testDescription: String { text }
        init(_ language: Language, _ text: String) {
            self.language = language
            self.text = text
        }
    }

    static let examples: [Example] = [
        Example(.en, "We sent it 3 days ago."),
        Example(.en, "It has been 10 days since your order."),
        Example(.en, "You have been waiting for 3 days, and I'm sorry."),
        Example(.en, "We shipped your order on Monday."),
        Example(.en, "Please reply within 7 days."),
        Example(.en, "If you haven't heard from us within 24 hours, please call."),
        Example(.en, "Unfortunately we can't deliver by Friday."),
        Example(.en, "Can we call you tomorrow?"),
        Example(.en, "Our office is closed tomorrow."),
        Example(.en, "Our support is available 24/7."),
        Example(.ko, "3일 전에 보냈습니다."),
        Example(.ko, "주문하신 상품은 3일 전에 발송되었습니다."),
        Example(.ko, "3일 이내에 회신 부탁드립니다."),
        Example(.ko, "3일 이내에 받지 못하시면 연락 주세요."),
        Example(.ko, "금요일까지 배송은 어렵습니다."),
        Example(.zh, "我们三天前已经发货了。"),
        Example(.zh, "请您在7天内寄回商品。"),
        Example(.zh, "如果3天内没收到，请联系我们。"),
        Example(.zh, "我们无法保证周五前送达。"),
        Example(.ru, "Мы отправили посылку 3 дня назад."),
        Example(.ru, "Пожалуйста, пришлите фото в течение 3 дней."),
        Example(.ru, "Если в течение 24 часов мы не ответим, позвоните нам."),
        Example(.ru, "Мы не можем гарантировать доставку до пятницы."),
        Example(.fa, "ما سه روز پیش بسته را فرستادیم."),
        Example(.fa, "لطفاً عکس را ظرف ۳ روز ارسال کنید."),
        Example(.fa, "اگر تا فردا خبری نشد، تماس بگیرید."),
        Example(.fa, "نمی‌توانیم تحویل تا جمعه را تضمین کنیم."),
    ]

    @Test(arguments: examples)
    func isNotAPromise(_ example: Example) {
        let zone = PromiseFixtures.seoul
        let promises = PromiseFixtures.extract(example.text, example.language, in: zone)
        #expect(promises.isEmpty, "\(promises)")
    }

    @Test func aPastClauseDoesNotHideTheFutureOneBesideIt() {
        let promises = PromiseFixtures.extract("We received your return on December 1 and the refund will be issued within 5 business days.",
                                               .en, in: PromiseFixtures.newYork)
        #expect(promises.map(\.expression) == ["within 5 business days"])
    }
}
