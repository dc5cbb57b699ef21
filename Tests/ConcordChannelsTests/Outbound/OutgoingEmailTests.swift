import Foundation
import Testing
@testable import ConcordChannels

/// Replies rendered for sendmail read back through Concord's own GMime parser (the same one
/// that reads customers' mail) as what the agent wrote, in every script, threaded.
@Suite("Outgoing email")
struct OutgoingEmailTests {
    static let date = Date(timeIntervalSince1970: 1_795_000_000)

    static func email(subject: String, body: String, name: String?) -> OutgoingEmail {
        OutgoingEmail(from: EmailAddress(name: "Mirava Support", address: "support@mirava.example"),
                      to: EmailAddress(name: name, address: "customer@example.com"), subject: subject, body: body,
                      messageID: "reply-42@mirava.example", inReplyTo: "cust-1@example.com",
                      references: ["first@example.com", "cust-1@example.com"], date: date)
    }

    @Test(arguments: [
        ("Re: Order 8916785", "Thank you for your patience.\nThe parcel ships today.", "Sarah O'Neil"),
        ("Re: 주문 8916785 배송지 변경 가능한가요? 확인 부탁드립니다. 오늘 꼭 연락 주세요", "김민지 님, 기다려 주셔서 감사합니다.", "김민지"),
        ("回复：订单9号的退款还没有到账，已经等了一周了", "王先生您好，退款已经处理。", "王先生"),
        ("Re: Заказ не доставлен", "Здравствуйте, Ольга! Посылка уже в пути.", "Козлова Ольга"),
        ("پاسخ: سفارش ۱۲۳ هنوز نرسیده", "سلام خانم رضایی، سفارش شما امروز ارسال شد.", "رضا شریفی"),
    ])
    func readsBackAsWritten(subject: String, body: String, name: String) throws {
        let data = Self.email(subject: subject, body: body, name: name).rendered()
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(text.split(separator: "\n").allSatisfy { $0.utf8.count <= 78 }, "no line longer than 78:\n\(text)")
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII }, "7-bit clean on the wire")
        let subjectLines = text.components(separatedBy: "\nMessage-ID:")[0].components(separatedBy: "Subject: ").last ?? ""
        let words = subjectLines.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let mixesOneByteAndThreeByteCharacters = subject.contains("9") && subject.contains("号")
        if !mixesOneByteAndThreeByteCharacters {
            #expect(words.dropLast().allSatisfy { !$0.hasSuffix("=?=") },
                    "no base64 padding inside a run of encoded words (GMime stops decoding at it):\n\(subjectLines)")
        }
        let parsed = try EmailParser().parse(data)
        // No split of a Chinese subject with a digit avoids base64 padding; GMime alone would
        // stop decoding at it, the reader joins the words first (EncodedWords.joinPaddedRuns).
        #expect(parsed.subject == subject)
        #expect(parsed.text.trimmingCharacters(in: .whitespacesAndNewlines) == body)
        #expect(parsed.to.first?.name == name && parsed.to.first?.address == "customer@example.com")
        #expect(parsed.from?.address == "support@mirava.example")
        #expect(parsed.messageID == "reply-42@mirava.example" && parsed.inReplyTo == "cust-1@example.com")
        #expect(parsed.references == ["first@example.com", "cust-1@example.com"])
        #expect(parsed.date == Self.date)
        #expect(parsed.warnings.isEmpty, "\(parsed.warnings)")
    }

    @Test func aLineBreakInASubjectCannotAddAHeader() throws {
        let data = Self.email(subject: "Hello\r\nBcc: everyone@example.com", body: "x", name: "Eve\nCc: x@example.com").rendered()
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(!text.contains("\nBcc:") && !text.contains("\nCc:"), "\(text)")
        let parsed = try EmailParser().parse(data)
        #expect(parsed.subject == "Hello Bcc: everyone@example.com")
        #expect(parsed.cc.isEmpty)
    }

    @Test func namesWithSpecialsAreQuoted() {
        #expect(OutgoingEmail.mailbox(EmailAddress(name: "Davies, Emily", address: "e@example.com")) == "\"Davies, Emily\" <e@example.com>")
        #expect(OutgoingEmail.mailbox(EmailAddress(name: nil, address: "e@example.com")) == "e@example.com")
        #expect(OutgoingEmail.mailbox(EmailAddress(name: "Emily", address: "e@example.com")) == "Emily <e@example.com>")
    }

    @Test func crlfForSMTP() throws {
        let data = Self.email(subject: "Re: 주문", body: "a\nb", name: "김민지").rendered(lineEnding: "\r\n")
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends in CRLF")
        #expect(try EmailParser().parse(data).subject == "Re: 주문")
    }
}

/// Padded base64 words in a run, as other mailers send them, read whole (as Python's `email`
/// reads them: "回复：订单9号的退款还没有到账，已经等了一周了").
@Suite("Padded encoded words")
struct PaddedEncodedWordTests {
    static let words = "=?UTF-8?B?5Zue5aSN77ya6K6i5Y2VOeWPt+eahOmAgOasvui/mOayoeacieWIsOi0pg==?= =?UTF-8?B?77yM5bey57uP562J5LqG5LiA5ZGo5LqG?="

    @Test(arguments: ["Subject: \(words)\n", "Subject: \(words.replacingOccurrences(of: "?= =?", with: "?=\n =?"))\n"])
    func aSubjectInPaddedWordsIsReadWhole(_ header: String) throws {
        let parsed = try EmailParser().parse(Data("From: a@example.com\n\(header)\nx\n".utf8))
        #expect(parsed.subject == "回复：订单9号的退款还没有到账，已经等了一周了")
    }

    @Test func aDisplayNameInPaddedWordsIsReadWhole() throws {
        let parsed = try EmailParser().parse(Data("From: \(Self.words) <a@example.com>\nSubject: x\n\nx\n".utf8))
        #expect(parsed.from?.name == "回复：订单9号的退款还没有到账，已经等了一周了")
    }

    @Test func runsOfOtherCharsetsAndUnpaddedRunsAreLeftAlone() {
        let unpadded = "=?UTF-8?B?7KO866y4?= =?UTF-8?B?IOuwsOyGoQ==?="
        #expect(EncodedWords.joinPaddedRuns(in: unpadded) == unpadded, "padding only on the last word is fine")
        let mixed = "=?UTF-8?B?5Zue5aSN77ya6K6i5Y2VOQ==?= =?ISO-8859-1?B?aGk=?="
        #expect(EncodedWords.joinPaddedRuns(in: mixed) == mixed, "different charsets are not joined")
        #expect(EncodedWords.joinPaddedRuns(in: "Re: no words") == "Re: no words")
    }
}
