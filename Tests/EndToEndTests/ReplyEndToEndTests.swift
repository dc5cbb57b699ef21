import Foundation
import Testing

/// Replying and triage through the real binary: an email comes in, the agent answers it with
/// `concord reply`, the answer waits in the outbox threaded under the customer's email, and the
/// triage commands change what `concord queue` shows.
@Suite("Replying and triage end to end")
struct ReplyEndToEndTests {
    static func objects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    static let email = """
        From: Sarah Miller <sarah@northwind.example>
        To: help@concord.example
        Subject: Order 1042
        Message-ID: <a2@northwind.example>
        In-Reply-To: <a1@northwind.example>
        References: <a1@northwind.example>
        Date: Mon, 23 Nov 2026 09:00:00 +0000
        Content-Type: text/plain; charset=utf-8

        My order 1042 has not arrived. This is the third time I write!

        """

    @Test func replyThenOutboxListThenTriage() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let db = binary.path("reply.sqlite")
        let environment = ["USER": "dana"]
        let ingested = try binary.run(["ingest", "email", "--db", db], stdin: Data(Self.email.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        #expect(ingested.status == 0, "\(ingested.err)")
        let queued = try Self.objects(try binary.run(["queue", "--db", db, "--json"]).out)
        let conversation = try #require(queued.first?["conversation"] as? Int)

        let routes = try Self.objects(try binary.run(["reply", "--db", db, "--json", "--routes", String(conversation)]).out)
        #expect(routes.map { $0["channel"] as? String } == ["email"])

        let empty = try binary.run(["reply", "--db", db, String(conversation), "--text", "  "])
        #expect(empty.status != 0)
        #expect(empty.err.contains("--text"))
        let wrong = try binary.run(["reply", "--db", db, String(conversation), "--text", "Hi", "--channel", "sms"])
        #expect(wrong.status == 1)
        #expect(wrong.err.contains("no SMS address"), "\(wrong.err)")

        let replied = try binary.run(["reply", "--db", db, "--json", String(conversation), "--text",
                                      "Hi Sarah, sorry for the wait. I'll get back to you within 24 hours."],
                                     extraEnvironment: environment)
        #expect(replied.status == 0, "\(replied.err)")
        let reply = try #require(try Self.objects(replied.out).first)
        #expect(reply["status"] as? String == "pending_customer")
        #expect(reply["subject"] as? String == "Re: Order 1042")
        #expect((reply["promises"] as? [Any])?.count == 1)

        let outbox = try binary.run(["outbox", "list", "--db", db, "--json"])
        #expect(outbox.status == 0, "\(outbox.err)")
        let items = try Self.objects(outbox.out)
        #expect(items.count == 1)
        let item = try #require(items.first)
        #expect(item["kind"] as? String == "reply")
        #expect(item["state"] as? String == "queued")
        #expect(item["delivery"] as? String == "pending")
        #expect(item["channel"] as? String == "email")
        #expect(item["recipient"] as? String == "sarah@northwind.example")
        #expect(item["in_reply_to"] as? String == "a2@northwind.example")
        #expect(item["references"] as? [String] == ["a1@northwind.example", "a2@northwind.example"])
        #expect(item["message"] as? Int == reply["message"] as? Int)
        #expect((item["body"] as? String)?.hasPrefix("Hi Sarah") == true)
        #expect(try binary.run(["outbox", "list", "--db", db, "--state", "sent"]).out.contains("No outbox items are sent."))
        #expect(try binary.run(["outbox", "list", "--db", db, "--state", "lost"]).status != 0)

        // Triage from the command line, seen in the queue's filters.
        #expect(try binary.run(["note", "--db", db, String(conversation), "--text", "Asked the carrier."], extraEnvironment: environment).status == 0)
        #expect(try binary.run(["status", "--db", db, String(conversation), "open"]).status == 0)
        #expect(try binary.run(["priority", "--db", db, String(conversation), "urgent"]).status == 0)
        let tagged = try binary.run(["tag", "--db", db, "--json", String(conversation), "+VIP", "+late", "-late"])
        #expect(tagged.status == 0, "\(tagged.err)")
        #expect(try Self.objects(tagged.out).first?["tags"] as? [String] == ["vip"])
        #expect(try binary.run(["tag", "--db", db, String(conversation), "vip"]).status != 0)
        #expect(try binary.run(["assign", "--db", db, String(conversation), "dana"], extraEnvironment: environment).status == 0)
        #expect(try binary.run(["assign", "--db", db, String(conversation), "nobody"]).err.contains("no agent 'nobody'"))

        let mine = try Self.objects(try binary.run(["queue", "--db", db, "--json", "--mine", "--tag", "vip", "--channel", "email",
                                                    "--language", "en", "--status", "open", "--order", "sentiment"],
                                                   extraEnvironment: environment).out)
        #expect(mine.map { $0["conversation"] as? Int } == [conversation])
        #expect(mine.first?["priority"] as? String == "urgent")
        #expect((mine.first?["sentiment"] as? Double ?? 0) < 0)
        #expect(try binary.run(["queue", "--db", db, "--json", "--unassigned"]).out.isEmpty)
        #expect(try binary.run(["queue", "--db", db, "--json", "--channel", "sms"]).out.isEmpty)
        #expect(try binary.run(["queue", "--db", db, "--channel", "fax"]).status != 0)
        #expect(try binary.run(["assign", "--db", db, String(conversation), "--none"]).status == 0)
        #expect(try Self.objects(try binary.run(["queue", "--db", db, "--json", "--unassigned"]).out).count == 1)
    }
}
