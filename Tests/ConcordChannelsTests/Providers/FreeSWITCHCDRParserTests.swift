@testable import ConcordChannels
import ConversationEngine
import Foundation
import Testing

@Suite("FreeSWITCH call records")
struct FreeSWITCHCDRParserTests {
    let parser = FreeSWITCHCDRParser()

    private func events() throws -> [InboundEvent] {
        let items = CallRecordFile.items(in: try ProviderFixtures.data("calls/freeswitch-master.csv"), origin: "fs.csv")
        #expect(items.allSatisfy { $0.format == .freeswitchCDR })
        return try items.flatMap { try ProviderFixtures.parse(parser, $0).events }
    }

    @Test func exampleTemplateRowsRead() throws {
        let events = try events()
        #expect(events.map(\.providerID) == [
            "freeswitch:a5c9f6c0-e752-11e3-8bfb-65b6c3cdac7d", "freeswitch:c1f0e2a3-e752-11e3-8bfb-65b6c3cdac7d",
            "freeswitch:d2a1b3c4-e752-11e3-8bfb-65b6c3cdac7d", "freeswitch:f4c3d5e6-e752-11e3-8bfb-65b6c3cdac7d",
        ])
        #expect(events.map(\.direction) == [.inbound, .inbound, .outbound, .inbound])
        #expect(events.map { $0.call?.outcome } == [.answered, .missed, .answered, .missed])
        #expect(events[0].customer.identities == [Identity.phone("+821012345678")!])
        #expect(events[0].customer.name?.displayName == "김민지")
        #expect(events[0].call?.durationSeconds == 600)
        #expect(events[0].occurredAt == ProviderFixtures.utc("2024-05-03T09:00:00Z"))
        #expect(events[1].customer.name?.familyName == "Соколов")
        #expect(events[2].customer.identities == [Identity.phone("+8613812345678")!])
        #expect(events[2].customer.name == nil, "the caller of an outbound call is the agent")
    }

    @Test func aHeaderNamesTheColumns() throws {
        let text = """
            uuid,direction,caller_id_number,destination_number,start_stamp,billsec,hangup_cause,last_app
            0b1c2d3e-aaaa-bbbb-cccc-000000000001,inbound,+79031234567,+15550001111,2024-05-03T12:00:00+03:00,0,NORMAL_CLEARING,voicemail
            """
        let items = CallRecordFile.items(in: Data(text.utf8), origin: "fs-custom.csv")
        #expect(items.count == 1)
        #expect(items.first?.format == .freeswitchCDR)
        let item = try #require(items.first)
        let event = try #require(try ProviderFixtures.parse(parser, item).events.first)
        #expect(event.call?.outcome == .voicemail)
        #expect(event.occurredAt == ProviderFixtures.utc("2024-05-03T09:00:00Z"))
        #expect(event.customer.identities == [Identity.phone("+79031234567")!])
    }

    @Test func shortRowsAreMalformed() {
        let error = ProviderFixtures.failure(parser, ProviderFixtures.item(text: #""a","b","c""#, .freeswitchCDR))
        #expect(ProviderFixtures.isMalformed(error))
    }
}
