import Foundation
import Testing
@testable import ConversationEngine

/// Lengths counted the way each channel counts them, checked against the providers' own
/// published examples: twitter-text's conformance suite (config v3) and the GSM 03.38 / UCS-2
/// segment sizes every SMS gateway documents (Twilio's segment calculator gives the same).
@Suite("Channel usage")
struct ChannelUsageTests {
    // twitter-text conformance/validate.yml, WeightedTweetsWithDiscountedEmojiCounterTest.
    @Test(arguments: [
        ("Hi http://test.co", 26),
        ("http://test.co", 23),
        ("285 chars-" + String(repeating: "xxxxxxxxxx-", count: 25), 285),
        (String(repeating: "https://www.twitter.com/aloha ", count: 10), 240),
        ("H🐱☺👨‍👩‍👧‍👦", 7),
        ("😷👾😡🔥💩", 10),
        ("🙋🏽👨‍🎤", 4),
        ("1\u{20E3}", 2),
        ("Unicode 10.0 emoji: 🤪; 🧕; 🧕🏾; 🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}", 34),
        ("Unicode 9.0 emoji: 🤠; 💃; 💃🏾", 29),
        ("A\u{0301}B", 2),
    ])
    func xCountsTheWayTwitterTextDoes(text: String, expected: Int) {
        #expect(TwitterTextLength.weightedLength(text) == expected)
    }

    @Test func xWeighsCJKAndHangulTwiceAndCyrillicAndPersianOnce() {
        #expect(ChannelUsage.measure("환불", on: .x).count == 4)
        #expect(ChannelUsage.measure("退款", on: .x).count == 4)
        #expect(ChannelUsage.measure("возврат", on: .x).count == 7)
        #expect(ChannelUsage.measure("بازپرداخت", on: .x).count == 9)
        #expect(ChannelUsage.measure("see example.com/returns please", on: .x).count == 4 + 23 + 7)
        let post = String(repeating: "a", count: 271)
        #expect(ChannelUsage.measure(post, on: .x).summary == "271/280")
        #expect(!ChannelUsage.measure(String(repeating: "a", count: 280), on: .x).isOver)
        #expect(ChannelUsage.measure(String(repeating: "a", count: 281), on: .x).isOver)
        #expect(ChannelUsage.measure(String(repeating: "환", count: 141), on: .x).isOver, "141 Hangul syllables weigh 282")
        #expect(!ChannelUsage.measure(String(repeating: "a", count: 281), on: .x, isPublic: false).isOver, "a DM takes 10,000")
    }

    @Test func smsInGSM7TakesOneSegmentUpTo160AndThen153APart() {
        let one = ChannelUsage.measure(String(repeating: "a", count: 160), on: .sms)
        #expect(one.segments == 1)
        #expect(one.encoding == "GSM-7")
        #expect(one.summary == "1 segment · 160/160 GSM-7")
        let two = ChannelUsage.measure(String(repeating: "a", count: 161), on: .sms)
        #expect(two.segments == 2)
        #expect(two.summary == "2 segments · 161/306 GSM-7")
        #expect(ChannelUsage.measure(String(repeating: "a", count: 306), on: .sms).segments == 2)
        #expect(ChannelUsage.measure(String(repeating: "a", count: 307), on: .sms).segments == 3)
        #expect(ChannelUsage.measure("Your refund of £20 is on its way: ÄÖÑÜ§¿", on: .sms).encoding == "GSM-7")
    }

    @Test func smsExtensionCharactersCountTwoAndAreNeverSplitAcrossParts() {
        let euro = ChannelUsage.measure("€10 {ok} [x] ~ | ^ \\", on: .sms)
        #expect(euro.encoding == "GSM-7")
        #expect(euro.count == 20 + 9)
        #expect(ChannelUsage.measure(String(repeating: "€", count: 80), on: .sms).segments == 1, "80 × 2 = 160 septets")
        #expect(ChannelUsage.measure(String(repeating: "€", count: 81), on: .sms).segments == 2)
        // 152 septets, then a two-septet character: it starts the second part.
        let edge = ChannelUsage.measure(String(repeating: "a", count: 152) + "€" + String(repeating: "a", count: 10), on: .sms)
        #expect(edge.count == 164)
        #expect(edge.segments == 2)
        let pushed = ChannelUsage.measure(String(repeating: "a", count: 152) + "€" + String(repeating: "a", count: 152), on: .sms)
        #expect(pushed.count == 306)
        #expect(pushed.segments == 3, "the euro sign cannot straddle parts one and two, so 306 septets need three")
    }

    @Test func smsOutsideGSM7IsUCS2CountedInUTF16Units() {
        let korean = ChannelUsage.measure(String(repeating: "환", count: 70), on: .sms)
        #expect(korean.encoding == "UCS-2")
        #expect(korean.segments == 1)
        #expect(korean.summary == "1 segment · 70/70 UCS-2")
        #expect(ChannelUsage.measure(String(repeating: "환", count: 71), on: .sms).segments == 2)
        #expect(ChannelUsage.measure(String(repeating: "환", count: 134), on: .sms).segments == 2)
        #expect(ChannelUsage.measure(String(repeating: "환", count: 135), on: .sms).segments == 3)
        let emoji = ChannelUsage.measure("ok 👍", on: .sms)
        #expect(emoji.count == 5, "an emoji outside the BMP is two UTF-16 units")
        #expect(ChannelUsage.measure("Спасибо", on: .sms).encoding == "UCS-2")
        #expect(ChannelUsage.measure(String(repeating: "a", count: 159) + "ç", on: .sms).encoding == "UCS-2",
                "ç is not in GSM 03.38 (only Ç is)")
    }

    @Test func smsOverTenSegmentsIsOver() {
        #expect(!ChannelUsage.measure(String(repeating: "a", count: 1_530), on: .sms).isOver)
        #expect(ChannelUsage.measure(String(repeating: "a", count: 1_531), on: .sms).isOver)
    }

    @Test func providersLimitsAndChannelsWithout() {
        #expect(ChannelUsage.measure(String(repeating: "a", count: 1_204), on: .facebook).summary == "1,204/2,000")
        #expect(ChannelUsage.measure(String(repeating: "a", count: 2_001), on: .facebook).isOver)
        #expect(ChannelUsage.measure(String(repeating: "a", count: 1_001), on: .instagram).isOver)
        #expect(!ChannelUsage.measure(String(repeating: "a", count: 4_096), on: .whatsapp).isOver)
        #expect(ChannelUsage.measure(String(repeating: "a", count: 4_097), on: .telegram).isOver)
        #expect(ChannelUsage.measure("👨‍👩‍👧‍👦", on: .instagram).count == 1, "characters as people see them")
        for channel in [Channel.email, .chat, .phone, .note] {
            let usage = ChannelUsage.measure(String(repeating: "a", count: 50_000), on: channel)
            #expect(usage.limit == nil)
            #expect(!usage.isOver)
        }
        #expect(ChannelUsage.measure(String(repeating: "a", count: 1_204), on: .email).summary == "1,204 characters")
    }
}
