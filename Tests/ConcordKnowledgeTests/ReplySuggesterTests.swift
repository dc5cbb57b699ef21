import Foundation
import Testing
import ConcordKnowledge
import ConversationEngine

/// `ReplySuggester` over the shipped phrasebooks and answers: real customer messages in the
/// five languages get the right language, situations, phrases in that language filled for
/// the customer, and no phrase the customer heard recently.
@Suite("Reply suggestions from the shipped knowledge")
struct ReplySuggesterTests {
    static let suggester: ReplySuggester? = (try? ShippedKnowledgeTests.shipped())
        .map { ReplySuggester(phrasebook: $0.phrasebook, answerBook: $0.answerBook) }

    static let messages: [(Language, String, SituationID, String)] = [
        (.ko, "벌써 세 번째 문의입니다. 환불이 아직도 카드로 안 들어왔어요!", .refundWait, "refund_timeline"),
        (.zh, "你好，我的退款什么时候到账？已经等了十天了。", .refundWait, "refund_timeline"),
        (.fa, "سفارشم هنوز نرسیده و خیلی دیر شده است.", .deliveryDelay, "delivery_delay_tracking"),
        (.ru, "Чайник, который я купила, не включается. Что делать?", .defect, "defect_replacement"),
        (.en, "My parcel still hasn't arrived and it was due last week.", .deliveryDelay, "delivery_delay_tracking"),
    ]

    static func request(_ language: Language, _ text: String, history: PhraseHistory = .none,
                        context: SituationContext? = nil, eta: Date? = nil) -> ReplySuggestionRequest {
        ReplySuggestionRequest(text: text, preferredLanguage: .en, customerName: KnowledgeFixtures.name(for: language),
                               timeZone: KnowledgeFixtures.zone(for: language), context: context, history: history,
                               agentName: "Jordan", eta: eta, now: KnowledgeFixtures.now, seed: 7)
    }

    @Test(arguments: messages.indices)
    func eachLanguageGetsItsOwnPhrasesFilledForTheCustomer(index: Int) throws {
        let (language, text, situation, answer) = Self.messages[index]
        let suggester = try #require(Self.suggester)
        let result = suggester.suggest(Self.request(language, text))
        #expect(result.language == language, "the message's language wins over the preferred English")
        #expect(result.situations.contains { $0.id == situation }, "\(result.situations.map(\.id))")
        #expect(result.situations.allSatisfy { !$0.evidence.isEmpty }, "every situation says why")
        #expect(result.address == CustomerAddressing.address(KnowledgeFixtures.name(for: language), in: language))
        #expect(result.sentiment < 0, "a complaint reads as negative: \(result.sentiment)")
        #expect(!result.phrases.isEmpty)
        for phrase in result.phrases {
            #expect(phrase.phrase.language == language && phrase.phrase.id.hasPrefix("\(language.rawValue)."), "\(phrase.phrase.id)")
            #expect(!phrase.text.contains("{"), "every placeholder is filled: \(phrase.text)")
            if phrase.phrase.text.contains("{customer.address}") { #expect(phrase.text.contains(result.address ?? "\u{0}")) }
            if phrase.phrase.text.contains("{agent.name}") { #expect(phrase.text.contains("Jordan")) }
        }
        #expect(result.phrases.map(\.number) == Array(1...result.phrases.count), "numbered from 1 in reply order")
        let kinds = result.phrases.map { PhraseKind.allCases.firstIndex(of: $0.kind) ?? 0 }
        #expect(kinds == kinds.sorted(), "grouped by kind: empathy, apology, expectation, loyalty, follow-up")
        #expect(result.answers.map(\.answer.id).contains(answer), "\(result.answers.map(\.answer.id))")
        #expect(result.answers.allSatisfy { $0.language == language })
        #expect(result.count <= ReplySuggester.maximumNumbered, "the digit keys reach every suggestion")
        if case .answer(let first)? = result.choice(number: result.phrases.count + 1) {
            #expect(first.answer.id == result.answers.first?.answer.id)
        } else {
            Issue.record("the number after the last phrase is the first answer")
        }
    }

    @Test(arguments: messages.indices)
    func phrasesTheCustomerHeardRecentlyAreNotSuggestedAgain(index: Int) throws {
        let (language, text, _, _) = Self.messages[index]
        let suggester = try #require(Self.suggester)
        let first = suggester.suggest(Self.request(language, text))
        let sent = PhraseHistory(sentTexts: [PhraseHistory.SentText(
            sentAt: KnowledgeFixtures.now.addingTimeInterval(-86_400), text: first.phrases.map(\.text).joined(separator: " "))])
        let second = suggester.suggest(Self.request(language, text, history: sent))
        #expect(!second.phrases.isEmpty, "there are other phrases to offer")
        let repeated = Set(first.phrases.map(\.phrase.id)).intersection(second.phrases.map(\.phrase.id))
        #expect(repeated.isEmpty, "said yesterday, not suggested today: \(repeated)")
    }

    @Test func contextSituationsAndTheETAOnTheCustomersClock() throws {
        let suggester = try #require(Self.suggester)
        let now = KnowledgeFixtures.now
        let context = SituationContext(channel: .x, isPublic: true, waited: 5 * 3600, replyTarget: 3600, tenureYears: 6,
                                       loyalty: .gold, now: now)
        let eta = now.addingTimeInterval(2 * 86_400)
        let result = suggester.suggest(Self.request(.ko, "주문한 택배가 아직도 안 왔어요. 너무 늦네요.", context: context, eta: eta))
        let ids = Set(result.situations.map(\.id))
        #expect(ids.isSuperset(of: [.publicComplaint, .longWait, .loyalCustomer, .deliveryDelay]), "\(ids)")
        let wait = try #require(result.situations.first { $0.id == .longWait })
        #expect(wait.evidence.first?.contains("target") == true)
        let expected = LocalizedDateText.text(for: eta, in: .ko, timeZone: KnowledgeFixtures.zone(for: .ko), relativeTo: now)
        for phrase in result.phrases where phrase.phrase.text.contains("{eta}") {
            #expect(phrase.text.contains(expected), "the ETA in Korean on Seoul time: \(phrase.text)")
        }
        #expect(result.phrases.contains { $0.kind == .loyalty }, "a six-year gold customer is thanked")
    }

    @Test func aMessageWithNoNameHasNoAddressAndNothingPersonal() throws {
        let suggester = try #require(Self.suggester)
        let result = suggester.suggest(ReplySuggestionRequest(text: "Спасибо, всё работает!", now: KnowledgeFixtures.now))
        #expect(result.language == .ru)
        #expect(result.address == nil)
        #expect(result.situations.contains { $0.id == .gratitude })
        #expect(result.phrases.allSatisfy { !$0.phrase.text.contains("{customer.") }, "phrases needing a name are left out")
    }
}
