import Foundation
import Testing
@testable import ConversationEngine

/// Persian promises, sent on Wednesday 2 December 2026 (11 Azar 1405) at 10:00 in Tehran.
@Suite("Promise extraction: Persian")
struct PromiseExtractorPersianTests {
    static let zone = PromiseFixtures.tehran

    static let cases: [PromiseCase] = [
        PromiseCase("تا فردا با شما تماس می‌گیریم.", .callback, "تا فردا", due: "2026-12-03 23:59:59"),
        PromiseCase("ظرف ۲۴ ساعت به شما پاسخ می‌دهیم.", .reply, "ظرف ۲۴ ساعت", due: "2026-12-03 10:00:00"),
        PromiseCase("سفارش شما تا جمعه تحویل داده خواهد شد.", .delivery, "تا جمعه", due: "2026-12-04 23:59:59"),
        PromiseCase("بازپرداخت ظرف ۳ تا ۵ روز کاری انجام می‌شود.", .refund, "ظرف ۳ تا ۵ روز کاری", due: "2026-12-09 23:59:59"),
        PromiseCase("تا آخر هفته وضعیت را به شما اطلاع می‌دهیم.", .update, "تا آخر هفته", due: "2026-12-04 23:59:59"),
        PromiseCase("ظرف دو روز کالای جدید را برایتان تعویض می‌کنیم.", .replacement, "ظرف دو روز", due: "2026-12-04 23:59:59"),
        PromiseCase("ظرف بیست و چهار ساعت پاسخ می‌دهیم.", .reply, "ظرف بیست و چهار ساعت", due: "2026-12-03 10:00:00"),
        PromiseCase("ظرف ٢٤ ساعت پاسخ مي‌دهيم.", .reply, "ظرف ٢٤ ساعت", due: "2026-12-03 10:00:00"),
        PromiseCase("بسته تا ۱۲ آذر تحویل داده می‌شود.", .delivery, "تا ۱۲ آذر", due: "2026-12-03 23:59:59"),
        PromiseCase("فردا صبح با شما تماس خواهیم گرفت.", .callback, "فردا صبح", due: "2026-12-03 12:00:00"),
        PromiseCase("سه‌شنبه هفته بعد کالای جدید ارسال می‌شود.", .replacement, "سه‌شنبه هفته بعد", due: "2026-12-08 23:59:59"),
        PromiseCase("بسته شما دیروز ارسال شد و فردا میرسد.", .delivery, "فردا", due: "2026-12-03 23:59:59"),
        PromiseCase("بازپرداخت شما دو روز دیگر انجام میشود.", .refund, "دو روز دیگر", due: "2026-12-04 23:59:59"),
    ]

    @Test(arguments: cases)
    func findsTheCommitmentAndWhenItIsDue(_ example: PromiseCase) throws {
        let promises = PromiseFixtures.extract(example.text, .fa, in: Self.zone)
        try #require(promises.count == 1, "\(promises)")
        #expect(promises[0].kind == example.kind)
        #expect(promises[0].expression == example.expression)
        #expect(promises[0].dueAt == PromiseFixtures.wall(example.due, Self.zone))
    }

    @Test func aSolarHijriDateThatHasPassedIsNextYears() throws {
        // 1 Farvardin (Nowruz) 1406 is 21 March 2027.
        let promise = try #require(PromiseFixtures.extract("تا ۱ فروردین بازپرداخت انجام می‌شود.", .fa, in: Self.zone).first)
        #expect(promise.dueAt == PromiseFixtures.wall("2027-03-21 23:59:59", Self.zone))
    }
}
