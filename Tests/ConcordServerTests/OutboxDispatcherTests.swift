import AsyncHTTPClient
import ConcordChannels
import ConcordServer
import ConcordStore
import ConversationEngine
import Foundation
import NIOCore
import Testing

/// The outbox dispatcher against a local fake provider and a fake sendmail: every reply
/// reaches the customer exactly once however the provider fails, a refusal fails at once with
/// the provider's words, and what happened is on the timeline.
@Suite("Delivering the outbox", .serialized)
struct OutboxDispatcherTests {
    @Test(arguments: OutboxFixture.Backing.allCases)
    func everyReplyIsDeliveredOnceThroughAProviderThatFailsItsFirstAttempts(_ backing: OutboxFixture.Backing) async throws {
        let provider = try await FakeProvider { _, attempt in
            switch attempt {
            case 1: FakeProvider.Answer(status: 503, body: #"{"code":20503,"message":"Service unavailable"}"#)
            case 2: FakeProvider.Answer(status: 429, body: #"{"code":20429,"message":"Too many requests"}"#, retryAfter: "90")
            default: .created("SM\(UUID().uuidString.prefix(8))")
            }
        }
        let fixture = try OutboxFixture(backing)
        let items = try fixture.queue(10, on: .sms)
        let dispatcher = fixture.dispatcher(OutboxFixture.settings(provider: provider))

        let first = try await dispatcher.deliverDue()
        #expect(first.retrying == 10 && first.sent == 0)
        let pending = try #require(try fixture.message(of: items[0]))
        #expect(pending.delivery == .pending)
        #expect(pending.deliveryNote?.contains("attempt 1 of 8 failed (Twilio answered HTTP 503: Service unavailable)") == true)
        #expect(pending.deliveryNote?.contains("next attempt at") == true)
        #expect(try await dispatcher.deliverDue().attempted == 0, "nothing is due again before its time")

        fixture.clock.advance(31)
        #expect(try await dispatcher.deliverDue().retrying == 10)
        fixture.clock.advance(61)
        #expect(try await dispatcher.deliverDue().attempted == 0, "Retry-After: 90 is longer than the 60 s the schedule says")
        fixture.clock.advance(30)
        let last = try await dispatcher.deliverDue()
        #expect(last.sent == 10)
        await dispatcher.shutdown()

        let accepted = provider.accepted
        #expect(accepted.count == 10, "each reply reached the customer")
        #expect(provider.replays == 0)
        #expect(provider.requests.count == 30, "three attempts each, no more")
        for item in items {
            let got = try #require(accepted[item.idempotencyKey])
            #expect(got.path == "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json")
            #expect(got.headers["authorization"] == "Basic " + Data("AC0123456789abcdef0123456789abcdef:twilio-token".utf8).base64EncodedString())
            #expect(got.text.contains("To=%2B442079460018"))
            #expect(got.text.contains("From=%2B15550001111"))
            #expect(got.text.contains("Body=" + DeliveryPlannerTestsSupport.formEncoded(item.body)))
        }
        let sent = try fixture.store.outbox(state: .sent, limit: 100)
        #expect(sent.count == 10)
        #expect(sent.allSatisfy { $0.attempts == 3 })
        let delivered = try #require(try fixture.message(of: items[0]))
        #expect(delivered.delivery == .sent)
        #expect(delivered.deliveryNote == nil)
        await provider.stop()
    }

    @Test func aRefusalFailsAtOnceWithTheProvidersReasonOnTheTimeline() async throws {
        let provider = try await FakeProvider { _, _ in
            FakeProvider.Answer(status: 400, body: #"{"code":21211,"message":"The 'To' number +442079460018 is not a valid phone number.","status":400}"#)
        }
        let fixture = try OutboxFixture(.sqlite)
        let items = try fixture.queue(1, on: .sms)
        let dispatcher = fixture.dispatcher(OutboxFixture.settings(provider: provider))
        let report = try await dispatcher.deliverDue()
        #expect(report.failed == 1)
        fixture.clock.advance(3600)
        #expect(try await dispatcher.deliverDue().attempted == 0, "a failed reply is not tried again")
        await dispatcher.shutdown()
        let message = try #require(try fixture.message(of: items[0]))
        #expect(message.delivery == .failed)
        #expect(message.deliveryNote == "Twilio answered HTTP 400: The 'To' number +442079460018 is not a valid phone number.")
        #expect(provider.requests.count == 1)
        await provider.stop()
    }

    @Test func whenTheAttemptsRunOutTheReplyFailsNamingTheLastReason() async throws {
        let provider = try await FakeProvider { _, _ in FakeProvider.Answer(status: 502, body: "<html>Bad gateway</html>") }
        let fixture = try OutboxFixture(.sqlite)
        let items = try fixture.queue(1, on: .sms)
        var settings = OutboxFixture.settings(provider: provider)
        settings.maxAttempts = 3
        let dispatcher = fixture.dispatcher(settings)
        var reports: [DispatchReport] = []
        for _ in 0..<5 {
            reports.append(try await dispatcher.deliverDue())
            fixture.clock.advance(3600)
        }
        await dispatcher.shutdown()
        #expect(reports.map(\.retrying) == [1, 1, 0, 0, 0])
        #expect(reports.map(\.failed) == [0, 0, 1, 0, 0])
        let failed = try #require(try fixture.store.outbox(state: .failed, limit: 1).first)
        #expect(failed.id == items[0].id)
        #expect(failed.lastError == "gave up after 3 attempts: Twilio answered HTTP 502")
        #expect(provider.requests.count == 3)
        await provider.stop()
    }

    @Test func aDispatcherKilledAfterTheProviderTookAReplyIsFollowedWithTheSameKeyAndTheCustomerGetsItOnce() async throws {
        let provider = try await FakeProvider()
        let fixture = try OutboxFixture(.sqlite)
        let items = try fixture.queue(1, on: .sms)
        let settings = OutboxFixture.settings(provider: provider)

        // The first dispatcher takes the reply, the provider accepts it, and the process dies
        // before it can write "sent": the item stays held under its lease.
        let now = fixture.clock.read()
        let held = try fixture.store.write {
            try $0.claimOutbox(dueAt: now, leaseUntil: now.addingTimeInterval(settings.lease), limit: 1, channels: [.sms])
        }
        let plan = DeliveryPlanner(settings: settings, credentials: OutboxFixture.credentials)
            .plan(try #require(held.first), message: nil, identities: [], now: now)
        guard case .success(.http(let request)) = plan else { Issue.record("no HTTP plan: \(plan)"); return }
        var http = HTTPClientRequest(url: request.url)
        http.method = .POST
        for header in request.headers { http.headers.add(name: header.name, value: header.value) }
        http.body = .bytes(ByteBuffer(bytes: request.body))
        #expect(try await HTTPClient.shared.execute(http, timeout: .seconds(10)).status.code == 201)

        let restarted = fixture.dispatcher(settings)
        #expect(try await restarted.deliverDue().attempted == 0, "held: another dispatcher does not take it during the lease")
        fixture.clock.advance(settings.lease + 1)
        #expect(try await restarted.deliverDue().sent == 1)
        await restarted.shutdown()
        #expect(provider.accepted.count == 1)
        #expect(provider.replays == 1, "the second attempt carried the same key, so the provider did not send it again")
        let sent = try #require(try fixture.store.outbox(state: .sent, limit: 1).first)
        #expect(sent.id == items[0].id && sent.attempts == 2)
        await provider.stop()
    }

    @Test(arguments: OutboxFixture.Backing.allCases)
    func twoDispatchersOnOneStoreSendEachReplyOnce(_ backing: OutboxFixture.Backing) async throws {
        let provider = try await FakeProvider()
        let fixture = try OutboxFixture(backing)
        let items = try fixture.queue(30, on: .sms)
        let settings = OutboxFixture.settings(provider: provider)
        let one = fixture.dispatcher(settings), two = fixture.dispatcher(settings, store: try fixture.another())
        async let first = one.deliverDue()
        async let second = two.deliverDue()
        let reports = try await [first, second]
        await one.shutdown()
        await two.shutdown()
        #expect(reports.map(\.sent).reduce(0, +) == 30)
        #expect(provider.requests.count == 30, "no reply was taken by both")
        #expect(Set(provider.requests.compactMap(\.key)) == Set(items.map(\.idempotencyKey)))
        #expect(try fixture.store.outbox(state: .sent, limit: 100).count == 30)
        await provider.stop()
    }

    @Test func emailGoesThroughTheSendmailCommandThreadedUnderTheCustomersMessage() async throws {
        let fixture = try OutboxFixture(.sqlite)
        let spool = fixture.directory.appendingPathComponent("spool")
        try FileManager.default.createDirectory(at: spool, withIntermediateDirectories: true)
        let script = try FakeSendmail.install(in: fixture.directory, spool: spool, failFirst: true)
        let items = try fixture.queue(1, on: .email)
        var settings = OutboxFixture.settings(provider: nil)
        settings.sendmail = [script, "-t", "-oi"]
        let dispatcher = fixture.dispatcher(settings)

        #expect(try await dispatcher.deliverDue().retrying == 1)
        let note = try #require(try fixture.message(of: items[0])?.deliveryNote)
        #expect(note.contains("fake-sendmail exited with status 75: sendmail: 451 4.3.0 mail server temporarily unavailable"))
        fixture.clock.advance(31)
        #expect(try await dispatcher.deliverDue().sent == 1)
        await dispatcher.shutdown()

        let mails = try FileManager.default.contentsOfDirectory(atPath: spool.path).filter { $0.hasSuffix(".eml") }
        #expect(mails.count == 1, "delivered once")
        let mail = try String(contentsOf: spool.appendingPathComponent(try #require(mails.first)), encoding: .utf8)
        #expect(mail.contains("From: Northwind Support <help@northwind.example>"))
        #expect(mail.contains("To: sarah@northwind.example"))
        #expect(mail.contains("Subject: Re: Order 1042"))
        #expect(mail.contains("In-Reply-To: <a2@northwind.example>"))
        #expect(mail.contains("Message-ID: <\(try #require(items[0].emailMessageID))>"))
        let arguments = try String(contentsOf: spool.appendingPathComponent("arguments"), encoding: .utf8)
        #expect(arguments.trimmingCharacters(in: .whitespacesAndNewlines) == "-t -oi")
        let body = try #require(mail.components(separatedBy: "\n\n").last?.replacingOccurrences(of: "\n", with: ""))
        #expect(String(decoding: Data(base64Encoded: body) ?? Data(), as: UTF8.self) == "Reply 1 to Sarah")
    }

    @Test func channelsWithoutSettingsWaitQueuedAndAreNamed() async throws {
        let fixture = try OutboxFixture(.sqlite)
        try fixture.queue(2, on: .sms)
        var settings = DeliverySettings()
        settings.sendmail = ["/nonexistent/sendmail", "-t"]
        let dispatcher = fixture.dispatcher(settings, credentials: DeliveryCredentials())
        #expect(try await dispatcher.deliverDue().waiting.isEmpty, "the serve loop does not count them")
        let report = try await dispatcher.deliverDue(countingWaiting: true)
        await dispatcher.shutdown()
        #expect(report.attempted == 0)
        #expect(report.waiting[.sms]?.count == 2)
        #expect(report.waiting[.sms]?.reason == "set outbox.twilio.account_sid and outbox.twilio.from")
        #expect(try fixture.store.outbox(state: .queued, limit: 10).allSatisfy { $0.attempts == 0 }, "nothing was attempted or used up")
    }

    @Test func chatRepliesArePostedSignedSoTheChatBackendCanCheckThem() async throws {
        let provider = try await FakeProvider { _, _ in FakeProvider.Answer(status: 202, body: "{}") }
        let fixture = try OutboxFixture(.sqlite)
        _ = try fixture.store.ingest(InboundEvent(
            channel: .chat, providerID: "chat-1", occurredAt: OutboxFixture.base.addingTimeInterval(-60),
            customer: CustomerHints(identities: [Identity.external("visitor-77", system: "chatwoot")!, OutboxFixture.email]),
            text: "Are you there?", thread: ThreadHints(conversationID: fixture.conversation)))
        let items = try fixture.queue(1, on: .chat)
        let dispatcher = fixture.dispatcher(OutboxFixture.settings(provider: provider))
        #expect(try await dispatcher.deliverDue().sent == 1)
        await dispatcher.shutdown()
        let got = try #require(provider.accepted[items[0].idempotencyKey])
        #expect(got.path == "/chat")
        let verdict = ChatSignature.verify(signature: got.headers["x-concord-signature"], timestamp: got.headers["x-concord-timestamp"],
                                           body: got.body, secret: "chat-secret", now: fixture.clock.read())
        #expect(verdict == .authentic)
        let json = try #require(try JSONSerialization.jsonObject(with: got.body) as? [String: Any])
        #expect(json["text"] as? String == "Reply 1 to Sarah")
        #expect((json["to"] as? [String: String])?["id"] == "visitor-77")
        await provider.stop()
    }
}

/// A sendmail stand-in: writes each message it is given to SPOOL/N.eml and its arguments to
/// SPOOL/arguments; with `failFirst`, its first run fails as a busy MTA does (EX_TEMPFAIL, 75).
enum FakeSendmail {
    static func install(in directory: URL, spool: URL, failFirst: Bool) throws -> String {
        let path = directory.appendingPathComponent("fake-sendmail").path
        let script = """
            #!/bin/sh
            spool='\(spool.path)'
            echo "$@" > "$spool/arguments"
            if [ \(failFirst ? "1" : "0") = 1 ] && [ ! -e "$spool/failed-once" ]; then
                touch "$spool/failed-once"
                cat > /dev/null
                echo "sendmail: 451 4.3.0 mail server temporarily unavailable" >&2
                exit 75
            fi
            cat > "$spool/$(date +%s%N)-$$.eml"
            """
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }
}

enum DeliveryPlannerTestsSupport {
    static func formEncoded(_ text: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._* ")
        return (text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text).replacingOccurrences(of: " ", with: "+")
    }
}
