@testable import ConcordChannels
import ConversationEngine
import Foundation
import Testing

@Suite("Asterisk call records")
struct AsteriskCDRParserTests {
    let parser = AsteriskCDRParser()

    /// The items of the Master.csv fixture, one per record.
    private func items(_ name: String = "calls/asterisk-master.csv") throws -> [SourceItem] {
        CallRecordFile.items(in: try ProviderFixtures.data(name), origin: name)
    }

    private func parse(_ item: SourceItem, context: ParseContext = ProviderFixtures.company) throws -> ParsedSource {
        try ProviderFixtures.parse(parser, item, context: context)
    }

    @Test func answeredInboundCallFromAKoreanMobile() throws {
        let items = try items()
        #expect(items.count == 7, "six calls and one internal call; the blank line is skipped")
        let parsed = try parse(items[0])
        let event = try #require(parsed.events.first)
        #expect(event.channel == .phone)
        #expect(event.direction == .inbound)
        #expect(event.providerID == "asterisk:1714641300.18")
        #expect(event.customer.identities == [Identity.phone("+821012345678")!], "01012345678 read in region KR")
        #expect(event.customer.name?.displayName == "김민지")
        #expect(event.call == CallDetails(direction: .inbound, durationSeconds: 720, outcome: .answered))
        #expect(event.occurredAt == ProviderFixtures.utc("2024-05-02T09:15:00Z"), "local time read as UTC")
        #expect(parsed.warnings.contains { $0.contains("no UTC offset") })
    }

    @Test func dispositionsMapToOutcomes() throws {
        let outcomes = try items().map { try parse($0).events.first?.call?.outcome }
        #expect(outcomes == [.answered, .missed, .voicemail, .answered, nil, .missed, .missed])
    }

    @Test func outboundCallsFromAnExtensionHaveTheDialledNumberAsCustomer() throws {
        let event = try #require(try parse(try items()[3]).events.first)
        #expect(event.direction == .outbound)
        #expect(event.call?.direction == .outbound)
        #expect(event.customer.identities == [Identity.phone("+821012345678")!])
        #expect(event.customer.name == nil, "clid of an outbound call is the agent, not the customer")
    }

    @Test func voicemailAndPromptOnlyCalls() throws {
        let items = try items()
        let voicemail = try #require(try parse(items[2]).events.first)
        #expect(voicemail.call?.outcome == .voicemail)
        #expect(voicemail.call?.durationSeconds == 45)
        #expect(voicemail.customer.name?.familyName == "احمدی")
        let prompt = try parse(items[6])
        #expect(prompt.events.first?.call?.outcome == .missed)
        #expect(prompt.warnings.contains { $0.contains("playback") })
    }

    @Test func internalCallsGiveNoEvent() throws {
        let parsed = try parse(try items()[4])
        #expect(parsed.events.isEmpty)
        #expect(parsed.warnings.contains { $0.contains("internal call") })
    }

    @Test func ownNumbersDecideDirectionWithoutDialplanHints() throws {
        let row = #""","+79161234567","+15550001111","ctx","","","","Dial","","2024-05-02 10:00:00","2024-05-02 10:00:05","2024-05-02 10:01:00",60,55,"ANSWERED","DOCUMENTATION","1.1","""#
        let inbound = try #require(try parse(ProviderFixtures.item(text: row, .asteriskCDR)).events.first)
        #expect(inbound.direction == .inbound)
        #expect(inbound.customer.identities == [Identity.phone("+79161234567")!])
        let reversed = #""","+15550001111","+79161234567","ctx","","","","Dial","","2024-05-02 10:00:00","2024-05-02 10:00:05","2024-05-02 10:01:00",60,55,"ANSWERED","DOCUMENTATION","1.2","""#
        let outbound = try #require(try parse(ProviderFixtures.item(text: reversed, .asteriskCDR)).events.first)
        #expect(outbound.direction == .outbound)
        #expect(outbound.customer.identities == [Identity.phone("+79161234567")!])
    }

    @Test func cdrCustomLayoutIsReadByItsHeaderCarriedInEachItem() throws {
        let items = try items("calls/asterisk-cdr-custom.csv")
        #expect(items.map(\.origin) == [
            "calls/asterisk-cdr-custom.csv:line 2", "calls/asterisk-cdr-custom.csv:line 3", "calls/asterisk-cdr-custom.csv:line 6",
        ], "the second record spans two lines; a blank line follows it")
        #expect(items.allSatisfy { String(decoding: $0.data, as: UTF8.self).hasPrefix("clid,src,dst") })
        let events = try items.map { try #require(try parse($0).events.first) }
        #expect(events.map(\.providerID) == ["asterisk:1718020800.7", "asterisk:1718020801.8", "asterisk:1718024400.9"])
        #expect(events[0].customer.name?.givenName == "Сергей")
        #expect(events[0].call?.durationSeconds == 180)
        #expect(events[1].occurredAt == ProviderFixtures.utc("2024-06-10T04:10:00Z"), "a time with an offset is exact")
        #expect(events[1].call?.outcome == .missed)
        #expect(events[2].customer.identities == [Identity.phone("+447700900123")!])
    }

    @Test func aLocalTimeZoneCanBeGiven() throws {
        let seoul = AsteriskCDRParser(localTimeZone: TimeZone(identifier: "Asia/Seoul"))
        let parsed = try seoul.parse(try items()[0], context: ProviderFixtures.company)
        #expect(parsed.events.first?.occurredAt == ProviderFixtures.utc("2024-05-02T00:15:00Z"))
        #expect(parsed.warnings.contains { $0.contains("Asia/Seoul") })
    }

    @Test func headerlessRowsWithFewerColumnsAreMalformed() {
        let error = ProviderFixtures.failure(parser, ProviderFixtures.item(text: #""","100","200","ctx""#, .asteriskCDR))
        #expect(ProviderFixtures.isMalformed(error))
    }

    @Test func brokenRowsAreMalformedNotCrashes() {
        let unterminated = #""","+79161234567","15881234","from-trunk","unterminated"#
        #expect(ProviderFixtures.isMalformed(ProviderFixtures.failure(parser, ProviderFixtures.item(text: unterminated, .asteriskCDR))))
        let twoRows = #""","1","2","c","","","","","","2024-05-02 10:00:00","","",0,0,"BUSY","","1.1",""\#n"","1","2","c","","","","","","2024-05-02 10:00:00","","",0,0,"BUSY","","1.2","""#
        #expect(ProviderFixtures.isMalformed(ProviderFixtures.failure(parser, ProviderFixtures.item(text: twoRows, .asteriskCDR))))
        #expect(ProviderFixtures.isMalformed(ProviderFixtures.failure(parser, ProviderFixtures.item(text: "", .asteriskCDR))))
        let badTime = #""","+79161234567","15881234","from-trunk","","","","Dial","","02/05/2024","","",0,0,"BUSY","","1.1","""#
        #expect(ProviderFixtures.isMalformed(ProviderFixtures.failure(parser, ProviderFixtures.item(text: badTime, .asteriskCDR))))
        let badDisposition = #""","+79161234567","15881234","from-trunk","","","","Dial","","2024-05-02 10:00:00","","",0,0,"MAYBE","","1.1","""#
        #expect(ProviderFixtures.isMalformed(ProviderFixtures.failure(parser, ProviderFixtures.item(text: badDisposition, .asteriskCDR))))
    }

    @Test func theCustomersNumberIsRequired() {
        let anonymous = #""","","15881234","from-trunk","","","","Dial","","2024-05-02 10:00:00","","",0,0,"NO ANSWER","","1.1","""#
        #expect(ProviderFixtures.isMissingField(ProviderFixtures.failure(parser, ProviderFixtures.item(text: anonymous, .asteriskCDR)), "src"))
    }

    @Test func aRowWithoutUniqueIDGetsAStableContentID() throws {
        let row = #""","+79161234567","15881234","from-trunk","","","","Dial","","2024-05-02 10:00:00","","",0,0,"NO ANSWER","DOCUMENTATION""#
        let first = try parse(ProviderFixtures.item(text: row, .asteriskCDR))
        let second = try parse(ProviderFixtures.item(text: row, .asteriskCDR))
        #expect(first.events.first?.providerID == second.events.first?.providerID)
        #expect(first.events.first?.providerID?.hasPrefix("asterisk:row-") == true)
        #expect(first.warnings.contains { $0.contains("loguniqueid") })
    }

    @Test func reParsingGivesTheSameEvents() throws {
        for item in try items() {
            #expect(try parse(item) == (try parse(item)))
        }
    }
}
