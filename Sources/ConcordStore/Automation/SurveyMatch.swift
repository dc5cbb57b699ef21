import Foundation
import ConversationEngine

/// A survey answer found on an inbound event: the follow-up it answers and the score.
///
/// Both stores find it the same way: an inbound message that is just a score, from a
/// customer whose survey went out at most `window(_:)` before it, answers their latest survey
/// on a resolved conversation.
public struct SurveyMatch: Sendable {
    public var followUp: FollowUp
    public var answer: SurveyAnswer

    public init(followUp: FollowUp, answer: SurveyAnswer) {
        self.followUp = followUp
        self.answer = answer
    }

    /// How long after a survey went out a bare score still answers it. With follow-ups turned
    /// off, the default window: surveys sent before they were turned off are still answered.
    public static func window(_ automation: StoreAutomation) -> TimeInterval {
        automation.followUps.isEnabled ? automation.followUps.surveyWindow : FollowUpSettings().surveyWindow
    }

    /// Whether `event` could answer a survey at all: a customer's message, not a call.
    public static func mayAnswer(_ event: InboundEvent) -> Bool {
        event.direction == .inbound && event.call == nil
    }

    /// The score `event`'s text gives, when the text is just a score ("5", "★★★★", "отлично").
    public static func answer(in event: InboundEvent) -> SurveyAnswer? {
        SurveyAnswerParser.parse(String(event.text.prefix(2_000)))
    }

    /// - Throws: `StoreError.invalidValue` unless `score` is 1 to 5.
    public static func check(score: Int) throws {
        guard (1...5).contains(score) else { throw StoreError.invalidValue("a satisfaction score is 1 to 5, not \(score)") }
    }
}
