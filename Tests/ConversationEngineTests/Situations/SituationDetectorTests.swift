import Foundation
import Testing
@testable import ConversationEngine

@Suite("Situation detector: cues, negation, intensity")
struct SituationDetectorTests {
    let detector = SituationDetector()

    func ids(_ text: String, _ language: Language) -> Set<SituationID> {
        Set(detector.detect(text, language: language).map(\.id))
    }

    func situation(_ id: SituationID, in text: String, _ language: Language) -> DetectedSituation? {
        detector.detect(text, language: language).first { $0.id == id }
    }

    // MARK: Negation

    @Test(arguments: [
        ("I'm not angry, but my order still hasn't arrived.", Language.en, SituationID.deliveryDelay),
        ("저 안 화났어요, 환불이 언제 되는지만 알려주세요.", .ko, .refundWait),
        ("화난 건 아니고 환불이 언제 되는지 궁금해요.", .ko, .refundWait),
        ("不是生气，只是想问一下退款什么时候到。", .zh, .refundWait),
        ("Я не злюсь, просто жду возврат денег.", .ru, .refundWait),
        ("عصبانی نیستم، فقط پولم را پس می‌خواهم.", .fa, .refundWait),
        // A negating ending ("n't", typed with a curly apostrophe) and a Persian verb after the cue.
        ("I wasn’t angry at all, I just want my refund.", .en, .refundWait),
        ("عصبانی نبودم اما پولم را پس می‌خواهم.", .fa, .refundWait),
    ])
    func negationSuppressesTheNegatedCueOnly(text: String, language: Language, other: SituationID) {
        let found = ids(text, language)
        #expect(!found.contains(.angry), "negated anger in \(text)")
        #expect(found.contains(other), "the rest of \(text) still counts")
    }

    @Test func negationIsScopedToItsClause() {
        #expect(ids("I'm not upset, just confused about the plans.", .en) == [.confused])
        #expect(ids("It's not broken.", .en).isEmpty)
        #expect(ids("It's broken.", .en) == [.defect])
        #expect(ids("고장은 아니고요, 연결 방법을 모르겠어요.", .ko) == [.confused])
        #expect(ids("Он не сломан.", .ru).isEmpty)
        #expect(ids("خراب نیست.", .fa).isEmpty)
        #expect(ids("我没有生气。", .zh).isEmpty)
    }

    @Test func aNegatedStatementOfTroubleIsStillTrouble() {
        // "hasn't arrived" and "没收到" carry their negation inside the cue.
        #expect(ids("My parcel hasn't arrived.", .en) == [.deliveryDelay])
        #expect(ids("我还没收到包裹", .zh) == [.deliveryDelay])
        #expect(ids("No refund yet.", .en) == [.refundWait])
    }

    @Test func aQuestionIsNotANegationInChinese() {
        // 是不是 asks; it does not negate 卡在.
        let stuck = situation(.deliveryDelay, in: "包裹是不是卡在海关了？", .zh)
        #expect(stuck?.evidence.contains("卡在") == true)
    }

    // MARK: Intensity

    @Test func intensityRaisesAnger() throws {
        let calm = try #require(situation(.angry, in: "This is unacceptable.", .en))
        let loud = try #require(situation(.angry, in: "This is UNACCEPTABLE!!! Again!!!", .en))
        #expect(loud.confidence > calm.confidence)
        #expect(loud.evidence.contains("!!!"))
        #expect(loud.evidence.contains("UNACCEPTABLE"))
    }

    @Test func intensityRaisesAStatedRepeatContact() throws {
        let calm = try #require(situation(.repeatContact, in: "I already called about this.", .en))
        let loud = try #require(situation(.repeatContact, in: "I already called about this, third time now!!!", .en))
        #expect(loud.confidence > calm.confidence)
    }

    @Test func shoutingAboutAProblemIsAnger() throws {
        let angry = try #require(situation(.angry, in: "WHERE IS MY ORDER?!?! STILL NOT HERE!!!", .en))
        #expect(angry.evidence.contains("?!?!"))
        #expect(angry.confidence >= 0.5)
    }

    @Test func shoutingThanksIsNotAnger() {
        #expect(ids("Thank you so much!!! You are the best!!!", .en) == [.gratitude])
    }

    @Test(arguments: [
        ("This is the third time I ask about it.", Language.en),
        ("벌써 세 번째 문의드려요.", .ko),
        ("这是我第三次问了。", .zh),
        ("Пишу в третий раз.", .ru),
        ("این بار سوم است که می‌پرسم.", .fa),
    ])
    func escalationWordsMeanRepeatContact(text: String, language: Language) {
        #expect(ids(text, language).contains(.repeatContact), "\(text)")
    }

    // MARK: Several at once, sorting, threshold

    @Test func severalSituationsAtOnce() {
        let text = "Third time I'm asking: my refund still hasn't come through and the replacement is broken too. Ridiculous!"
        #expect(ids(text, .en) == [.repeatContact, .refundWait, .defect, .angry])
    }

    @Test func resultsAreSortedAndAboveTheThreshold() {
        let text = "Fed up!!! Called three times, the washer is still broken and you charged me twice."
        let found = detector.detect(text, language: .en)
        #expect(found.count >= 4)
        #expect(found.allSatisfy { $0.confidence >= detector.threshold })
        #expect(zip(found, found.dropFirst()).allSatisfy { $0.confidence >= $1.confidence })
        var strict = SituationDetector()
        strict.threshold = 0.95
        #expect(strict.detect("The headphones are a bit annoying.", language: .en).isEmpty)
    }

    @Test func nothingToDetectInAPlainQuestion() {
        #expect(detector.detect("What are your opening hours on Saturday?", language: .en).isEmpty)
        #expect(detector.detect("", language: .ko).isEmpty)
        #expect(detector.detect("12345 !!!", language: .fa).isEmpty)
    }

    @Test func aRefundThatArrivedIsGratitudeNotAWait() {
        #expect(ids("Got my refund today, thanks a lot!", .en) == [.gratitude])
        #expect(ids("退款已经到账了，谢谢！", .zh) == [.gratitude])
        #expect(ids("Деньги вернулись на карту, спасибо.", .ru) == [.gratitude])
    }

    @Test func aSignOffThanksUnderAComplaintIsNotGratitude() {
        #expect(ids("My parcel is late. Thanks.", .en) == [.deliveryDelay])
        #expect(ids("Thanks in advance for checking my order status.", .en).isEmpty)
        #expect(ids("My parcel is late, but thanks for the quick update!", .en) == [.deliveryDelay, .gratitude])
    }

    @Test func aPastCancellationIsNotARequest() {
        #expect(ids("Please cancel my subscription.", .en) == [.cancellation])
        #expect(ids("I cancelled in March and you still charged me.", .en) == [.billingError])
        #expect(ids("3월에 해지했는데 또 결제됐어요.", .ko) == [.billingError])
    }

    // MARK: Spelling variants and evidence

    @Test(arguments: ["환불이 아직이에요", "환불은 언제 되나요", "환불을 요청했어요"])
    func koreanStemsTakeParticles(text: String) throws {
        let refund = try #require(situation(.refundWait, in: text, .ko))
        #expect(refund.evidence.contains { $0.hasPrefix("환불") })
    }

    @Test(arguments: ["Жду возврат денег.", "Где возврат средств?", "Когда вы вернете деньги?", "Прошу вернуть деньги за заказ."])
    func russianInflections(text: String) {
        #expect(ids(text, .ru).contains(.refundWait), "\(text)")
    }

    @Test func evidenceQuotesTheCustomersSpelling() throws {
        let russian = try #require(situation(.refundWait, in: "Пишу по поводу возврата денег.", .ru))
        #expect(russian.evidence.contains("возврата денег"))
        let korean = try #require(situation(.refundWait, in: "환불이 아직 안 들어왔어요", .ko))
        #expect(korean.evidence.contains { $0.hasPrefix("환불이") })
        let chinese = try #require(situation(.deliveryDelay, in: "我的快递到现在还没到，急死了", .zh))
        #expect(chinese.evidence.contains("还没到"))
    }

    @Test(arguments: ["نمی‌فهمم این یعنی چه", "نمیفهمم این یعنی چه", "نمی فهمم این یعنی چه", "نمي‌فهمم اين يعني چه"])
    func persianWithOrWithoutTheNonJoinerAndWithArabicLetters(text: String) throws {
        let confused = try #require(situation(.confused, in: text, .fa))
        #expect(confused.evidence.contains { text.contains($0) }, "evidence is quoted from the text as written")
    }

    @Test func persianDigitsAndArabicKaf() {
        #expect(ids("سفارش ۴۵۱۲ هنوز نرسیده", .fa) == [.deliveryDelay])
        #expect(ids("خيلي ممنون، متشكرم", .fa) == [.gratitude])
        #expect(ids("برای سفارش ۴۵۱۲ دو بار از کارتم پول کم شد", .fa) == [.billingError])
    }

    @Test func chineseMatchesInsideRunOnText() {
        #expect(ids("同一笔订单扣了我两次钱还没退回来", .zh).contains(.billingError))
        #expect(ids("钱还没到账", .zh) == [.refundWait], "the refund reading wins over the parcel one")
    }

    @Test func englishCuesWorkInsideOtherLanguages() {
        #expect(ids("refund 언제 돼요?", .ko).contains(.refundWait))
    }

    @Test func aLongerWordIsNotItsShorterCue() {
        // 전화나 (phone or) contains 화나 (angry); 불친절 (unkind) contains 친절 (kind).
        #expect(!ids("전화나 이메일로 연락 주세요", .ko).contains(.angry))
        #expect(ids("상담원이 너무 불친절해요", .ko) == [.angry])
    }
}
