import Foundation
import Testing

/// Follow-ups and satisfaction through the real binary: a live chat is resolved, the follow-up
/// is queued once, the customer's "★★★★★" becomes a rating supervisors see.
@Suite("Follow-ups and satisfaction end to end")
struct AftercareEndToEndTests {
    static func iso(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }

    static func objects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func resolveFollowUpAndSurveyAnswer() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let db = binary.path("aftercare.sqlite")
        let now = Date()
        let chat = binary.path("chat.jsonl")
        let line = #"{"id":"live-1","session":"s-1","time":"\#(Self.iso(now.addingTimeInterval(-300)))","customer":{"email":"sarah@northwind.example","name":"Sarah Miller","language":"en"},"text":"My router keeps dropping the connection."}"#
        try Data((line + "\n").utf8).write(to: URL(fileURLWithPath: chat))
        let ingested = try binary.run(["ingest", "chat", "--db", db, "--json", chat])
        #expect(ingested.status == 0, "\(ingested.err)")

        let queue = try Self.objects(try binary.run(["queue", "--db", db, "--json"]).out)
        let conversation = try #require(queue.first?["conversation"] as? Int)
        let resolved = try binary.run(["resolve", "--db", db, "--json", String(conversation)])
        #expect(resolved.status == 0, "\(resolved.err)")
        let resolution = try #require(try Self.objects(resolved.out).first)
        #expect(resolution["follow_up_channel"] as? String == "email", "a chat fix is followed up by email")
        let again = try binary.run(["resolve", "--db", db, String(conversation)])
        #expect(again.status == 1)
        #expect(again.err.contains("already resolved"))

        let listed = try Self.objects(try binary.run(["follow-ups", "list", "--db", db, "--json"]).out)
        #expect(listed.count == 1)
        #expect(listed.first?["state"] as? String == "scheduled")
        #expect(listed.first?["survey"] as? Bool == true)
        #expect(try binary.run(["follow-ups", "list", "--db", db, "--due"]).out.contains("No follow-ups are due."))

        let later = now.addingTimeInterval(2 * 86_400)
        let run = try binary.run(["follow-ups", "run", "--db", db, "--json", "--at", Self.iso(later)])
        #expect(run.status == 0, "\(run.err)")
        let queued = try Self.objects(run.out)
        #expect(queued.map { $0["state"] as? String } == ["queued"])
        #expect(queued.first?["recipient"] as? String == "sarah@northwind.example")
        let rerun = try binary.run(["follow-ups", "run", "--db", db, "--at", Self.iso(later)])
        #expect(rerun.out.contains("Queued 0 follow-ups."))

        let answer = binary.path("answer.jsonl")
        let reply = #"{"id":"live-2","session":"s-1","time":"\#(Self.iso(later.addingTimeInterval(600)))","customer":{"email":"sarah@northwind.example"},"text":"★★★★★"}"#
        try Data((reply + "\n").utf8).write(to: URL(fileURLWithPath: answer))
        #expect(try binary.run(["ingest", "chat", "--db", db, answer]).status == 0)
        #expect(try Self.objects(try binary.run(["queue", "--db", db, "--json"]).out).isEmpty, "the answer does not reopen the case")

        let report = try binary.run(["satisfaction", "--db", db, "--json"])
        #expect(report.status == 0, "\(report.err)")
        let summary = try #require(try Self.objects(report.out).first)
        #expect(summary["count"] as? Int == 1)
        #expect(summary["average"] as? Double == 5)
        #expect((summary["distribution"] as? [String: Int])?["5"] == 1)
        #expect(((summary["channels"] as? [String: Any])?["chat"] as? [String: Any])?["count"] as? Int == 1)
        #expect(((summary["agents"] as? [String: Any])?["unassigned"] as? [String: Any])?["count"] as? Int == 1)
        #expect((summary["days"] as? [[String: Any]])?.count == 1)
        let text = try binary.run(["satisfaction", "--db", db, "--since", "30d"])
        #expect(text.out.hasPrefix("Satisfaction: average 5.0 of 1 rating\n"))
        #expect(text.out.contains("★★★★★      1"))
    }

    @Test func badSinceIsOneClearSentence() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let db = binary.path("empty.sqlite")
        _ = try binary.run(["demo", "--generate-only", "--db", db, "--customers", "3"])
        let result = try binary.run(["satisfaction", "--db", db, "--since", "last week"])
        #expect(result.status != 0)
        #expect(result.err.contains("neither an ISO 8601 time"))
        let none = try binary.run(["satisfaction", "--db", db])
        #expect(none.out.contains("No satisfaction ratings yet"))
    }
}
