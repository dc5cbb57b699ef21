import ConcordChannels
import ConcordServer
import ConcordStore
import ConversationEngine
import Foundation
import Testing

/// `concord serve` end to end over loopback: signed requests from every provider are committed
/// and answered 2xx, a redelivery is stored once, forgeries get 403 and leave nothing behind,
/// the handshakes answer, and every limit answers with a status a provider acts on.
@Suite("Webhook receiver")
struct ReceiverTests {
    private static func messageCount(_ store: any Store) throws -> Int { try store.statistics().messages }
    private static func kept(_ store: any Store) throws -> Int {
        try RawSourceRecord.State.allCases.map { try store.rawSourceCount(in: $0) }.reduce(0, +)
    }

    @Test func aSignedSMSIsStoredAndItsRedeliveryIsAnsweredWithoutStoringItAgain() async throws {
        let fixture = try await ReceiverFixture()
        let fields = ReceiverFixture.sms(sid: "SM0001", from: "+821012345678", body: "주문한 상품이 아직 안 왔어요.")
        let first = try await fixture.twilio(WebhookEndpoint.twilioSMS.path, fields: fields)
        #expect(first.status == 200)
        #expect(first.headers["content-type"]?.hasPrefix("text/xml") == true)
        #expect(first.body.contains("<Response></Response>"), "no reply SMS")
        for _ in 0..<2 { #expect(try await fixture.twilio(WebhookEndpoint.twilioSMS.path, fields: fields).status == 200) }
        #expect(try Self.messageCount(fixture.store) == 1)
        let hits = try fixture.store.search(SearchQuery("상품이", limit: 10))
        #expect(hits.count == 1)
        let metrics = try await fixture.send(.GET, "/metrics")
        #expect(metrics.body.contains(#"concord_webhooks_received_total{endpoint="twilio-sms",outcome="stored"} 1"#))
        #expect(metrics.body.contains(#"concord_webhooks_received_total{endpoint="twilio-sms",outcome="duplicate"} 2"#))
        await fixture.stop()
    }

    @Test func forgedTamperedAndUnsignedRequestsAreRefusedAndKeptNowhere() async throws {
        let fixture = try await ReceiverFixture()
        let sms = ReceiverFixture.sms(sid: "SM0002", from: "+14155550100", body: "Hello")
        #expect(try await fixture.twilio(WebhookEndpoint.twilioSMS.path, fields: sms, token: "wrong-token").status == 403)
        // Signed for the SMS endpoint, sent to the voice one: the URL is part of what Twilio signs.
        let body = sms.map { "\($0.0)=\(ReceiverFixture.formEncoded($0.1))" }.joined(separator: "&")
        let signature = TwilioSignature.expected(url: ReceiverFixture.publicURL + WebhookEndpoint.twilioSMS.path,
                                                 parameters: sms.map { (name: $0.0, value: $0.1) },
                                                 authToken: ReceiverFixture.secrets.twilioAuthToken!)
        #expect(try await fixture.send(.POST, WebhookEndpoint.twilioVoice.path, headers: [TwilioSignature.header: signature],
                                       body: Data(body.utf8)).status == 403)
        let chat = ReceiverFixture.chatLine(id: "c-1", email: "sara@example.ir", name: "سارا", text: "سلام")
        #expect(try await fixture.chat(chat, secret: "not-the-secret").status == 403)
        #expect(try await fixture.chat(chat, at: Date().addingTimeInterval(-600)).status == 403, "a replay from 10 minutes ago")
        #expect(try await fixture.meta(Data(#"{"object":"page","entry":[]}"#.utf8), secret: "other").status == 403)
        for endpoint in WebhookEndpoint.allCases {
            #expect(try await fixture.send(.POST, endpoint.path, body: Data("{}".utf8)).status == 403, "\(endpoint) unsigned")
        }
        #expect(try Self.kept(fixture.store) == 0)
        #expect(try Self.messageCount(fixture.store) == 0)
        let metrics = try await fixture.send(.GET, "/metrics").body
        #expect(metrics.contains(#"reason="bad_signature""#) && metrics.contains(#"reason="missing_signature""#)
                && metrics.contains(#"reason="stale""#))
        #expect(fixture.log.all.contains { $0.contains(#""msg":"webhook refused""#) && $0.contains(#""reason":"stale""#) })
        #expect(!fixture.log.all.contains { $0.contains("سلام") }, "bodies are never logged")
        await fixture.stop()
    }

    @Test func chatAndMetaBodiesAreStoredAndAnUnparseableOneIsKeptInQuarantine() async throws {
        let fixture = try await ReceiverFixture()
        let line = ReceiverFixture.chatLine(id: "c-2", email: "wang@example.cn", name: "王小明", text: "我的订单还没到。")
        #expect(try await fixture.chat(line).status == 200)
        let messenger = Data("""
            {"object":"page","entry":[{"id":"PAGE1","time":1764583200000,"messaging":[{"sender":{"id":"PSID-77"},\
            "recipient":{"id":"PAGE1"},"timestamp":1764583200000,"message":{"mid":"m_1","text":"Здравствуйте, где мой заказ?"}}]}]}
            """.utf8)
        #expect(try await fixture.meta(messenger).status == 200)
        #expect(try Self.messageCount(fixture.store) == 2)
        let broken = Data("{not json".utf8)
        #expect(try await fixture.chat(broken).status == 200, "kept: retrying would not make it parse")
        #expect(try fixture.store.rawSourceCount(in: .quarantined) == 1)
        await fixture.stop()
    }

    @Test func theMetaAndXHandshakesAnswerOnlyWithTheRightSecrets() async throws {
        let fixture = try await ReceiverFixture()
        let path = WebhookEndpoint.meta.path
        let good = try await fixture.send(.GET, path + "?hub.mode=subscribe&hub.verify_token=verify-me-3&hub.challenge=1158201444")
        #expect(good.status == 200 && good.body == "1158201444")
        #expect(try await fixture.send(.GET, path + "?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1").status == 403)
        let crc = try await fixture.send(.GET, WebhookEndpoint.x.path + "?crc_token=abc123")
        #expect(crc.status == 200)
        #expect(crc.body == XSignature.crcResponse(token: "abc123", consumerSecret: ReceiverFixture.secrets.xConsumerSecret!))
        #expect(try await fixture.send(.GET, WebhookEndpoint.x.path).status == 400)
        let health = try await fixture.send(.GET, "/health")
        #expect(health.status == 200 && health.body.contains(#""status":"ok""#))
        await fixture.stop()
    }

    @Test func limitsAnswerWithStatusesProvidersActOn() async throws {
        let fixture = try await ReceiverFixture { settings in
            settings.maximumBodyBytes = 4_096
            settings.requestsPerSecondPerAddress = 0.01
            settings.burstPerAddress = 3
        }
        let big = ReceiverFixture.chatLine(id: "c-3", email: "a@example.com", name: "A", text: String(repeating: "x", count: 8_000))
        #expect(try await fixture.chat(big).status == 413)
        let small = ReceiverFixture.chatLine(id: "c-4", email: "a@example.com", name: "A", text: "hi")
        #expect(try await fixture.chat(small).status == 200)
        #expect(try await fixture.chat(small).status == 200)
        let limited = try await fixture.chat(small)
        #expect(limited.status == 429)
        #expect(limited.headers["retry-after"] == "1")
        await fixture.stop()
    }

    @Test func aStoreThatDoesNotAnswerInTimeGets503AndTheRetryIsStoredOnce() async throws {
        let fixture = try await ReceiverFixture { $0.storeDeadline = .milliseconds(300) }
        // Another process holds the store's write lock until the receiver has answered.
        let other = try SQLiteStore(path: fixture.store.path)
        let locked = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let holder = Thread {
            try? other.write { _ in
                locked.signal()
                _ = release.wait(timeout: .now() + 8)
            }
        }
        holder.start()
        locked.wait()
        let fields = ReceiverFixture.sms(sid: "SM0003", from: "+79161234567", body: "Здравствуйте!")
        let waited = try await fixture.twilio(WebhookEndpoint.twilioSMS.path, fields: fields)
        release.signal()
        #expect(waited.status == 503)
        #expect(waited.headers["retry-after"] == "5")
        // The write that timed out goes through once the lock is free.
        let deadline = Date().addingTimeInterval(10)
        while try Self.messageCount(fixture.store) == 0, Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        // Twilio retries: a duplicate now, answered 200, stored once.
        #expect(try await fixture.twilio(WebhookEndpoint.twilioSMS.path, fields: fields).status == 200)
        #expect(try Self.messageCount(fixture.store) == 1)
        #expect(try await fixture.send(.GET, "/metrics").body.contains(#"reason="store_timeout""#))
        await fixture.stop()
    }
}

/// Providers deliver at least once, in any order, over several connections: every message is
/// stored exactly once however many times and however concurrently it arrives.
@Suite("Webhook receiver under redelivery")
struct ReceiverRedeliveryTests {
    @Test func threeHundredMessagesEachDeliveredThreeTimesOverEightConnectionsAreStoredOnce() async throws {
        // Providers post from many addresses; here all come from loopback, so its limit is lifted.
        let fixture = try await ReceiverFixture { settings in
            settings.requestsPerSecondPerAddress = 100_000
            settings.burstPerAddress = 100_000
        }
        var deliveries: [[(String, String)]] = []
        for index in 0..<300 {
            let fields = ReceiverFixture.sms(sid: String(format: "SM%08d", index), from: String(format: "+1415555%04d", index % 97),
                                             body: ["Where is my order?", "주문이 안 왔어요", "我的订单呢？", "Где мой заказ?", "سفارش من کجاست؟"][index % 5]
                                                + " #\(index)")
            deliveries += Array(repeating: fields, count: 3)
        }
        var generator = SystemRandomNumberGenerator()
        deliveries.shuffle(using: &generator)
        let lanes = 8
        let statuses = try await withThrowingTaskGroup(of: [Int].self) { group in
            for lane in 0..<lanes {
                let mine = stride(from: lane, to: deliveries.count, by: lanes).map { deliveries[$0] }
                group.addTask {
                    var statuses: [Int] = []
                    for fields in mine { statuses.append(try await fixture.twilio(WebhookEndpoint.twilioSMS.path, fields: fields).status) }
                    return statuses
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(statuses.count == 900)
        #expect(statuses.allSatisfy { $0 == 200 }, "\(Dictionary(grouping: statuses, by: { $0 }).mapValues(\.count))")
        #expect(try fixture.store.statistics().messages == 300)
        #expect(try fixture.store.rawSourceCount(in: .ingested) == 300)
        let metrics = try await fixture.send(.GET, "/metrics").body
        #expect(metrics.contains(#"concord_webhooks_received_total{endpoint="twilio-sms",outcome="stored"} 300"#))
        #expect(metrics.contains(#"concord_webhooks_received_total{endpoint="twilio-sms",outcome="duplicate"} 600"#))
        await fixture.stop()
    }
}
