@testable import ConcordChannels
import ConversationEngine
import Foundation
import Testing

@Suite("Twilio voice callbacks")
struct TwilioVoiceParserTests {
    let parser = TwilioVoiceParser()

    /// The callbacks of the fixture file: completed inbound, no-answer, ringing, a <Record>
    /// action with a voicemail, its transcription, a completed outbound call, and the
    /// recording of that outbound conversation.
    private func callbacks() throws -> [SourceItem] {
        let items = CallRecordFile.items(in: try ProviderFixtures.data("calls/twilio-voice-callbacks.txt"), origin: "voice.log")
        #expect(items.count == 7)
        #expect(items.allSatisfy { $0.format == .twilioVoice })
        return items
    }

    private func parse(_ item: SourceItem) throws -> ParsedSource {
        try ProviderFixtures.parse(parser, item)
    }

    @Test func completedInboundCallIsAnsweredAndStartsBeforeTheCallback() throws {
        let parsed = try parse(try callbacks()[0])
        let event = try #require(parsed.events.first)
        #expect(event.providerID == "twilio:CA5b1e0c7f2a9d4e8b3c6f1a0d9e8b7c6a")
        #expect(event.direction == .inbound)
        #expect(event.customer.identities == [Identity.phone("+821012345678")!])
        #expect(event.customer.name?.displayName == "김민지")
        #expect(event.call == CallDetails(direction: .inbound, durationSeconds: 184, outcome: .answered))
        #expect(event.occurredAt == ProviderFixtures.utc("2024-05-02T00:15:00Z"), "Timestamp 00:18:04 minus 184 s")
        #expect(parsed.warnings.isEmpty)
    }

    @Test func unansweredAndInProgressStatuses() throws {
        let items = try callbacks()
        let missed = try #require(try parse(items[1]).events.first)
        #expect(missed.call?.outcome == .missed)
        #expect(missed.call?.durationSeconds == 0)
        #expect(missed.customer.identities == [Identity.phone("+79161234567")!])
        let ringing = try parse(items[2])
        #expect(ringing.events.isEmpty, "the call is recorded when it ends")
        #expect(ringing.warnings.contains { $0.contains("ringing") })
    }

    @Test func voicemailAndItsTranscriptionAreTwoEventsOfTheSameCall() throws {
        let items = try callbacks()
        let recording = try #require(try parse(items[3]).events.first)
        #expect(recording.providerID == "twilio:CA1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f/RE0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d")
        #expect(recording.call?.outcome == .voicemail)
        #expect(recording.call?.durationSeconds == 41)
        #expect(recording.attachments.first?.filename == "RE0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d.wav")
        #expect(recording.occurredAt == ProviderFixtures.utc("2024-05-02T07:30:05Z"))
        #expect(recording.customer.identities == [Identity.phone("+989121234567")!])

        let transcription = try #require(try parse(items[4]).events.first)
        #expect(transcription.providerID == "twilio:CA1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f/RE0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d/transcription")
        #expect(transcription.call?.outcome == .voicemail)
        #expect(transcription.call?.transcript == "سلام، سفارش من هنوز نرسیده است. لطفاً با من تماس بگیرید.")
        #expect(transcription.dedupeKey != recording.dedupeKey)
    }

    @Test func outboundCallAndTheRecordingOfItsConversationAreOneEvent() throws {
        let items = try callbacks()
        let call = try #require(try parse(items[5]).events.first)
        #expect(call.direction == .outbound)
        #expect(call.customer.identities == [Identity.phone("+8613812345678")!])
        #expect(call.call?.outcome == .answered)
        let recording = try parse(items[6])
        #expect(recording.events.isEmpty)
        #expect(recording.warnings.contains { $0.contains("OutboundAPI") })
    }

    @Test func ownNumbersTurnAnUnlabelledCallOutbound() throws {
        let body = "CallSid=CA00000000000000000000000000000001&CallStatus=busy&From=%2B15550001111&To=%2B79161234567"
            + "&Timestamp=Thu%2C+02+May+2024+10%3A00%3A00+%2B0000"
        let event = try #require(try parse(ProviderFixtures.item(text: body, .twilioVoice)).events.first)
        #expect(event.direction == .outbound)
        #expect(event.call?.outcome == .missed)
        let sameWithoutContext = try parser.parse(ProviderFixtures.item(text: body, .twilioVoice), context: .standard)
        #expect(sameWithoutContext.events.first?.direction == .inbound, "without own numbers nor Direction, From is the caller")
    }

    @Test func dialActionOutcomeWinsAndMachinesAreVoicemail() throws {
        let dial = "CallSid=CA00000000000000000000000000000002&CallStatus=in-progress&DialCallStatus=no-answer&Direction=inbound"
            + "&From=%2B79161234567&To=%2B15550001111"
        let missed = try #require(try parse(ProviderFixtures.item(text: dial, .twilioVoice, receivedAt: Date(timeIntervalSince1970: 1_714_700_000))).events.first)
        #expect(missed.call?.outcome == .missed)
        #expect(missed.occurredAt == Date(timeIntervalSince1970: 1_714_700_000))

        let machine = "CallSid=CA00000000000000000000000000000003&CallStatus=completed&CallDuration=25&AnsweredBy=machine_end_beep"
            + "&Direction=outbound-api&From=%2B15550001111&To=%2B79161234567&Timestamp=Thu%2C+02+May+2024+10%3A00%3A00+%2B0000"
        #expect(try parse(ProviderFixtures.item(text: machine, .twilioVoice)).events.first?.call?.outcome == .voicemail)
    }

    @Test func forwardedLegsAreLeftToTheirParent() throws {
        let leg = "CallSid=CA00000000000000000000000000000004&ParentCallSid=CA5b1e0c7f2a9d4e8b3c6f1a0d9e8b7c6a"
            + "&CallStatus=completed&CallDuration=180&Direction=outbound-dial&From=%2B821012345678&To=%2B821099998888"
            + "&Timestamp=Thu%2C+02+May+2024+00%3A18%3A04+%2B0000"
        let parsed = try parse(ProviderFixtures.item(text: leg, .twilioVoice))
        #expect(parsed.events.isEmpty)
        #expect(parsed.warnings.contains { $0.contains("forwarded leg") })
    }

    @Test func jsonBodiesReadLikeForms() throws {
        let json = #"{"CallSid": "CA00000000000000000000000000000005", "CallStatus": "completed", "CallDuration": 61, "Direction": "inbound", "From": "+8613812345678", "To": "+15550001111", "Timestamp": "Thu, 02 May 2024 10:01:01 +0000"}"#
        let event = try #require(try parse(ProviderFixtures.item(text: json, .twilioVoice)).events.first)
        #expect(event.call?.durationSeconds == 61)
        #expect(event.occurredAt == ProviderFixtures.utc("2024-05-02T10:00:00Z"))
    }

    @Test func errors() {
        #expect(ProviderFixtures.isMissingField(ProviderFixtures.failure(parser, ProviderFixtures.item(text: "CallStatus=completed", .twilioVoice)), "CallSid"))
        #expect(ProviderFixtures.isMissingField(ProviderFixtures.failure(parser, ProviderFixtures.item(text: "CallSid=CA1&From=%2B79161234567", .twilioVoice)), "CallStatus"))
        #expect(ProviderFixtures.isMalformed(ProviderFixtures.failure(parser, ProviderFixtures.item(text: "CallSid=CA1&CallStatus=exploded&From=%2B79161234567", .twilioVoice))))
        #expect(ProviderFixtures.isMissingField(ProviderFixtures.failure(parser, ProviderFixtures.item(text: "CallSid=CA1&CallStatus=completed&From=%2B79161234567", .twilioVoice)), "Timestamp"))
        #expect(ProviderFixtures.isUnsupported(ProviderFixtures.failure(parser, ProviderFixtures.item(text: "MessageSid=SM1&Body=hi", .twilioVoice))))
        #expect(ProviderFixtures.isMalformed(ProviderFixtures.failure(parser, ProviderFixtures.item(text: "just some words", .twilioVoice))))
        let recordingOnly = "CallSid=CA1&RecordingSid=RE1&RecordingStatus=completed&RecordingDuration=30&RecordingSource=RecordVerb"
        #expect(ProviderFixtures.isMissingField(ProviderFixtures.failure(parser, ProviderFixtures.item(text: recordingOnly, .twilioVoice)), "From"))
    }
}
