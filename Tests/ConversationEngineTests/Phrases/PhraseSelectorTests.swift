import Foundation
import Testing
@testable import ConversationEngine

@Suite("Choosing phrases to suggest")
struct PhraseSelectorTests {
    /// Two situations with three phrases of each kind, and a loyalty pair.
    static let sentences = [
        "I truly understand how this feels",
        "thank you for explaining everything so clearly",
        "we will sort out every detail together",
    ]

    static let book: Phrasebook = {
        var phrases: [Phrase] = []
        for situation in [SituationID.refundWait, .angry] {
            for kind in [PhraseKind.empathy, .apology, .expectation, .followUp] {
                for (index, sentence) in sentences.enumerated() {
                    phrases.append(PhraseFixtures.phrase(
                        "en.\(situation.rawValue).\(kind.rawValue).\(index + 1)", situation, kind,
                        "{customer.address}, \(sentence) (\(situation.rawValue) \(kind.rawValue))."))
                }
            }
        }
        phrases.append(PhraseFixtures.phrase("en.loyal_customer.loyalty.1", .loyalCustomer, .loyalty, "Thank you for staying with us, {customer.address}."))
        phrases.append(PhraseFixtures.phrase("en.loyal_customer.loyalty.2", .loyalCustomer, .loyalty, "Your loyalty means a great deal to us."))
        return Phrasebook(phrases: phrases)
    }()

    let values = PhraseFixtures.values(for: .en)
    let now = PhraseFixtures.now

    private func detected(_ pairs: (SituationID, Double)...) -> [DetectedSituation] {
        pairs.map { DetectedSituation(id: $0.0, confidence: $0.1, evidence: []) }
    }

    @Test func oneNumberedSuggestionPerKindInReplyOrder() {
        let selector = PhraseSelector(phrasebook: Self.book)
        let suggestions = selector.suggestions(for: detected((.refundWait, 0.9)), language: .en, values: values, now: now)
        #expect(suggestions.map(\.kind) == [.empathy, .apology, .expectation, .followUp])
        #expect(suggestions.map(\.number) == [1, 2, 3, 4])
        #expect(suggestions.allSatisfy { $0.situation == .refundWait && $0.text.hasPrefix("Sarah, ") })
    }

    @Test func theMostConfidentSituationComesFirstAndLoyaltyIsThanked() {
        let selector = PhraseSelector(phrasebook: Self.book, perKind: 2)
        let suggestions = selector.suggestions(for: detected((.refundWait, 0.4), (.angry, 0.8), (.loyalCustomer, 0.6)),
                                               language: .en, values: values, now: now)
        let empathy = suggestions.filter { $0.kind == .empathy }
        #expect(empathy.map(\.situation) == [.angry, .refundWait])
        #expect(suggestions.filter { $0.kind == .loyalty }.count == 2)
        #expect(Set(suggestions.map(\.phrase.id)).count == suggestions.count)
    }

    @Test("feelings lead the empathy and apology; the problem leads the expectation and the follow-up")
    func expectationsSpeakToTheProblemEvenWhenAFeelingIsMoreCertain() {
        let selector = PhraseSelector(phrasebook: Self.book)
        let suggestions = selector.suggestions(for: detected((.angry, 0.9), (.refundWait, 0.5)), language: .en, values: values, now: now)
        let byKind = Dictionary(uniqueKeysWithValues: suggestions.map { ($0.kind, $0.situation) })
        #expect(byKind[.empathy] == .angry)
        #expect(byKind[.apology] == .angry)
        #expect(byKind[.expectation] == .refundWait)
        #expect(byKind[.followUp] == .refundWait)
    }

    @Test func aPhraseUsedRecentlyByIDIsNotSuggestedAgain() {
        let selector = PhraseSelector(phrasebook: Self.book, kinds: [.empathy])
        let ids = (1...2).map { "en.refund_wait.empathy.\($0)" }
        let history = PhraseHistory(usedPhrases: ids.map { .init(usedAt: now.addingTimeInterval(-86_400), phraseID: $0) })
        for seed in UInt64(0)..<20 {
            let suggestion = selector.suggestions(for: detected((.refundWait, 1)), language: .en, values: values,
                                                  history: history, now: now, seed: seed)
            #expect(suggestion.map(\.phrase.id) == ["en.refund_wait.empathy.3"])
        }
    }

    @Test func aPhraseSentByHandOrEditedIsRecognisedByItsText() {
        let selector = PhraseSelector(phrasebook: Self.book, kinds: [.empathy])
        // The agent edited two of the three phrases a little before sending them.
        let sent = [
            "Hello again. Sarah, I truly understand how this feels today (refund_wait empathy)!",
            "Sarah, thanks for explaining everything so clearly (refund_wait empathy). Best, Jordan",
        ]
        let history = PhraseHistory(sentTexts: sent.map { .init(sentAt: now.addingTimeInterval(-3_600), text: $0) })
        for seed in UInt64(0)..<20 {
            let ids = selector.suggestions(for: detected((.refundWait, 1)), language: .en, values: values,
                                           history: history, now: now, seed: seed).map(\.phrase.id)
            #expect(ids == ["en.refund_wait.empathy.3"])
        }
    }

    @Test func theWindowForgetsOldReplies() {
        let selector = PhraseSelector(phrasebook: Self.book, kinds: [.empathy])
        let old = now.addingTimeInterval(-31 * 86_400)
        let all = (1...3).map { PhraseHistory.UsedPhrase(usedAt: old, phraseID: "en.refund_wait.empathy.\($0)") }
        let defaultWindow = selector.suggestions(for: detected((.refundWait, 1)), language: .en, values: values,
                                                 history: PhraseHistory(usedPhrases: all), now: now)
        #expect(defaultWindow.count == 1)
        let longWindow = selector.suggestions(for: detected((.refundWait, 1)), language: .en, values: values,
                                              history: PhraseHistory(usedPhrases: all, window: 60 * 86_400), now: now)
        #expect(longWindow.isEmpty)
    }

    @Test func aPhraseWithAnUnfilledPlaceholderIsNeverSuggested() {
        let book = Phrasebook(phrases: [
            PhraseFixtures.phrase("en.refund_wait.expectation.1", .refundWait, .expectation, "Your refund is expected by {eta}."),
            PhraseFixtures.phrase("en.refund_wait.expectation.2", .refundWait, .expectation, "Banks take 5–10 business days."),
        ])
        let selector = PhraseSelector(phrasebook: book)
        for seed in UInt64(0)..<10 {
            let texts = selector.suggestions(for: detected((.refundWait, 1)), language: .en, values: PlaceholderValues(),
                                             now: now, seed: seed).map(\.text)
            #expect(texts == ["Banks take 5–10 business days."])
        }
    }

    @Test func theSameSeedGivesTheSameListAndSeedsVary() {
        let selector = PhraseSelector(phrasebook: Self.book)
        let situations = detected((.refundWait, 0.7), (.angry, 0.5))
        let first = selector.suggestions(for: situations, language: .en, values: values, now: now, seed: 42)
        let again = selector.suggestions(for: situations, language: .en, values: values, now: now, seed: 42)
        #expect(first == again)
        let lists = Set((UInt64(0)..<16).map { seed in
            selector.suggestions(for: situations, language: .en, values: values, now: now, seed: seed).map(\.phrase.id)
        })
        #expect(lists.count > 4)
    }

    @Test func onlyTheRequestedLanguageIsOffered() {
        let book = Phrasebook(phrases: [
            PhraseFixtures.phrase("en.angry.empathy.1", .angry, .empathy, "I hear you."),
            PhraseFixtures.phrase("ko.angry.empathy.1", .angry, .empathy, "말씀 잘 듣겠습니다.", language: .ko),
        ])
        let texts = PhraseSelector(phrasebook: book).suggestions(for: detected((.angry, 1)), language: .ko, now: now).map(\.text)
        #expect(texts == ["말씀 잘 듣겠습니다."])
    }

    @Test func theLimitCapsTheList() {
        let selector = PhraseSelector(phrasebook: Self.book)
        #expect(selector.suggestions(for: detected((.angry, 1)), language: .en, values: values, now: now, limit: 2).map(\.number) == [1, 2])
        #expect(selector.suggestions(for: [], language: .en, values: values, now: now).isEmpty)
    }

    @Test func phrasebookLookupAndOverrideByID() {
        let replaced = Self.book.merging(Phrasebook(phrases: [
            PhraseFixtures.phrase("en.angry.empathy.2", .angry, .empathy, "Our own wording."),
        ]))
        #expect(replaced.phrases.count == Self.book.phrases.count)
        #expect(replaced.phrase(id: "en.angry.empathy.2")?.text == "Our own wording.")
        #expect(replaced.phrases(for: .angry, kind: .empathy, language: .en).map(\.id)
                == ["en.angry.empathy.1", "en.angry.empathy.2", "en.angry.empathy.3"])
        #expect(Phrasebook.naturalOrder("en.a.b.9", "en.a.b.10"))
        #expect(!Phrasebook.naturalOrder("en.a.b.10", "en.a.b.9"))
    }

    /// The comparison as first written, over Unicode scalars: the byte-wise one must agree.
    private static func scalarNaturalOrder(_ a: String, _ b: String) -> Bool {
        var left = a.unicodeScalars.makeIterator(), right = b.unicodeScalars.makeIterator()
        var l = left.next(), r = right.next()
        while let x = l, let y = r {
            if x.properties.numericType == .decimal, y.properties.numericType == .decimal, x.isASCII, y.isASCII {
                var leftNumber = "", rightNumber = ""
                while let d = l, d.isASCII, d.properties.numericType == .decimal { leftNumber.unicodeScalars.append(d); l = left.next() }
                while let d = r, d.isASCII, d.properties.numericType == .decimal { rightNumber.unicodeScalars.append(d); r = right.next() }
                let trimmedLeft = leftNumber.drop { $0 == "0" }, trimmedRight = rightNumber.drop { $0 == "0" }
                if trimmedLeft.count != trimmedRight.count { return trimmedLeft.count < trimmedRight.count }
                if trimmedLeft != trimmedRight { return trimmedLeft < trimmedRight }
                continue
            }
            if x != y { return x.value < y.value }
            l = left.next()
            r = right.next()
        }
        return l == nil && r != nil
    }

    @Test func naturalOrderAgreesWithTheScalarComparisonOnEveryPair() {
        let ids = ["", "a", "a.", "a.1", "a.01", "a.001", "a.9", "a.10", "a.010", "a.100", "a.1a", "a.1b", "a.10a",
                   "a.2.3", "a.2.10", "ko.환불.1", "ko.환불.2", "ko.환불.10", "ko.환볼.1", "zh.退款.3", "fa.۱", "fa.۲",
                   "ru.ё.1", "ru.е.1", "en.angry.empathy.7", "en.angry.empathy.07", "0", "00", "9", "10", "é1", "e\u{301}1"]
        for a in ids {
            for b in ids {
                #expect(Phrasebook.naturalOrder(a, b) == Self.scalarNaturalOrder(a, b), "\(a) vs \(b)")
            }
        }
    }

    @Test func mergingNothingKeepsTheBookAsItIs() {
        let merged = Self.book.merging(Phrasebook(phrases: []))
        #expect(merged.phrases == Self.book.phrases)
        #expect(merged.phrases(for: .angry, kind: .empathy, language: .en) == Self.book.phrases(for: .angry, kind: .empathy, language: .en))
    }
}
