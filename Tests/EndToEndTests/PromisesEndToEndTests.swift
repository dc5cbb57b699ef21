import Foundation
import Testing

/// The promise ledger by hand through the real binary: add (with a due time in words), edit,
/// settle, reopen and list, on a Seoul business calendar.
@Suite("Promises by hand end to end", .serialized)
struct PromisesEndToEndTests {
    /// The Seoul business calendar of the expectations tests (09:00-18:00, Christmas off).
    static let config = ExpectationsEndToEndTests.config

    static let mail = Data("""
        From: 김민지 <minji@example.kr>\r
        To: support@example.com\r
        Subject: =?UTF-8?B?7ZmY67aI?=\r
        Message-ID: <refund-1@example.kr>\r
        Date: Thu, 03 Dec 2026 09:30:00 +0900\r
        Content-Type: text/plain; charset=UTF-8\r
        \r
        환불은 언제 되나요? 주문 5521번입니다.\r

        """.utf8)

    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not JSON: \(text)")
    }

    private func objects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { try object(String($0)) }
    }

    @Test func agentsAddEditSettleAndListPromises() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let configPath = binary.path("config.toml")
        try Data(Self.config.utf8).write(to: URL(fileURLWithPath: configPath))
        let store = ["--db", binary.path("promises.sqlite"), "--config", configPath]
        #expect(try binary.run(["ingest", "email", "--quiet"] + store, stdin: Self.mail).status == 0)

        // Thursday 10:00 in Seoul: "tomorrow morning" is Friday at noon at the latest, the kind read from the words.
        let callback = try object(try binary.run(["promises", "add", "--conversation", "1", "--text", "We will call you back tomorrow morning",
                                                   "--at", "2026-12-03T01:00:00Z", "--json"] + store).out)
        #expect(callback["kind"] as? String == "callback")
        #expect(callback["state"] as? String == "open")
        #expect(callback["customer"] as? Int == 1)
        let callbackDue = try #require(callback["due_at"] as? String)
        #expect(callbackDue.hasPrefix("2026-12-04T"))

        // Three business days from Thursday: Friday, Monday, Tuesday, at the close of business in Seoul (18:00 = 09:00Z).
        let refund = try object(try binary.run(["promises", "add", "--conversation", "1", "--text", "환불 처리 완료",
                                                 "--due", "3 business days", "--kind", "refund",
                                                 "--at", "2026-12-03T01:00:00Z", "--json"] + store).out)
        #expect(refund["kind"] as? String == "refund")
        #expect(refund["due_at"] as? String == "2026-12-08T09:00:00Z")
        let refundID = try #require(refund["id"] as? Int)

        let korean = try object(try binary.run(["promises", "add", "--conversation", "1", "--text", "배송 안내",
                                                 "--due", "내일까지", "--at", "2026-12-03T01:00:00Z", "--json"] + store).out)
        #expect(korean["due_at"] as? String == "2026-12-03T15:00:00Z" || korean["due_at"] as? String == "2026-12-04T09:00:00Z",
                "by tomorrow: the end of Friday in Seoul, as a day or as business hours")

        let edited = try object(try binary.run(["promises", "edit", String(refundID), "--due", "2026-12-10T09:00:00Z",
                                                 "--text", "환불 5영업일 이내", "--json"] + store).out)
        #expect(edited["due_at"] as? String == "2026-12-10T09:00:00Z")
        #expect(edited["text"] as? String == "환불 5영업일 이내")

        let listed = try objects(try binary.run(["promises", "list", "--conversation", "1", "--json", "--at", "2026-12-03T02:00:00Z"] + store).out)
        #expect(listed.count == 3)
        #expect(listed.map { $0["state"] as? String } == ["open", "open", "open"])

        let kept = try object(try binary.run(["promises", "close", String(refundID), "--at", "2026-12-09T01:00:00Z", "--json"] + store).out)
        #expect(kept["state"] as? String == "kept")
        #expect(kept["closed_at"] as? String == "2026-12-09T01:00:00Z")

        // A week later the other two are overdue: the default listing is every overdue promise.
        let overdue = try objects(try binary.run(["promises", "list", "--json", "--at", "2026-12-11T00:00:00Z"] + store).out)
        #expect(overdue.count == 2)
        #expect(overdue.allSatisfy { $0["state"] as? String == "broken" })
        #expect(!overdue.contains { $0["id"] as? Int == refundID })

        let reopened = try object(try binary.run(["promises", "reopen", String(refundID), "--json"] + store).out)
        #expect(reopened["state"] as? String == "open")
        #expect(reopened["closed_at"] == nil)

        let text = try binary.run(["promises", "list", "--customer", "1", "--at", "2026-12-03T02:00:00Z"] + store)
        #expect(text.status == 0)
        #expect(text.out.contains("promise \(refundID) in #1 (customer 1), refund, due 2026-12-10T09:00:00Z: 환불 5영업일 이내"))
    }

    @Test func badInputIsRefusedWithWhatToDo() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let store = ["--db", binary.path("promises.sqlite")]
        #expect(try binary.run(["ingest", "email", "--quiet"] + store, stdin: Self.mail).status == 0)

        let vague = try binary.run(["promises", "add", "--conversation", "1", "--text", "We will look into it soon"] + store)
        #expect(vague.status != 0)
        #expect(vague.err.contains("names no time"))
        let unreadable = try binary.run(["promises", "add", "--conversation", "1", "--text", "x", "--due", "whenever"] + store)
        #expect(unreadable.status != 0)
        #expect(unreadable.err.contains("is not a time Concord can read"))
        let past = try binary.run(["promises", "add", "--conversation", "1", "--text", "x", "--due", "2020-01-01T00:00:00Z"] + store)
        #expect(past.err.contains("has passed"))
        let noConversation = try binary.run(["promises", "add", "--conversation", "42", "--text", "by Friday"] + store)
        #expect(noConversation.err.contains("There is no conversation 42"))
        let noPromise = try binary.run(["promises", "close", "999"] + store)
        #expect(noPromise.status != 0)
        #expect(noPromise.err.contains("There is no promise 999"))
        let badKind = try binary.run(["promises", "add", "--conversation", "1", "--text", "by Friday", "--kind", "miracle"] + store)
        #expect(badKind.err.contains("is not a kind of promise"))
        let nothing = try binary.run(["promises", "edit", "1"] + store)
        #expect(nothing.err.contains("Give --text, --due or both"))
    }
}
