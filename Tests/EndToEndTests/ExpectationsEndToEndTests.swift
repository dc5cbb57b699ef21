import Foundation
import Testing

/// Clocks, promises and draft checks through the real binary, with the configuration file an
/// operator would write.
@Suite("Expectations end to end", .serialized)
struct ExpectationsEndToEndTests {
    static let config = """
        [channels]
        own_email = ["support@example.com"]

        [sla]
        default_calendar = "seoul"

        [sla.calendars.seoul]
        time_zone = "Asia/Seoul"
        hours = "09:00-18:00"
        holidays = ["2026-12-25"]
        """

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not JSON: \(text)")
    }

    private func mail(from: String, to: String, id: String, inReplyTo: String? = nil, date: String, subject: String,
                      body: String) -> Data {
        var headers = "From: \(from)\r\nTo: \(to)\r\nSubject: \(subject)\r\nMessage-ID: <\(id)>\r\nDate: \(date)\r\n"
        if let inReplyTo { headers += "In-Reply-To: <\(inReplyTo)>\r\nReferences: <\(inReplyTo)>\r\n" }
        return Data((headers + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + body + "\r\n").utf8)
    }

    @Test func aChatDraftThatContradictsAnEarlierEmailIsWarnedWithTheEmailQuoted() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let configPath = binary.path("config.toml")
        try Data(Self.config.utf8).write(to: URL(fileURLWithPath: configPath))
        let store = ["--db", binary.path("expect.sqlite"), "--config", configPath]
        let customer = "Sarah Miller <sarah@northwind.example>"
        for message in [
            mail(from: customer, to: "support@example.com", id: "q1@northwind.example", date: "Thu, 03 Dec 2026 10:00:00 +0900",
                 subject: "Refund for order 5521", body: "Hello, when will I get my refund for order 5521?"),
            mail(from: "Dana Lee <support@example.com>", to: customer, id: "a1@example.com", inReplyTo: "q1@northwind.example",
                 date: "Thu, 03 Dec 2026 11:00:00 +0900", subject: "Re: Refund for order 5521",
                 body: "Hi Sarah, your refund for order 5521 will reach your card within 5 business days."),
        ] {
            let result = try binary.run(["ingest", "email", "--quiet"] + store, stdin: message)
            #expect(result.status == 0, "\(result.err)")
        }
        let chat = #"{"id":"c1","session":"s1","time":"2026-12-07T10:00:00+09:00","customer":{"email":"sarah@northwind.example"},"text":"Any news on my refund?"}"#
        let file = binary.path("chat.jsonl")
        try Data(chat.utf8).write(to: URL(fileURLWithPath: file))
        #expect(try binary.run(["ingest", "chat", file, "--quiet"] + store).status == 0)

        // The email's promise is in the ledger, due at the close of the fifth business day in Seoul.
        let shown = try json(try binary.run(["customers", "show", "1", "--json"] + store).out)
        let conversations = shown["conversations"] as? [[String: Any]] ?? []
        let chatConversation = try #require(conversations.first { $0["channel"] as? String == "chat" }?["id"] as? Int)
        let emailConversation = try #require(conversations.first { $0["channel"] as? String == "email" }?["id"] as? Int)
        let promises = shown["promises"] as? [[String: Any]] ?? []
        #expect(promises.count == 1, "\(promises)")
        #expect(promises.first?["kind"] as? String == "refund")
        #expect(promises.first?["due_at"] as? String == "2026-12-10T09:00:00Z", "Thursday 18:00 in Seoul, five business days on")

        let check = try binary.run(["check-draft", "--conversation", String(chatConversation), "--text",
                                    "Your refund for order 5521 will take 10 days.", "--at", "2026-12-07T01:30:00Z", "--json"] + store)
        #expect(check.status == 0, "\(check.err)")
        let report = try json(check.out)
        let warnings = report["warnings"] as? [[String: Any]] ?? []
        let duration = try #require(warnings.first { $0["kind"] as? String == "different_duration" }, "\(check.out)")
        #expect(duration["earlier_channel"] as? String == "email")
        #expect(duration["earlier_agent"] as? String == "Dana Lee")
        #expect((duration["quote"] as? String)?.contains("within 5 business days") == true)
        #expect(report["channel"] as? String == "chat")

        let fine = try json(try binary.run(["check-draft", "--conversation", String(chatConversation), "--text",
                                            "It is on its way, within 5 business days as promised.", "--at",
                                            "2026-12-07T01:30:00Z", "--json"] + store).out)
        #expect((fine["warnings"] as? [Any])?.isEmpty == true, "repeating what was said is fine: \(fine)")

        // The email conversation was answered within business hours; the chat is waiting on the Seoul calendar.
        let emailClock = try json(try binary.run(["sla", String(emailConversation), "--json", "--at", "2026-12-07T01:30:00Z"] + store).out)
        let first = (emailClock["measures"] as? [[String: Any]])?.first { $0["kind"] as? String == "first_response" }
        #expect(first?["state"] as? String == "met")
        let chatClock = try json(try binary.run(["sla", String(chatConversation), "--json", "--at", "2026-12-07T01:02:00Z"] + store).out)
        #expect(chatClock["policy"] as? String == "chat")
        let running = (chatClock["measures"] as? [[String: Any]])?.first { $0["kind"] as? String == "first_response" }
        #expect(running?["due_at"] as? String == "2026-12-07T01:05:00Z", "chat is answered around the clock, in 5 minutes")
        #expect(running?["seconds_left"] as? Int == 180)

        let text = try binary.run(["sla", String(chatConversation), "--at", "2026-12-07T02:00:00Z"] + store)
        #expect(text.out.contains("overdue by"), "\(text.out)")
        let missing = try binary.run(["sla", "999"] + store)
        #expect(missing.status != 0 && missing.err.contains("There is no conversation 999"))
    }
}
