import Foundation
import Testing

/// Real sources through the real binary: a Maildir, a chat export, a PBX call log and a
/// WhatsApp webhook for one person become one customer with one timeline, which the console
/// shows in tmux; the same data again changes nothing; a broken line waits in quarantine.
@Suite("Channels end to end", .serialized)
struct ChannelsEndToEndTests {
    private func json(_ line: Substring) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line)")
    }

    private func account(_ result: (status: Int32, out: String, err: String)) throws -> [String: Any] {
        #expect(result.status == 0, "ingest failed: \(result.err)")
        return try json(try #require(result.out.split(separator: "\n").last, "no account printed: \(result.err)"))
    }

    @Test func fourChannelsOfOnePersonAreOneCustomerWithOneTimelineInTheConsole() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let fixture = try OneCustomerFixture(in: binary.home.appendingPathComponent("sources"))
        let store = ["--db", binary.path("support.sqlite"), "--config", fixture.config.path]

        let mail = try account(binary.run(["ingest", "maildir", fixture.maildir.path, "--json"] + store))
        #expect(mail["read"] as? Int == 2 && mail["stored"] as? Int == 2, "\(mail)")
        let chat = try account(binary.run(["ingest", "chat", fixture.chat.path, fixture.brokenChat.path, "--json"] + store))
        #expect(chat["read"] as? Int == 3 && chat["stored"] as? Int == 2 && chat["quarantined"] as? Int == 1, "\(chat)")
        let calls = try account(binary.run(["ingest", "calls", fixture.calls.path, "--json"] + store))
        #expect(calls["stored"] as? Int == 1, "\(calls)")
        let social = try account(binary.run(["ingest", "social", fixture.whatsapp.path, "--json"] + store))
        #expect(social["stored"] as? Int == 1, "\(social)")

        // One customer, holding every identity.
        let listed = try binary.run(["customers", "list", "--json"] + store)
        #expect(listed.status == 0, "\(listed.err)")
        let customers = try listed.out.split(separator: "\n").map(json)
        #expect(customers.count == 1, "one person is one customer:\n\(listed.out)")
        let customer = try #require(customers.first)
        #expect(customer["address"] as? String == "김민지 님")
        let identities = (customer["identities"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }
        #expect(identities.contains("minji.kim@example.kr"), "\(identities)")
        #expect(identities.contains("+821012345678"), "010-1234-5678 in region KR and wa_id 821012345678 are one number: \(identities)")
        let id = try #require(customer["id"] as? Int)

        let shown = try binary.run(["customers", "show", String(id), "--json"] + store)
        let detail = try json(try #require(shown.out.split(separator: "\n").first))
        let conversations = detail["conversations"] as? [[String: Any]] ?? []
        #expect(conversations.contains { ($0["subject"] as? String)?.contains("환불 요청 (주문 5521)") == true },
                "the decoded email subject names a conversation: \(conversations)")

        // Search finds the Korean stem on every channel, and narrows by channel and customer.
        let everywhere = try binary.run(["search", "--count", "환불"] + store)
        #expect(everywhere.out.trimmingCharacters(in: .whitespacesAndNewlines) == "4", "two emails, a chat line, a WhatsApp message: \(everywhere)")
        let onWhatsApp = try binary.run(["search", "--count", "--channel", "whatsapp", "환불"] + store)
        #expect(onWhatsApp.out.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
        let hers = try binary.run(["search", "--json", "--customer", String(id), "환불"] + store)
        #expect(hers.out.split(separator: "\n").count == 4)

        // Everything again: nothing changes.
        let again = try account(binary.run(["ingest", "maildir", fixture.maildir.path, "--json"] + store))
        #expect(again["stored"] as? Int == 0 && again["duplicates"] as? Int == 2, "\(again)")
        let chatAgain = try account(binary.run(["ingest", "chat", fixture.chat.path, "--json"] + store))
        #expect(chatAgain["stored"] as? Int == 0 && chatAgain["duplicates"] as? Int == 2, "\(chatAgain)")

        // The broken line is kept with its reason.
        let quarantine = try binary.run(["quarantine", "list", "--json"] + store)
        let held = try quarantine.out.split(separator: "\n").map(json)
        #expect(held.count == 1)
        #expect((held.first?["origin"] as? String)?.hasSuffix("broken.jsonl") == true, "\(held)")
        #expect((held.first?["reason"] as? String)?.contains("offset") == true, "the reason says what to fix: \(held)")

        // The console: her whole history, on every channel, in one timeline.
        let session = try TmuxSession(command: [binary.url.path, "console"] + store, environment: binary.environment, scratch: binary.home)
        let screen = try session.waitFor("her timeline") { $0.contains("김민지 · all channels") && $0.contains("왓츠앱으로도") }
        for tag in ["EM ", "CH ", "PH ", "WA "] {
            // The selected case is marked in the gutter (▌), the customer's other cases are not.
            #expect(screen.contains("│ \(tag)") || screen.contains("▌\(tag)"), "a \(tag)event is on the timeline:\n\(screen)")
        }
        for words in ["주문 5521 건의 환불", "환불 일정이 궁금합니다", "채팅으로도 문의드려요", "오늘 중으로 확인해"] {
            #expect(screen.contains(words), "'\(words)' is on the timeline:\n\(screen)")
        }
        #expect(screen.contains("Queue 1/"))
        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func aMessageOnStandardInputIsKeptOnceAndAnUnreadableOneIsQuarantinedNotRefused() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let store = ["--db", binary.path("stdin.sqlite")]
        let message = Data("""
            From: Анна Иванова <anna@example.ru>\r
            To: support@example.com\r
            Subject: =?KOI8-R?B?\(Data([0xFA, 0xC1, 0xCB, 0xC1, 0xDA]).base64EncodedString())?=\r
            Message-ID: <stdin-1@example.ru>\r
            Date: Wed, 04 Nov 2026 12:00:00 +0300\r
            \r
            Где мой заказ?\r

            """.utf8)
        let first = try account(binary.run(["ingest", "email", "--json"] + store, stdin: message))
        #expect(first["stored"] as? Int == 1, "\(first)")
        let second = try account(binary.run(["ingest", "email", "--json"] + store, stdin: message))
        #expect(second["duplicates"] as? Int == 1, "a redelivered message is a no-op: \(second)")
        let found = try binary.run(["search", "--json", "Заказ"] + store)
        #expect(found.out.contains("Где мой заказ"), "KOI8-R subject and body are found: \(found.out)")

        // Mail that has no sender and no headers at all still goes in: the MTA must never bounce it.
        let garbage = try account(binary.run(["ingest", "email", "--json"] + store, stdin: Data([0x00, 0xFF, 0x0A, 0x41])))
        #expect(garbage["quarantined"] as? Int == 1, "\(garbage)")
        let empty = try binary.run(["ingest", "email"] + store, stdin: Data())
        #expect(empty.status != 0 && empty.err.contains("No message on standard input"))
    }

    @Test func weakEvidenceSuggestsAMergeThatAPersonMakesUndoesAndSplits() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let store = ["--db", binary.path("merge.sqlite")]
        let lines = [
            #"{"id":"c-1","time":"2026-11-10T09:00:00Z","customer":{"email":"sarah.miller@northwind-traders.co.uk","phone":"+44 7700 900123","name":"Sarah Miller"},"text":"My invoice 4471 shows the wrong VAT number."}"#,
            #"{"id":"c-2","time":"2026-11-11T09:00:00Z","customer":{"email":"s.miller@northwind-traders.co.uk","name":"Sarah Miller"},"text":"Following up on the VAT number on invoice 4471."}"#,
        ]
        let file = binary.path("two.jsonl")
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: file))
        _ = try account(binary.run(["ingest", "chat", file, "--json"] + store))
        func customerIDs() throws -> [Int] {
            try binary.run(["customers", "list", "--json"] + store).out.split(separator: "\n").map(json).compactMap { $0["id"] as? Int }
        }
        func count(customer: Int) throws -> String {
            try binary.run(["search", "--count", "--customer", String(customer), "invoice"] + store).out
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try customerIDs().count == 2, "the same name at the same company is never merged automatically")
        let suggestions = try binary.run(["customers", "suggestions", "--json"] + store).out.split(separator: "\n").map(json)
        let suggestion = try #require(suggestions.first, "but it is suggested")
        #expect((suggestion["score"] as? Double ?? 0) > 0)
        #expect((suggestion["evidence"] as? String)?.contains("northwind-traders.co.uk") == true, "\(suggestion)")

        let ids = try customerIDs().sorted()
        let merged = try binary.run(["customers", "merge", String(ids[0]), String(ids[1])] + store)
        #expect(merged.status == 0, "\(merged.err)")
        #expect(try customerIDs() == [ids[0]])
        #expect(try count(customer: ids[0]) == "2", "the survivor has both messages")
        let mergeID = try #require(merged.out.split(separator: " ").firstIndex(of: "(merge").map { merged.out.split(separator: " ")[$0 + 1] })
            .trimmingCharacters(in: CharacterSet(charactersIn: ":"))

        let undone = try binary.run(["customers", "split", "--undo", mergeID] + store)
        #expect(undone.status == 0, "\(undone.err)")
        #expect(try customerIDs().sorted() == ids, "undoing restores both customers")
        #expect(try count(customer: ids[0]) == "1" && count(customer: ids[1]) == "1", "each has their own message back")

        let split = try binary.run(["customers", "split", String(ids[0]), "--identity", "+447700900123"] + store)
        #expect(split.status == 0, "\(split.err)")
        #expect(try customerIDs().count == 3)
        let bad = try binary.run(["customers", "split", String(ids[0]), "--identity", "not an identity"] + store)
        #expect(bad.status != 0 && bad.err.contains("is not an identity"))
        let unknown = try binary.run(["customers", "show", "999"] + store)
        #expect(unknown.status != 0 && unknown.err.contains("There is no customer 999"))
    }

    @Test func parseEmailPrintsOneJSONObjectPerFileWithoutAStore() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let fixture = try OneCustomerFixture(in: binary.home.appendingPathComponent("sources"))
        let files = try FileManager.default.contentsOfDirectory(atPath: fixture.maildir.appendingPathComponent("new").path)
        let reply = fixture.maildir.appendingPathComponent("new").appendingPathComponent(try #require(files.first)).path
        let result = try binary.run(["parse", "email", "--json", reply, binary.path("missing.eml")])
        #expect(result.status == 1, "a file that cannot be read fails the run, after the others are printed")
        let lines = result.out.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try json(try #require(lines.first))
        #expect(object["file"] as? String == reply)
        #expect(object["message_id"] as? String == "second-5521@example.kr")
        #expect(object["in_reply_to"] as? String == "first-5521@example.kr")
        #expect(object["references"] as? [String] == ["first-5521@example.kr"])
        #expect(object["date"] as? String == "2026-11-02T23:30:00Z")
        #expect(object["subject"] as? String == "Re: 환불 요청 (주문 5521)")
        #expect((object["from"] as? [String: Any])?["name"] as? String == "김민지")
        #expect((object["text"] as? String)?.contains("환불 일정이 궁금합니다") == true, "EUC-KR is decoded: \(object)")
        #expect(result.err.contains("missing.eml"))
        #expect(!FileManager.default.fileExists(atPath: binary.path("data/concord/concord.sqlite")), "parse stores nothing")
    }
}
