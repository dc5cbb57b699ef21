import ConcordChannels
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real `concord serve` with every endpoint: signed webhooks from Twilio (SMS and a missed
/// call), WhatsApp, chat, X and Messenger go into the store, one person's are one customer
/// with one timeline in the console (tmux); an agent's email reply leaves through the
/// dispatcher in the same process to a fake sendmail, and an SMS reply to a provider that
/// cannot be reached waits with the reason on the timeline. `concord send --once` reports.
@Suite("Webhooks to the timeline and the outbox out, end to end", .serialized)
struct DispatchEndToEndTests {
    static let secrets = ["CONCORD_TWILIO_AUTH_TOKEN": "e2e-twilio", "CONCORD_META_APP_SECRET": "e2e-meta",
                          "CONCORD_X_CONSUMER_SECRET": "e2e-x", "CONCORD_CHAT_SECRET": "e2e-chat"]
    static let publicURL = "https://support.example.com"
    static let fixtures = ConcordBinary.packageRoot.appendingPathComponent("Tests/ConcordChannelsTests/Fixtures/providers/social")

    static func objects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    static func twilio(_ port: Int, _ endpoint: WebhookEndpoint, _ fields: [(String, String)]) throws -> Int {
        let body = fields.map { "\($0.0)=\(formEncoded($0.1))" }.joined(separator: "&")
        let signature = TwilioSignature.expected(url: publicURL + endpoint.path, parameters: fields.map { (name: $0.0, value: $0.1) },
                                                 authToken: secrets["CONCORD_TWILIO_AUTH_TOKEN"]!)
        return try LoopbackHTTP.request(port: port, path: endpoint.path, headers: [
            "Content-Type": "application/x-www-form-urlencoded", TwilioSignature.header: signature], body: Data(body.utf8)).status
    }

    static func formEncoded(_ text: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._* ")
        return (text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text).replacingOccurrences(of: " ", with: "+")
    }

    /// A loopback port nothing listens on: the "provider" that cannot be reached.
    static func closedPort() -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(socket, pointer, length)
                return getsockname(socket, pointer, &length)
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func wait(_ what: String, timeout: TimeInterval = 30, until done: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try done() { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("timed out waiting for \(what)")
    }

    @Test func everyEndpointReachesTheTimelineAndRepliesLeaveThroughTheDispatcher() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let db = binary.path("support.sqlite")
        let spool = binary.home.appendingPathComponent("spool")
        try FileManager.default.createDirectory(at: spool, withIntermediateDirectories: true)
        let sendmail = binary.path("fake-sendmail")
        try "#!/bin/sh\ncat > '\(spool.path)'/$(date +%s%N)-$$.eml\n".write(toFile: sendmail, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sendmail)
        let config = binary.path("config.toml")
        try """
            [agent]
            login = "dana"
            name = "Dana Lee"

            [identity]
            default_region = "KR"

            [channels]
            own_email = ["help@concord.example"]
            own_phones = ["+15550001111"]

            [acknowledgements]
            enabled = false

            [outbox]
            sendmail = "\(sendmail) -t -oi"
            from = "Concord Support <help@concord.example>"
            twilio.account_sid = "AC0123456789abcdef0123456789abcdef"
            twilio.from = "+15550001111"
            twilio.base_url = "http://127.0.0.1:\(Self.closedPort())"
            """.write(toFile: config, atomically: true, encoding: .utf8)
        let store = ["--db", db, "--config", config]

        let log = binary.path("serve.log")
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let serve = Process()
        serve.executableURL = binary.url
        serve.arguments = ["serve", "--listen", "127.0.0.1:0", "--public-url", Self.publicURL] + store
        serve.environment = binary.environment.merging(Self.secrets) { $1 }
        serve.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        serve.standardOutput = FileHandle.nullDevice
        try serve.run()
        defer { if serve.isRunning { serve.terminate() } }
        var found: Int?
        try Self.wait("the listening line") {
            let lines = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            found = lines.split(separator: "\n").lazy.compactMap { line -> Int? in
                guard line.contains(#""msg":"listening""#), let range = line.range(of: #""address":"127.0.0.1:"#) else { return nil }
                return Int(line[range.upperBound...].prefix { $0.isNumber })
            }.first
            return found != nil || !serve.isRunning
        }
        let port = try #require(found, "no listening line: \((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")")

        // Minji writes by SMS, misses us on the phone, writes on WhatsApp and in the chat.
        #expect(try Self.twilio(port, .twilioSMS, [
            ("MessageSid", "SMe2e0001"), ("AccountSid", "AC0123456789abcdef0123456789abcdef"), ("From", "+821012345678"),
            ("To", "+15550001111"), ("Body", "환불은 언제 되나요? 문자로 여쭙니다."), ("NumMedia", "0")]) == 200)
        #expect(try Self.twilio(port, .twilioVoice, [
            ("CallSid", "CAe2e0001"), ("AccountSid", "AC0123456789abcdef0123456789abcdef"), ("From", "+821012345678"),
            ("To", "+15550001111"), ("CallStatus", "no-answer"), ("CallDuration", "0"), ("Direction", "inbound")]) == 200)
        let whatsapp = try Data(contentsOf: Self.fixtures.appendingPathComponent("whatsapp-text.json"))
        #expect(try LoopbackHTTP.request(port: port, path: WebhookEndpoint.meta.path, headers: [
            "Content-Type": "application/json",
            MetaSignature.header: MetaSignature.expected(body: whatsapp, appSecret: Self.secrets["CONCORD_META_APP_SECRET"]!)],
            body: whatsapp).status == 200)
        let chat = try JSONSerialization.data(withJSONObject: [
            "id": "chat-e2e-1", "session": "s-e2e", "time": "2026-12-01T10:00:00Z", "direction": "inbound",
            "customer": ["email": "minji.kim@example.kr", "phone": "010-1234-5678", "name": "김민지"],
            "text": "채팅으로도 문의드려요. 이메일로 답장 부탁드립니다.",
        ] as [String: Any])
        let stamp = Int(Date().timeIntervalSince1970)
        #expect(try LoopbackHTTP.request(port: port, path: WebhookEndpoint.chat.path, headers: [
            "Content-Type": "application/json", ChatSignature.timestampHeader: String(stamp),
            ChatSignature.signatureHeader: ChatSignature.expected(body: chat, timestamp: stamp, secret: Self.secrets["CONCORD_CHAT_SECRET"]!)],
            body: chat).status == 200)
        // Two other people: Anna on X, Ivan on Messenger.
        let x = try Data(contentsOf: Self.fixtures.appendingPathComponent("x-dm-events.json"))
        #expect(try LoopbackHTTP.request(port: port, path: WebhookEndpoint.x.path, headers: [
            "Content-Type": "application/json",
            XSignature.header: XSignature.expected(body: x, consumerSecret: Self.secrets["CONCORD_X_CONSUMER_SECRET"]!)], body: x).status == 200)
        let messenger = Data("""
            {"object":"page","entry":[{"id":"PAGE1","time":\(stamp)000,"messaging":[{"sender":{"id":"PSID-e2e"},\
            "recipient":{"id":"PAGE1"},"timestamp":\(stamp)000,"message":{"mid":"m_e2e_1","text":"Здравствуйте, где мой заказ?"}}]}]}
            """.utf8)
        #expect(try LoopbackHTTP.request(port: port, path: WebhookEndpoint.meta.path, headers: [
            "Content-Type": "application/json",
            MetaSignature.header: MetaSignature.expected(body: messenger, appSecret: Self.secrets["CONCORD_META_APP_SECRET"]!)],
            body: messenger).status == 200)

        // Every endpoint's message is in the store: Minji is one customer across four channels.
        let customers = try Self.objects(try binary.run(["customers", "list", "--json"] + store).out)
        #expect(customers.count >= 3, "Minji, the X correspondents, the Messenger customer: \(customers)")
        let holders = customers.filter { ($0["identities"] as? [[String: Any]] ?? []).contains { $0["value"] as? String == "+821012345678" } }
        #expect(holders.count == 1, "her number belongs to one customer: \(holders)")
        let minji = try #require(holders.first)
        let identities = (minji["identities"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }
        #expect(identities.contains("minji.kim@example.kr"), "\(identities)")
        for (channel, word) in [("sms", "문자로"), ("whatsapp", "환불"), ("chat", "채팅으로도"), ("x", "повреждённым"), ("facebook", "заказ")] {
            let counted = try binary.run(["search", word, "--count", "--channel", channel] + store)
            #expect((Int(counted.out.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) >= 1, "the \(channel) message is stored: \(counted.out) \(counted.err)")
        }
        let queue = try Self.objects(try binary.run(["queue", "--json"] + store).out)
        let chatConversation = try #require(queue.first { $0["channel"] as? String == "chat" }?["id"] as? Int)

        // Dana answers by email and by SMS; the dispatcher in `concord serve` takes both.
        let emailed = try binary.run(["reply", String(chatConversation), "--channel", "email", "--text",
                                      "김민지 님, 환불은 내일까지 처리됩니다."] + store, extraEnvironment: ["USER": "dana"])
        #expect(emailed.status == 0, "\(emailed.err)")
        let texted = try binary.run(["reply", String(chatConversation), "--channel", "sms", "--text",
                                     "김민지 님, 이메일로 자세히 안내드렸습니다."] + store, extraEnvironment: ["USER": "dana"])
        #expect(texted.status == 0, "\(texted.err)")
        try Self.wait("the email at the fake sendmail and the SMS retry noted") {
            let mails = try FileManager.default.contentsOfDirectory(atPath: spool.path).filter { $0.hasSuffix(".eml") }
            let outbox = try Self.objects(try binary.run(["outbox", "list", "--json"] + store).out)
            let sms = outbox.first { $0["channel"] as? String == "sms" }
            return mails.count == 1 && (sms?["last_error"] as? String)?.contains("Twilio could not be reached") == true
        }
        let outbox = try Self.objects(try binary.run(["outbox", "list", "--json"] + store).out)
        #expect(outbox.first { $0["channel"] as? String == "email" }?["state"] as? String == "sent", "\(outbox)")
        let sms = try #require(outbox.first { $0["channel"] as? String == "sms" })
        #expect(sms["state"] as? String == "queued" && sms["attempts"] as? Int == 1, "\(sms)")
        let mail = try #require(try FileManager.default.contentsOfDirectory(atPath: spool.path).first { $0.hasSuffix(".eml") })
        let rendered = try String(contentsOf: spool.appendingPathComponent(mail), encoding: .utf8)
        #expect(rendered.contains("To: minji.kim@example.kr"), "\(rendered)")
        #expect(rendered.contains("minji.kim@example.kr"))
        #expect(rendered.contains("From: Concord Support <help@concord.example>"))

        // The console: her four channels in one timeline, the email sent, the SMS waiting with why.
        let session = try TmuxSession(command: [binary.url.path, "console"] + store, environment: binary.environment, scratch: binary.home)
        _ = try session.waitFor("the queue") { $0.contains("Queue 1/") }
        var screen = try session.capture()
        for _ in 0..<6 where !screen.contains("김민지 · all channels") {
            try session.sendKeys("j")
            Thread.sleep(forTimeInterval: 0.3)
            screen = try session.capture()
        }
        screen = try session.waitFor("her timeline with the delivery note") {
            $0.contains("김민지 · all channels") && $0.contains("Delivery: attempt 1 of 8 failed")
        }
        for tag in ["SM ", "PH ", "WA ", "CH ", "EM "] {
            #expect(screen.contains("│ \(tag)") || screen.contains("▌\(tag)"), "a \(tag)event is on the timeline:\n\(screen)")
        }
        for words in ["문자로 여쭙니다", "환불 진행 상황이 궁금합니다", "채팅으로도 문의드려요", "환불은 내일까지 처리됩니다"] {
            #expect(screen.contains(words), "'\(words)' is on the timeline:\n\(screen)")
        }
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)

        // SIGTERM: the server and its dispatcher stop cleanly; `send --once` names what waits.
        kill(serve.processIdentifier, SIGTERM)
        serve.waitUntilExit()
        #expect(serve.terminationStatus == 0)
        let once = try binary.run(["send", "--once", "--json"] + store)
        #expect(once.status == 0, "\(once.err)")
        let report = try #require(try Self.objects(once.out).first)
        #expect(report["sent"] as? Int == 0, "the SMS is not due again yet: \(report)")
    }
}
