import Foundation
import Testing
@testable import ConversationEngine

/// Reading amounts, durations, dates and refund methods in the five languages.
@Suite("Statement facts")
struct StatementFactsTests {
    typealias F = PromiseFixtures

    static func facts(_ text: String, _ language: Language) -> StatementFacts {
        StatementFacts(reading: text, language: language, sentAt: F.wednesday(F.seoul), timeZone: F.seoul)
    }

    struct AmountCase: Sendable, CustomTestStringConvertible {
        let language: Language
        let text: String
        let amount: MoneyAmount
        let words: String
        var testDescription: String { text }
        init(_ language: Language, _ text: String, _ minorUnits: Int64, _ currency: Currency, words: String) {
            self.language = language
            self.text = text
            amount = MoneyAmount(minorUnits: minorUnits, currency: currency)
            self.words = words
        }
    }

    static let amounts: [AmountCase] = [
        AmountCase(.en, "We will refund ₩216,000 to your card.", 21_600_000, .krw, words: "₩216,000"),
        AmountCase(.ko, "121,000원을 환불해 드리겠습니다.", 12_100_000, .krw, words: "121,000원"),
        AmountCase(.ko, "환불 금액 21만 6천원은 내일 입금됩니다.", 21_600_000, .krw, words: "21만 6천원"),
        AmountCase(.en, "We will refund $45.90 today.", 4_590, .usd, words: "$45.90"),
        AmountCase(.en, "A refund of 45,90 € is on its way.", 4_590, .eur, words: "45,90 €"),
        AmountCase(.ru, "Возврат 350 руб. оформлен.", 35_000, .rub, words: "350 руб."),
        AmountCase(.ru, "Вернём 1 200 ₽ на карту.", 120_000, .rub, words: "1 200 ₽"),
        AmountCase(.zh, "退款¥199将原路退回。", 19_900, .cny, words: "¥199"),
        AmountCase(.zh, "我们将为您退款199元。", 19_900, .cny, words: "199元"),
        AmountCase(.fa, "مبلغ ۲۵۰٬۰۰۰ تومان بازپرداخت می‌شود.", 25_000_000, .irt, words: "۲۵۰٬۰۰۰ تومان"),
        AmountCase(.fa, "بازپرداخت ۲٬۵۰۰٬۰۰۰ ریال انجام می‌شود.", 250_000_000, .irr, words: "۲٬۵۰۰٬۰۰۰ ریال"),
        AmountCase(.fa, "بازپرداخت ۲۵۰ هزار تومان انجام می‌شود.", 25_000_000, .irt, words: "۲۵۰ هزار تومان"),
    ]

    @Test(arguments: amounts)
    func readsAmountsWithTheirCurrency(_ example: AmountCase) throws {
        let stated = try #require(Self.facts(example.text, example.language).amounts.first)
        #expect(stated.amount == example.amount)
        #expect(stated.words == example.words)
        #expect(stated.topic == .refund)
    }

    @Test func aChargeAndARefundInOneSentenceAreToldApart() {
        let amounts = Self.facts("You were charged $50.00; we'll refund $45.90 to your card.", .en).amounts
        #expect(amounts.map(\.topic) == [.charge, .refund])
        #expect(amounts.map(\.amount.description) == ["$50", "$45.90"])
    }

    struct DurationCase: Sendable, CustomTestStringConvertible {
        let language: Language
        let text: String
        let description: String
        let topic: FactTopic
        var testDescription: String { text }
        init(_ language: Language, _ text: String, _ description: String, _ topic: FactTopic) {
            self.language = language
            self.text = text
            self.description = description
            self.topic = topic
        }
    }

    static let durations: [DurationCase] = [
        DurationCase(.en, "Refunds take 5 business days.", "5 business days", .refund),
        DurationCase(.en, "Delivery takes 10 days.", "10 days", .delivery),
        DurationCase(.ko, "환불은 5영업일 소요됩니다.", "5 business days", .refund),
        DurationCase(.zh, "10天内退款。", "10 days", .refund),
        DurationCase(.ru, "Доставка займёт 10 дней.", "10 days", .delivery),
        DurationCase(.fa, "بازپرداخت ۱۰ روز طول می‌کشد.", "10 days", .refund),
        DurationCase(.ru, "Возврат средств займёт 3–5 рабочих дней.", "3–5 business days", .refund),
    ]

    @Test(arguments: durations)
    func readsDurationsAndWhatTheyAreAbout(_ example: DurationCase) throws {
        let stated = try #require(Self.facts(example.text, example.language).durations.first)
        #expect(stated.description == example.description)
        #expect(stated.topic == example.topic)
    }

    @Test func durationsCompareOnTheirSlowEndAndScale() {
        func duration(_ low: Int, _ high: Int, _ unit: DurationUnit) -> StatedDuration {
            StatedDuration(low: low, high: high, unit: unit, topic: .refund, words: "", sentence: "")
        }
        #expect(duration(24, 24, .hour).tellsSameWait(as: duration(1, 1, .day)))
        #expect(duration(2, 2, .week).tellsSameWait(as: duration(14, 14, .day)))
        #expect(duration(3, 5, .businessDay).tellsSameWait(as: duration(5, 5, .businessDay)))
        #expect(!duration(5, 5, .businessDay).tellsSameWait(as: duration(7, 7, .day)))
        #expect(!duration(5, 5, .businessDay).tellsSameWait(as: duration(10, 10, .day)))
    }

    @Test func readsDatesPinnedToTheDayOfSending() {
        #expect(Self.facts("Your replacement will arrive by Friday.", .en).dates.map(\.date) == [LocalDate(year: 2026, month: 12, day: 4)])
        #expect(Self.facts("교환 상품은 12월 10일까지 도착합니다.", .ko).dates.map(\.date) == [LocalDate(year: 2026, month: 12, day: 10)])
        #expect(Self.facts("明天送达。", .zh).dates.map(\.date) == [LocalDate(year: 2026, month: 12, day: 3)])
        #expect(Self.facts("Курьер доставит заказ 10 декабря.", .ru).dates.map(\.date) == [LocalDate(year: 2026, month: 12, day: 10)])
        #expect(Self.facts("بسته تا ۱۹ آذر تحویل داده می‌شود.", .fa).dates.map(\.date) == [LocalDate(year: 2026, month: 12, day: 10)])
    }

    @Test func thePastIsNotAStatedDateOrDuration() {
        let facts = Self.facts("We sent the parcel on Monday. It has been 10 days since your order.", .en)
        #expect(facts.dates.isEmpty)
        #expect(facts.durations.isEmpty)
    }

    struct MethodCase: Sendable, CustomTestStringConvertible {
        let language: Language
        let text: String
        let method: RefundMethod
        var testDescription: String { text }
        init(_ language: Language, _ text: String, _ method: RefundMethod) {
            self.language = language
            self.text = text
            self.method = method
        }
    }

    static let methods: [MethodCase] = [
        MethodCase(.en, "We'll refund you to your original card.", .originalPayment),
        MethodCase(.en, "The refund will go to your card.", .card),
        MethodCase(.en, "We can refund you by bank transfer.", .bankTransfer),
        MethodCase(.en, "We'll refund you in store credit.", .storeCredit),
        MethodCase(.en, "We will refund you in cash at the store.", .cash),
        MethodCase(.ko, "원 결제 수단으로 환불해 드리겠습니다.", .originalPayment),
        MethodCase(.ko, "환불 금액은 계좌로 입금됩니다.", .bankTransfer),
        MethodCase(.ko, "적립금으로 환불해 드리겠습니다.", .storeCredit),
        MethodCase(.zh, "退款将原路退回。", .originalPayment),
        MethodCase(.zh, "退款将转账到您的银行账户。", .bankTransfer),
        MethodCase(.zh, "退款将以优惠券形式发放。", .storeCredit),
        MethodCase(.ru, "Деньги вернём на карту.", .card),
        MethodCase(.ru, "Возврат оформим бонусами.", .storeCredit),
        MethodCase(.ru, "Возврат наличными в магазине.", .cash),
        MethodCase(.fa, "بازپرداخت به کارت شما انجام می‌شود.", .card),
        MethodCase(.fa, "بازپرداخت به صورت اعتبار کیف پول انجام می‌شود.", .storeCredit),
        MethodCase(.fa, "بازپرداخت به حساب بانکی شما واریز می‌شود.", .bankTransfer),
    ]

    @Test(arguments: methods)
    func readsRefundMethods(_ example: MethodCase) throws {
        let stated = try #require(Self.facts(example.text, example.language).refundMethods.first)
        #expect(stated.method == example.method)
    }

    @Test func aCardOutsideARefundIsNotARefundMethod() {
        #expect(Self.facts("You paid by card.", .en).refundMethods.isEmpty)
        #expect(Self.facts("카드로 결제하셨습니다.", .ko).refundMethods.isEmpty)
    }

    @Test func readsOrderNumbers() {
        #expect(Self.facts("Order #1042 will be refunded.", .en).references == ["1042"])
        #expect(Self.facts("주문번호 1042 상품은 내일 도착 예정입니다.", .ko).references == ["1042"])
        #expect(Self.facts("订单号1042的退款已处理。", .zh).references == ["1042"])
        #expect(Self.facts("Заказ № 1042 доставим завтра.", .ru).references == ["1042"])
        #expect(Self.facts("سفارش ۱۰۴۲ فردا ارسال می‌شود.", .fa).references == ["1042"])
    }
}
