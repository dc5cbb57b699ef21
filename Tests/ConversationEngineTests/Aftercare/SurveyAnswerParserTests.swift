import Foundation
import Testing
@testable import ConversationEngine

@Suite("Satisfaction survey answers")
struct SurveyAnswerParserTests {
    @Test(arguments: [
        ("5", 5), ("4", 4), ("۴", 4), ("٣", 3), ("５", 5), ("2.", 2), ("5!", 5), ("4/5", 4), ("4 out of 5", 4), ("۵ از ۵", 5),
        ("4 из 5", 4), ("5점", 5), ("4分", 4), ("5 stars", 5), ("3 балла", 3), ("★★★★", 4), ("★★★☆☆", 3), ("⭐⭐⭐⭐⭐", 5),
        ("매우 만족", 5), ("非常满意", 5), ("不满意", 2), ("отлично", 5), ("Отлично, спасибо!", 5), ("عالی", 5), ("خیلی بد", 1),
        ("Excellent", 5), ("terrible", 1), ("  5  \n", 5),
    ])
    func scoresInEveryScriptAndWord(text: String, score: Int) {
        #expect(SurveyAnswerParser.parse(text)?.score == score, "\(text)")
    }

    @Test(arguments: [
        "5 items missing", "10", "0", "6", "12345", "1.5", "order 5", "good, but the router still drops", "Hello",
        "1. I restarted it\n2. It still fails", "", "5th time I write", "★★★★★★",
    ])
    func nonAnswersAreRejected(text: String) {
        #expect(SurveyAnswerParser.parse(text) == nil, "\(text)")
    }

    @Test func aCommentAfterTheScoreIsKept() {
        #expect(SurveyAnswerParser.parse("4 - fixed, thanks") == SurveyAnswer(score: 4, comment: "fixed, thanks"))
        #expect(SurveyAnswerParser.parse("۳، کمی طول کشید") == SurveyAnswer(score: 3, comment: "کمی طول کشید"))
        #expect(SurveyAnswerParser.parse("5\nQuick and kind.") == SurveyAnswer(score: 5, comment: "Quick and kind."))
    }

    @Test func theQuotedSurveyInAnEmailReplyIsIgnored() {
        let reply = "5\n\nOn Tue, 24 Nov 2026 at 10:00, Support <help@example.com> wrote:\n> Reply with a number from 1 to 5"
        #expect(SurveyAnswerParser.parse(reply) == SurveyAnswer(score: 5))
    }
}
