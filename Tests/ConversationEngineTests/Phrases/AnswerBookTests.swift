import Testing
@testable import ConversationEngine

@Suite("Answer book, fragments and ranking")
struct AnswerBookTests {
    static let refundFragment = AnswerFragment(name: "refund_timeline", texts: [
        .en: "Banks show refunds within 5–10 business days.",
        .ko: "카드사 반영까지 영업일 기준 5~10일이 걸립니다.",
    ])

    static let book = AnswerBook(answers: [
        Answer(id: "refund", title: "Refund timeline", version: 2, tags: ["refund_wait", "refund"], variants: [
            AnswerVariant(language: .en, title: "When your refund arrives", text: "{customer.address}, we issued your refund. {fragment.refund_timeline}"),
            AnswerVariant(language: .ko, text: "{customer.address}, 환불이 진행되었습니다. {fragment.refund_timeline}"),
        ]),
        Answer(id: "cancel", title: "Cancellation", version: 1, tags: ["cancellation"], variants: [
            AnswerVariant(language: .en, text: "Your order is cancelled. {fragment.refund_timeline}"),
        ]),
        Answer(id: "delivery", title: "Delivery delay", version: 1, tags: ["delivery_delay"], variants: [
            AnswerVariant(language: .en, text: "Your parcel should arrive on {eta}; the carrier is late."),
        ]),
    ], fragments: [refundFragment])

    @Test func fragmentsAreWrittenOutPerLanguage() throws {
        let refund = try #require(Self.book.answer(id: "refund"))
        #expect(try Self.book.expandedText(of: refund, in: .en) == "{customer.address}, we issued your refund. Banks show refunds within 5–10 business days.")
        #expect(try Self.book.expandedText(of: refund, in: .ko) == "{customer.address}, 환불이 진행되었습니다. 카드사 반영까지 영업일 기준 5~10일이 걸립니다.")
        #expect(try Self.book.expandedText(of: refund, in: .ru) == nil)
        #expect(Self.book.problems().isEmpty)
    }

    @Test func aFragmentCycleIsAnError() {
        let book = AnswerBook(answers: [
            Answer(id: "a", title: "A", version: 1, variants: [AnswerVariant(language: .en, text: "{fragment.first}")]),
        ], fragments: [
            AnswerFragment(name: "first", texts: [.en: "one {fragment.second}"]),
            AnswerFragment(name: "second", texts: [.en: "two {fragment.first}"]),
        ])
        #expect(throws: AnswerBookProblem.fragmentCycle(["first", "second", "first"])) {
            _ = try book.expandedText(of: book.answers[0], in: .en)
        }
        #expect(book.problems() == [.fragmentCycle(["first", "second", "first"])])
    }

    @Test func aMissingFragmentOrLanguageIsNamed() {
        let book = AnswerBook(answers: [
            Answer(id: "a", title: "A", version: 1, variants: [
                AnswerVariant(language: .en, text: "{fragment.nowhere}"),
                AnswerVariant(language: .ru, text: "{fragment.refund_timeline}"),
            ]),
        ], fragments: [Self.refundFragment])
        #expect(book.problems() == [
            .missingFragment(name: "nowhere", language: .en, referrer: "a"),
            .missingFragment(name: "refund_timeline", language: .ru, referrer: "a"),
        ])
    }

    @Test func aHigherVersionReplacesAnAnswerAndFragmentsMergeByLanguage() {
        let newer = AnswerBook(answers: [
            Answer(id: "refund", title: "Refunds (ours)", version: 3, variants: [AnswerVariant(language: .en, text: "Ours.")]),
            Answer(id: "cancel", title: "Old copy", version: 1, variants: [AnswerVariant(language: .en, text: "Stale.")]),
        ], fragments: [AnswerFragment(name: "refund_timeline", texts: [.en: "Our banks are quick."])])
        let merged = Self.book.merging(newer)
        #expect(merged.answer(id: "refund")?.title == "Refunds (ours)")
        #expect(merged.answer(id: "cancel")?.title == "Cancellation")
        #expect(merged.fragments["refund_timeline"]?.text(in: .en) == "Our banks are quick.")
        #expect(merged.fragments["refund_timeline"]?.text(in: .ko) == Self.refundFragment.text(in: .ko))
    }

    @Test func rankingCombinesWordsAndDetectedSituations() {
        let ranker = AnswerRanker(book: Self.book)
        let values = PhraseFixtures.values(for: .en)
        let byWords = ranker.rank(query: "when will my refund arrive", language: .en, values: values)
        #expect(byWords.first?.answer.id == "refund")
        #expect(byWords.first?.text == "Sarah, we issued your refund. Banks show refunds within 5–10 business days.")
        #expect(byWords.first?.title == "When your refund arrives")
        #expect(byWords.first?.unfilled.isEmpty == true)

        let situations = [DetectedSituation(id: .deliveryDelay, confidence: 0.9, evidence: [])]
        let bySituation = ranker.rank(query: "hello?", language: .en, situations: situations, values: values)
        #expect(bySituation.map(\.answer.id) == ["delivery"])
        #expect(bySituation.first?.situationBoost ?? 0 > 0)
        #expect(ranker.rank(query: "refund", language: .en, limit: 1).count == 1)
        #expect(ranker.rank(query: "refund", language: .en, limit: 0).isEmpty)
    }

    @Test func aMissingLanguageFallsBackToEnglishAndReportsGaps() {
        let ranker = AnswerRanker(book: Self.book)
        let ranked = ranker.rank(query: "cancelled", language: .ko, values: PlaceholderValues())
        #expect(ranked.first?.answer.id == "cancel")
        #expect(ranked.first?.language == .en)
        let delivery = ranker.rank(query: "parcel", language: .en, values: PlaceholderValues())
        #expect(delivery.first?.unfilled == ["eta"])
    }

    @Test func placeholderNamesAreNotSearchable() {
        // {order} and {customer.address} in a text must not match the words "order" or "customer".
        let ranker = AnswerRanker(book: AnswerBook(answers: [
            Answer(id: "x", title: "X", version: 1, variants: [AnswerVariant(language: .en, text: "{order} {customer.address} hello")]),
        ]))
        #expect(ranker.rank(query: "order customer address", language: .en).isEmpty)
    }
}
