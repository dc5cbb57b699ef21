import Foundation
import Testing
@testable import ConversationEngine

/// Russian promises, sent on Wednesday 2 December 2026 at 10:00 in Moscow.
@Suite("Promise extraction: Russian")
struct PromiseExtractorRussianTests {
    static let zone = PromiseFixtures.moscow

    static let cases: [PromiseCase] = [
        PromiseCase("Мы вернём деньги в течение двух дней.", .refund, "в течение двух дней", due: "2026-12-04 23:59:59"),
        PromiseCase("Доставим заказ до пятницы.", .delivery, "до пятницы", due: "2026-12-04 23:59:59"),
        PromiseCase("Перезвоним вам завтра.", .callback, "завтра", due: "2026-12-03 23:59:59"),
        PromiseCase("Ответим в течение 24 часов.", .reply, "в течение 24 часов", due: "2026-12-03 10:00:00"),
        PromiseCase("Возврат средств занимает 3–5 рабочих дней.", .refund, "3–5 рабочих дней", due: "2026-12-09 23:59:59"),
        PromiseCase("Замену пришлём к 3 декабря.", .replacement, "к 3 декабря", due: "2026-12-03 23:59:59"),
        PromiseCase("Ответим на следующей неделе.", .reply, "на следующей неделе", due: "2026-12-11 23:59:59"),
        PromiseCase("Курьер доставит заказ в течение суток.", .delivery, "в течение суток", due: "2026-12-03 10:00:00"),
        PromiseCase("Перезвоним завтра утром.", .callback, "завтра утром", due: "2026-12-03 12:00:00"),
        PromiseCase("Сообщим о статусе до конца недели.", .update, "до конца недели", due: "2026-12-04 23:59:59"),
        PromiseCase("Деньги поступят на карту до 12.12.", .refund, "до 12.12", due: "2026-12-12 23:59:59"),
        PromiseCase("Мы ответим в течение двадцати четырёх часов.", .reply, "в течение двадцати четырёх часов", due: "2026-12-03 10:00:00"),
        PromiseCase("Перезвоним завтра до 18:00.", .callback, "завтра до 18:00", due: "2026-12-03 18:00:00"),
    ]

    @Test(arguments: cases)
    func findsTheCommitmentAndWhenItIsDue(_ example: PromiseCase) throws {
        let promises = PromiseFixtures.extract(example.text, .ru, in: Self.zone)
        try #require(promises.count == 1, "\(promises)")
        #expect(promises[0].kind == example.kind)
        #expect(promises[0].expression == example.expression)
        #expect(promises[0].dueAt == PromiseFixtures.wall(example.due, Self.zone))
    }
}
