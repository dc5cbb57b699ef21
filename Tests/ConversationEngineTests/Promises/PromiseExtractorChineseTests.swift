import Foundation
import Testing
@testable import ConversationEngine

/// Chinese promises, sent on Wednesday 2 December 2026 at 10:00 in Shanghai.
@Suite("Promise extraction: Chinese")
struct PromiseExtractorChineseTests {
    static let zone = PromiseFixtures.shanghai

    static let cases: [PromiseCase] = [
        PromiseCase("我们会在三个工作日内为您退款。", .refund, "在三个工作日内", due: "2026-12-07 23:59:59"),
        PromiseCase("我们将在24小时内回复您。", .reply, "在24小时内", due: "2026-12-03 10:00:00"),
        PromiseCase("新的商品周五前发货。", .delivery, "周五前", due: "2026-12-04 23:59:59"),
        PromiseCase("明天给您回电话。", .callback, "明天", due: "2026-12-03 23:59:59"),
        PromiseCase("包裹预计12月3日前送达。", .delivery, "12月3日前", due: "2026-12-03 23:59:59"),
        PromiseCase("两天内给您答复。", .reply, "两天内", due: "2026-12-04 23:59:59"),
        PromiseCase("二十四小时内给您答复。", .reply, "二十四小时内", due: "2026-12-03 10:00:00"),
        PromiseCase("下周一给您更新进展。", .update, "下周一", due: "2026-12-07 23:59:59"),
        PromiseCase("本周内为您安排换货。", .replacement, "本周内", due: "2026-12-04 23:59:59"),
        PromiseCase("明天下午3点前给您回电。", .callback, "明天下午3点前", due: "2026-12-03 15:00:00"),
        PromiseCase("退款需要3-5个工作日。", .refund, "3-5个工作日", due: "2026-12-09 23:59:59"),
        PromiseCase("半小时内给您回复。", .reply, "半小时内", due: "2026-12-02 10:30:00"),
        PromiseCase("我们已收到退货,将在3到5个工作日内退款。", .refund, "在3到5个工作日内", due: "2026-12-09 23:59:59"),
    ]

    @Test(arguments: cases)
    func findsTheCommitmentAndWhenItIsDue(_ example: PromiseCase) throws {
        let promises = PromiseFixtures.extract(example.text, .zh, in: Self.zone)
        try #require(promises.count == 1, "\(promises)")
        #expect(promises[0].kind == example.kind)
        #expect(promises[0].expression == example.expression)
        #expect(promises[0].dueAt == PromiseFixtures.wall(example.due, Self.zone))
    }

    @Test func fullWidthPunctuationEndsSentences() {
        let promises = PromiseFixtures.extract("您好！我们会尽快处理，两天内给您答复。", .zh, in: Self.zone)
        #expect(promises.map(\.text) == ["我们会尽快处理，两天内给您答复。"])
    }
}
