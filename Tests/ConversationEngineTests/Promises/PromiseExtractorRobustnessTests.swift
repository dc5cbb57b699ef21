import Foundation
import Testing
@testable import ConversationEngine

/// Text from outside is never trusted: odd input yields no promise, never a crash.
@Suite("Promise extraction: odd input")
struct PromiseExtractorRobustnessTests {
    static let oddTexts: [String] = [
        "",
        " \n\n ",
        "...???!!!",
        "within 99999999999999999999999 days",
        "within 9999999 hours and 12/99 and 31/31/2026",
        "₩99999999999999999999 🎉👍🏽 e\u{301}\u{302}\u{303}",
        "۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹ میلیون تومان تا ۹۹ آذر",
        "99999999999999999999만원 ¥9999999999999999999万元",
        "\u{202E}within 24 hours\u{202C} \u{200C}\u{200C}تا\u{200C}فردا",
        String(repeating: "в течение двух дней ", count: 200),
        "> quoted only\n> within 24 hours",
        "On Mon wrote:",
    ]

    @Test(arguments: oddTexts)
    func oddInputIsHandled(_ text: String) {
        for language in Language.allCases {
            let zone = PromiseFixtures.seoul
            let promises = PromiseFixtures.extract(text, language, in: zone)
            #expect(promises.allSatisfy { $0.dueAt > PromiseFixtures.wednesday(zone) })
            _ = StatementFacts(reading: text, language: language, sentAt: PromiseFixtures.wednesday(zone), timeZone: zone)
            _ = ConsistencyChecker().check(draft: text, language: language, channel: .chat, at: PromiseFixtures.wednesday(zone),
                                           history: [ConsistencyFixtures.outbound(1, text, at: PromiseFixtures.wall("2026-12-01 10:00:00", zone))],
                                           openPromises: [], honestReplyTime: 3600, timeZone: zone)
        }
    }

    @Test func quotedMaterialAloneHasNoPromise() {
        #expect(PromiseFixtures.extract("> We will reply within 24 hours.", .en, in: PromiseFixtures.newYork).isEmpty)
    }

    @Test func hardWrappedEmailLinesAreOneSentence() throws {
        let text = "Thank you for your patience while we look into the damaged item you received,\nwe will send you a replacement within 3 business days."
        let promise = try #require(PromiseFixtures.extract(text, .en, in: PromiseFixtures.newYork).first)
        #expect(promise.kind == .replacement)
        #expect(promise.text == "Thank you for your patience while we look into the damaged item you received, we will send you a replacement within 3 business days.")
    }
}
