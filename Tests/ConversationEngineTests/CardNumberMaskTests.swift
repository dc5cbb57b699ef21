import Foundation
import Testing
import ConversationEngine

/// Card numbers customers paste are masked (first six and last four kept) before Concord keeps,
/// indexes or shows them; phone numbers, order codes and numbers failing the Luhn check are not.
@Suite("Card number masking")
struct CardNumberMaskTests {
    @Test(arguments: [
        ("My card is 4111 1111 1111 1111, please refund it", "My card is 4111 11** **** 1111, please refund it"),
        ("4111111111111111", "411111******1111"),
        ("Amex 378282246310005.", "Amex 378282*****0005."),
        ("5555-5555-5555-4444", "5555-55**-****-4444"),
        ("twelve 501800000009 digits", "twelve 501800**0009 digits"),
        ("nineteen 6200000000000000000", "nineteen 620000*********0000"),
        ("카드번호는 6011 1111 1111 1117 입니다", "카드번호는 6011 11** **** 1117 입니다"),
        ("我的卡号是3530111333300000，请退款", "我的卡号是353011******0000，请退款"),
        ("شماره کارت من ۶۰۳۷ ۹۹۱۱ ۹۹۰۰ ۸۶۶۹ است", "شماره کارت من ۶۰۳۷ ۹۹** **** ۸۶۶۹ است"),
        ("Номер карты: 4111111111111111 и 5555555555554444", "Номер карты: 411111******1111 и 555555******4444"),
        ("شماره کارت۶۰۳۷۹۹۱۱۹۹۰۰۸۶۶۹", "شماره کارت۶۰۳۷۹۹******۸۶۶۹"),
    ])
    func cardNumbersAreMaskedKeepingSixAndFour(text: String, expected: String) {
        #expect(CardNumberMask.masked(text) == expected)
        #expect(CardNumberMask.masked(expected) == expected, "masking twice changes nothing")
    }

    @Test(arguments: [
        "Not Luhn-valid: 4111111111111112",
        "Call me on +4111111111111111 tomorrow",
        "Order ORDER4111111111111111 shipped",
        "Tracking 4111111111111111X",
        "Twenty digits 12345678901234567893",
        "Phones: 010-1234-5678, +7 (916) 123-45-67, 0912 345 6789",
        "Only eleven 12345678901",
        "Two groups split by two spaces: 4111 1111  1111 1111",
        "",
    ])
    func otherNumbersAreLeftAlone(text: String) {
        #expect(CardNumberMask.masked(text) == text)
    }

    @Test func theLuhnCheckMatchesKnownTestNumbers() {
        let valid = ["4111111111111111", "378282246310005", "5555555555554444", "6011111111111117", "4222222222222"]
        for number in valid { #expect(CardNumberMask.passesLuhn(number.compactMap(\.wholeNumberValue)), "\(number)") }
        #expect(!CardNumberMask.passesLuhn("4111111111111112".compactMap(\.wholeNumberValue)))
        #expect(!CardNumberMask.passesLuhn([]))
    }

    @Test func inboundEventsAreMaskedEverywhereACustomerWrote() {
        let event = InboundEvent(
            channel: .phone, occurredAt: Date(timeIntervalSince1970: 0),
            customer: CustomerHints(identities: [.phone("+14155550100")!]),
            subject: "Card 4111 1111 1111 1111", text: "pay with 4111111111111111",
            call: CallDetails(direction: .inbound, durationSeconds: 30, outcome: .voicemail, transcript: "it is 4111 1111 1111 1111"),
            attachments: [Attachment(filename: "card-4111111111111111.png", contentType: "image/png", size: 10)])
        let masked = event.maskingCardNumbers()
        #expect(masked.text == "pay with 411111******1111")
        #expect(masked.subject == "Card 4111 11** **** 1111")
        #expect(masked.call?.transcript == "it is 4111 11** **** 1111")
        #expect(masked.attachments.first?.filename == "card-411111******1111.png")
        var outbound = event
        outbound.direction = .outbound
        #expect(outbound.maskingCardNumbers() == outbound, "an agent's own words are theirs")
    }

    @Test func planningStoresTheMaskedText() throws {
        let event = InboundEvent(channel: .sms, providerID: "SM1", occurredAt: Date(timeIntervalSince1970: 0),
                                 customer: CustomerHints(identities: [.phone("+14155550100")!]),
                                 text: "card 5555 5555 5555 4444 exp 12/29")
        guard case .store(let plan) = try IngestPlanner().plan(event, index: EventReadingTests.EmptyIndex()) else {
            Issue.record("not planned")
            return
        }
        #expect(plan.message.text == "card 5555 55** **** 4444 exp 12/29")
    }
}
