@testable import ConcordChannels
import ConversationEngine
import Foundation
import Testing

@Suite("Splitting chat, call, SMS and social files into items")
struct ProviderFileTests {
    @Test func chatJSONLinesAreDetectedLineByLineAndNothingIsDropped() throws {
        let items = ChatFile.items(in: try ProviderFixtures.data("chat/chat-mixed.jsonl"), origin: "mixed.jsonl")
        #expect(items.map(\.origin) == ["mixed.jsonl:line 1", "mixed.jsonl:line 3", "mixed.jsonl:line 4", "mixed.jsonl:line 5", "mixed.jsonl:line 6"])
        #expect(items.map(\.format) == [.chatwoot, .intercom, .concordChat, .concordChat, .concordChat])
        let outcomes = items.map { item -> String in
            guard let parser = ProviderParsers.parser(for: item.format) else { return "no parser" }
            do { return "\(try parser.parse(item, context: ProviderFixtures.company).events.count) events" } catch { return "\(error)" }
        }
        #expect(outcomes[0] == "1 events")
        #expect(outcomes[1] == "2 events")
        #expect(outcomes[2] == "1 events")
        #expect(outcomes[3].hasPrefix("malformed: invalid JSON"), "the truncated line is quarantined with its reason")
        #expect(outcomes[4] == "missing field: id", "an unrecognised object fails with a reason")
    }

    @Test func aChatDocumentIsOneItemAndAnArrayIsOneItemPerElement() throws {
        let document = try ProviderFixtures.data("chat/intercom-conversation.json")
        let single = ChatFile.items(in: document, origin: "conv.json")
        #expect(single.count == 1)
        #expect(single.first?.origin == "conv.json")
        #expect(single.first?.format == .intercom)
        #expect(single.first?.data == document, "the item keeps the file's exact bytes")

        let array = "[\n  {\"id\": \"a\", \"time\": \"2024-05-04T10:00:00Z\", \"customer\": {\"email\": \"a@b.c\"}, \"text\": \"one\"},\n"
            + "  {\"event\": \"message_created\"}\n]\n"
        let items = ChatFile.items(in: Data(array.utf8), origin: "export.json")
        #expect(items.map(\.origin) == ["export.json:line 2", "export.json:line 3"])
        #expect(items.map(\.format) == [.concordChat, .chatwoot])
        #expect(String(decoding: items[1].data, as: UTF8.self) == "{\"event\": \"message_created\"}")
    }

    @Test func aTruncatedDocumentIsOneMalformedItem() throws {
        let document = try ProviderFixtures.data("chat/intercom-conversation.json")
        let truncated = document.prefix(document.count / 2)
        let items = ChatFile.items(in: Data(truncated), origin: "conv.json")
        #expect(items.count == 1)
        let item = try #require(items.first)
        #expect(ProviderFixtures.isMalformed(ProviderFixtures.failure(try #require(ProviderParsers.parser(for: item.format)), item)))
    }

    @Test func socialFilesRouteEachPayloadToItsParser() throws {
        let items = SocialFile.items(in: try ProviderFixtures.data("social/social-mixed.jsonl"), origin: "social.jsonl")
        #expect(items.map(\.format) == [.whatsapp, .metaMessaging, .xTweets, .xDirectMessages, .twilioSMS, .metaMessaging, .metaMessaging])
        #expect(items.last?.origin == "social.jsonl:line 8")
        let unknown = items[5]
        #expect(ProviderFixtures.isMissingField(ProviderFixtures.failure(MetaMessagingParser(), unknown), "object"))
        #expect(ProviderFixtures.isMalformed(ProviderFixtures.failure(MetaMessagingParser(), items[6])))
    }

    @Test func smsLogsAreOneItemPerLine() throws {
        let items = SMSFile.items(in: try ProviderFixtures.data("sms/twilio-webhooks.log"), origin: "sms.log",
                                  receivedAt: ProviderFixtures.utc("2024-05-03T00:00:00Z"))
        #expect(items.map(\.origin) == ["sms.log:line 1", "sms.log:line 3", "sms.log:line 4", "sms.log:line 5", "sms.log:line 6"])
        #expect(items.allSatisfy { $0.format == .twilioSMS })
        let counts = items.map { (try? TwilioSMSParser().parse($0, context: ProviderFixtures.company).events.count) ?? -1 }
        #expect(counts == [1, 0, 1, 1, -1], "the status callback adds nothing; the stray line fails")
    }

    @Test func callFilesChooseCSVOrCallbacks() throws {
        let voice = CallRecordFile.items(in: try ProviderFixtures.data("calls/twilio-voice-callbacks.txt"), origin: "v.log")
        #expect(voice.allSatisfy { $0.format == .twilioVoice })
        let asterisk = CallRecordFile.items(in: try ProviderFixtures.data("calls/asterisk-master.csv"), origin: "Master.csv")
        #expect(asterisk.allSatisfy { $0.format == .asteriskCDR })
        #expect(asterisk.map(\.origin).last == "Master.csv:line 8", "line numbers count the blank line")
    }

    @Test func csvItemsKeepTheirExactBytesEvenWhenNotUTF8() throws {
        var bytes = Data(#""","+79161234567","15881234","from-trunk","""#.utf8)
        bytes.append(contentsOf: [0xC8, 0xE2, 0xE0, 0xED])  // "Иван" in windows-1251
        bytes.append(contentsOf: Data(#"" <+79161234567>","","","Dial","","2024-05-02 10:00:00","","",0,0,"NO ANSWER","DOCUMENTATION","1.5","""#.utf8))
        let items = CallRecordFile.items(in: bytes, origin: "legacy.csv")
        #expect(items.count == 1)
        #expect(items.first?.data == bytes)
        let parsed = try ProviderFixtures.parse(AsteriskCDRParser(), try #require(items.first))
        #expect(parsed.events.count == 1)
        #expect(parsed.warnings.contains { $0.contains("invalid UTF-8") })
    }

    @Test func everyFormatHasAParserExceptEmail() {
        for format in SourceFormat.allCases {
            #expect((ProviderParsers.parser(for: format) == nil) == (format == .email))
        }
        #expect(Set(ProviderParsers.formats) == Set(SourceFormat.allCases).subtracting([.email]))
        #expect(Set(ProviderParsers.all().keys) == Set(ProviderParsers.formats))
    }
}
