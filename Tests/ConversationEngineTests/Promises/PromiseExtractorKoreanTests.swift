import Foundation
import Testing
@testable import ConversationEngine

/// Korean promises, sent on Wednesday 2 December 2026 at 10:00 in Seoul.
@Suite("Promise extraction: Korean")
struct PromiseExtractorKoreanTests {
    static let zone = PromiseFixtures.seoul

    static let cases: [PromiseCase] = [
        PromiseCase("24시간 이내에 답변 드리겠습니다.", .reply, "24시간 이내에", due: "2026-12-03 10:00:00"),
        PromiseCase("내일까지 연락드리겠습니다.", .reply, "내일까지", due: "2026-12-03 23:59:59"),
        PromiseCase("환불은 3~5영업일 이내에 처리됩니다.", .refund, "3~5영업일 이내에", due: "2026-12-09 23:59:59"),
        PromiseCase("금요일까지 교환 상품을 보내 드리겠습니다.", .replacement, "금요일까지", due: "2026-12-04 23:59:59"),
        PromiseCase("오늘 중으로 진행 상황을 안내해 드리겠습니다.", .update, "오늘 중으로", due: "2026-12-02 23:59:59"),
        PromiseCase("주문하신 상품은 12월 3일까지 도착할 예정입니다.", .delivery, "12월 3일까지", due: "2026-12-03 23:59:59"),
        PromiseCase("두 시간 안에 전화 드리겠습니다.", .callback, "두 시간 안에", due: "2026-12-02 12:00:00"),
        PromiseCase("내일 오후 3시까지 전화 드리겠습니다.", .callback, "내일 오후 3시까지", due: "2026-12-03 15:00:00"),
        PromiseCase("내일 오전까지 회신 드리겠습니다.", .reply, "내일 오전까지", due: "2026-12-03 12:00:00"),
        PromiseCase("다음 주 월요일까지 교체해 드리겠습니다.", .replacement, "다음 주 월요일까지", due: "2026-12-07 23:59:59"),
        PromiseCase("이틀 안에 답변 드리겠습니다.", .reply, "이틀 안에", due: "2026-12-04 23:59:59"),
        PromiseCase("환불은 영업일 기준 3~5일 정도 소요됩니다.", .refund, "영업일 기준 3~5일 정도", due: "2026-12-09 23:59:59"),
        PromiseCase("이번 주 안에 배송될 예정입니다.", .delivery, "이번 주 안에", due: "2026-12-04 23:59:59"),
        PromiseCase("어제 발송되었으며 내일 도착할 예정입니다.", .delivery, "내일", due: "2026-12-03 23:59:59"),
    ]

    @Test(arguments: cases)
    func findsTheCommitmentAndWhenItIsDue(_ example: PromiseCase) throws {
        let promises = PromiseFixtures.extract(example.text, .ko, in: Self.zone)
        try #require(promises.count == 1, "\(promises)")
        #expect(promises[0].kind == example.kind)
        #expect(promises[0].expression == example.expression)
        #expect(promises[0].dueAt == PromiseFixtures.wall(example.due, Self.zone))
    }

    @Test func aDayOfTheMonthAloneIsThisMonthOrTheNext() {
        let third = PromiseFixtures.extract("3일까지 환불해 드리겠습니다.", .ko, in: Self.zone)
        #expect(third.first?.dueAt == PromiseFixtures.wall("2026-12-03 23:59:59", Self.zone))
        let first = PromiseFixtures.extract("1일까지 환불해 드리겠습니다.", .ko, in: Self.zone)
        #expect(first.first?.dueAt == PromiseFixtures.wall("2027-01-01 23:59:59", Self.zone))
    }
}
