@testable import ConcordChannels
import ConversationEngine
import Foundation
import Testing

/// A small, deterministic stand-in for the fuzzers: every parser and splitter gets a few
/// hundred mutated fixture payloads and must answer with events or a `SourceParseError`,
/// never crash, and every event it does return must be one ingest can store.
@Suite("Parsers survive garbage")
struct ProviderRobustnessTests {
    /// SplitMix64: seeded, so a failure reproduces.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let fixtureNames = [
        "chat/chatwoot-message-created.json", "chat/chatwoot-whatsapp-inbox.json", "chat/intercom-conversation.json",
        "chat/intercom-notification.json", "chat/concord-chat.jsonl", "calls/asterisk-master.csv", "calls/asterisk-cdr-custom.csv",
        "calls/freeswitch-master.csv", "calls/twilio-voice-callbacks.txt", "sms/twilio-inbound-mms.form",
        "social/x-tweets-search.json", "social/x-dm-events.json", "social/meta-messenger.json", "social/whatsapp-media.json",
    ]

    /// Fragments that push parsers to their edges.
    static let tokens: [String] = [
        "{", "}", "[", "]", "\"", "\\", "\\u", "\\ud800", ",", ":", "\n", "\r", "\0", "%", "%E2%9C", "&", "=", "+",
        "99999999999999999999999999", "-9223372036854775809", "1e999", "NaN", "null", "true", "\u{FEFF}", "\u{FFFD}",
        "<p>", "<script>", "&#x110000;", "2024-02-30T25:61:00Z", "Thu, 32 Foo 2024", "NumMedia=9999999999",
        String(repeating: "[", count: 300), String(repeating: "{\"a\":", count: 300),
    ]

    static func mutate(_ data: Data, using generator: inout SeededGenerator) -> Data {
        var bytes = [UInt8](data)
        let rounds = Int.random(in: 1...4, using: &generator)
        for _ in 0..<rounds {
            let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &generator)
            switch Int.random(in: 0..<6, using: &generator) {
            case 0 where !bytes.isEmpty:  // flip a byte
                bytes[position] = UInt8.random(in: 0...255, using: &generator)
            case 1 where !bytes.isEmpty:  // delete a run
                let end = min(bytes.count, position + Int.random(in: 1...64, using: &generator))
                bytes.removeSubrange(position..<end)
            case 2 where !bytes.isEmpty:  // duplicate a run
                let end = min(bytes.count, position + Int.random(in: 1...64, using: &generator))
                bytes.insert(contentsOf: bytes[position..<end], at: position)
            case 3:  // truncate
                bytes = Array(bytes.prefix(position))
            case 4:  // insert a token
                let token = tokens[Int.random(in: 0..<tokens.count, using: &generator)]
                bytes.insert(contentsOf: Array(token.utf8), at: position)
            default:  // insert random bytes
                let count = Int.random(in: 1...16, using: &generator)
                bytes.insert(contentsOf: (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }, at: position)
            }
        }
        return Data(bytes)
    }

    /// Whatever a parser returns must be storable: a customer identity, something to show,
    /// a provider id.
    static func checkInvariants(_ parsed: ParsedSource, format: SourceFormat, sourceLocation: SourceLocation = #_sourceLocation) {
        for event in parsed.events {
            #expect(!event.customer.identities.isEmpty, "\(format): an event without a customer", sourceLocation: sourceLocation)
            #expect(!event.text.isEmpty || event.call != nil || !event.attachments.isEmpty,
                    "\(format): an empty event", sourceLocation: sourceLocation)
            #expect(event.providerID?.isEmpty == false, "\(format): an event without a provider id", sourceLocation: sourceLocation)
        }
    }

    @Test func mutatedFixturesNeverCrashAnyParser() throws {
        var generator = SeededGenerator(state: 0xC0DC_0DC0_2024_0502)
        let originals = try Self.fixtureNames.map { try ProviderFixtures.data($0) }
        let context = ProviderFixtures.company
        var parsedCount = 0
        var failedCount = 0
        for round in 0..<400 {
            let original = originals[round % originals.count]
            let mutated = Self.mutate(original, using: &generator)
            // The splitters must cope with whole files too.
            let split = ChatFile.items(in: mutated, origin: "f") + CallRecordFile.items(in: mutated, origin: "f")
                + SocialFile.items(in: mutated, origin: "f") + SMSFile.items(in: mutated, origin: "f")
            let direct = ProviderParsers.formats.map { SourceItem(format: $0, origin: "fuzz", data: mutated, receivedAt: .now) }
            for item in split.prefix(40) + direct {
                guard let parser = ProviderParsers.parser(for: item.format) else { continue }
                do {
                    Self.checkInvariants(try parser.parse(item, context: context), format: item.format)
                    parsedCount += 1
                } catch {
                    failedCount += 1
                }
            }
        }
        #expect(parsedCount > 0)
        #expect(failedCount > 0)
    }

    @Test func hostileInputsAreAnswered() {
        let hostile: [Data] = [
            Data(), Data([0]), Data(repeating: 0xFF, count: 1000),
            Data((String(repeating: "[", count: 200_000)).utf8),
            Data(("{\"object\": \"page\", \"entry\": [" + String(repeating: "{\"messaging\": []},", count: 10_000) + "{}]}").utf8),
            Data(("CallSid=CA1&" + String(repeating: "&", count: 50_000)).utf8),
            Data(String(repeating: "\"", count: 10_001).utf8),
            Data(String(repeating: ",", count: 100_000).utf8),
            Data(("<" + String(repeating: "<p", count: 50_000)).utf8),
            Data(#"{"event": "message_created", "id": 1, "message_type": 99999999999999999999, "created_at": 1e308}"#.utf8),
            Data(#"{"id": "1", "time": 1e308, "customer": {"email": "a@b.c"}, "text": "x"}"#.utf8),
            Data(#"{"object": "page", "entry": [{"messaging": [{"sender": {"id": "1"}, "recipient": {"id": "2"}, "timestamp": -9223372036854775808, "message": {"mid": "m", "text": "x"}}]}]}"#.utf8),
        ]
        for data in hostile {
            for format in ProviderParsers.formats {
                guard let parser = ProviderParsers.parser(for: format) else { continue }
                if let parsed = try? parser.parse(SourceItem(format: format, origin: "hostile", data: data), context: .standard) {
                    Self.checkInvariants(parsed, format: format)
                }
            }
            _ = ChatFile.items(in: data, origin: "h")
            _ = CallRecordFile.items(in: data, origin: "h")
            _ = SocialFile.items(in: data, origin: "h")
        }
    }
}
