import Testing
@testable import ConversationEngine

@Suite("Sentiment")
struct SentimentTests {
    @Test func thanksIsPositiveAndAngerNegative() {
        #expect(Sentiment.score("Thank you so much, great service!", language: .en) > 0.5)
        #expect(Sentiment.score("This is ridiculous, worst service ever.", language: .en) < -0.5)
        #expect(Sentiment.score("非常感谢，服务很好", language: .zh) > 0.5)
        #expect(Sentiment.score("Это возмутительно, ужасный сервис", language: .ru) < -0.5)
        #expect(Sentiment.score("진짜 짜증나요, 최악이에요", language: .ko) < -0.5)
        #expect(Sentiment.score("خیلی ممنون، عالی بود", language: .fa) > 0.5)
    }

    @Test func aPlainQuestionIsNeutral() {
        #expect(Sentiment.score("What are your opening hours on Saturday?", language: .en) == 0)
        #expect(Sentiment.score("", language: .ko) == 0)
    }

    @Test func negationFlips() {
        #expect(Sentiment.score("I am not happy with this.", language: .en) < 0)
        #expect(Sentiment.score("I'm not angry.", language: .en) > Sentiment.score("I'm angry.", language: .en))
        #expect(Sentiment.score("راضی نیستم", language: .fa) < 0)
        #expect(Sentiment.score("不太满意", language: .zh) < 0)
    }

    @Test func intensityScales() {
        let calm = Sentiment.score("This is terrible.", language: .en)
        let loud = Sentiment.score("This is TERRIBLE!!!", language: .en)
        #expect(loud < calm)
        #expect(loud >= -1)
    }

    @Test func scoresStayInRange() {
        let furious = "UNACCEPTABLE!!! Worst, ridiculous, pathetic, useless, a scam, fed up, third time, broken, late!!!"
        let score = Sentiment.score(furious, language: .en)
        #expect(score >= -1 && score < -0.9)
    }
}
