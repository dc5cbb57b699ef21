import ConcordTestSupport
import Foundation
import Synchronization
import Testing

/// Team mode through the real binary, on SQLite and on a real PostgreSQL server: migrations,
/// ingest and the queue on `--db postgres://...` and `CONCORD_DB`, and `concord claim` raced by
/// eight agents' processes at once (one exits 0, seven exit 3 naming the winner).
@Suite("Team mode end to end")
struct TeamEndToEndTests {
    enum Backend: String, CaseIterable, Sendable { case sqlite, postgres }

    static func database(_ backend: Backend, binary: ConcordBinary) throws -> String {
        switch backend {
        case .sqlite: binary.path("team.sqlite")
        case .postgres: try PostgresCluster.shared().makeDatabase(prefix: "e2e")
        }
    }

    static func objects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func migrateAppliesTheSchemaOnceAndSaysSo() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let url = try Self.database(.postgres, binary: binary)
        let first = try binary.run(["migrate", "--db", url])
        #expect(first.status == 0, "\(first.err)")
        #expect(first.out.contains("applied v1-core"))
        let again = try binary.run(["migrate"], extraEnvironment: ["CONCORD_DB": url])
        #expect(again.out.contains("is current; nothing to apply"), "\(again.out)\(again.err)")
        #expect(try binary.run(["migrate", "--db", url, "--status"]).out.contains("applied v1-core, v2-draft-basis, v3-search-tokens, v4-team, v5-outbox-delivery; current."))
        let wrong = try binary.run(["migrate", "--db", "postgres://nobody@127.0.0.1:1/none"])
        #expect(wrong.status == 1)
        #expect(wrong.err.contains("PostgreSQL could not connect to 127.0.0.1:1/none as nobody"), "\(wrong.err)")
        let typo = try binary.run(["queue", "--db", "postgres://db1/concord"])
        #expect(typo.err.contains("no user") && typo.err.contains("postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE"), "\(typo.err)")
    }

    @Test(arguments: Backend.allCases)
    func eightAgentsClaimOneConversationAndOneWins(_ backend: Backend) throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let db = try Self.database(backend, binary: binary)
        let chat = binary.path("chat.jsonl")
        let line = #"{"id":"claim-1","session":"s-1","time":"2026-11-23T08:50:00Z","customer":{"email":"minji@example.kr","name":"김민지","language":"ko"},"text":"주문한 노트북이 아직 안 왔어요."}"#
        try Data((line + "\n").utf8).write(to: URL(fileURLWithPath: chat))
        let ingested = try binary.run(["ingest", "chat", "--db", db, chat])
        #expect(ingested.status == 0, "\(ingested.err)")
        let queue = try Self.objects(try binary.run(["queue", "--db", db, "--json"]).out)
        let id = try #require(queue.first?["id"] as? Int)
        #expect(queue.first?["assignee"] is NSNull || queue.first?["assignee"] == nil)

        // Each agent has a configuration of their own, as on their own machine.
        let logins = (1...8).map { "agent\($0)" }
        for login in logins {
            try "[agent]\nlogin = \"\(login)\"\nname = \"Agent \(login.dropFirst(5))\"\n"
                .write(toFile: binary.path("\(login).toml"), atomically: true, encoding: .utf8)
        }
        let results = Mutex<[String: (status: Int32, out: String, err: String)]>([:])
        DispatchQueue.concurrentPerform(iterations: logins.count) { index in
            let login = logins[index]
            let result = (try? binary.run(["claim", "--db", db, "--config", binary.path("\(login).toml"), String(id)]))
                ?? (status: -1, out: "", err: "did not run")
            results.withLock { $0[login] = result }
        }
        let all = results.withLock { $0 }
        let winners = all.filter { $0.value.status == 0 }
        #expect(winners.count == 1, "\(all)")
        let winner = try #require(winners.first?.key)
        for (login, result) in all where login != winner {
            #expect(result.status == 3, "\(login): \(result)")
            #expect(result.err == "Conversation \(id) is already claimed by \(winner) (Agent \(winner.dropFirst(5))).\n", "\(result.err)")
        }
        let after = try Self.objects(try binary.run(["queue", "--db", db, "--json"]).out)
        #expect(after.first?["assignee"] as? String == winner)
        // Claiming again is harmless for the owner and still refused to the others.
        #expect(try binary.run(["claim", "--db", db, "--config", binary.path("\(winner).toml"), String(id)]).status == 0)
        let loser = logins.first { $0 != winner }!
        #expect(try binary.run(["claim", "--db", db, "--config", binary.path("\(loser).toml"), "--agent", loser, String(id)]).status == 3)
    }

    @Test(arguments: Backend.allCases)
    func aReplyAfterAnOlderMessageIsHeldWithStatus4(_ backend: Backend) throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let db = try Self.database(backend, binary: binary)
        let config = binary.path("dana.toml")
        try "[agent]\nlogin = \"dana\"\nname = \"Dana Lee\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        func chat(_ id: String, _ time: String, _ text: String) throws {
            let file = binary.path("\(id).jsonl")
            let line = #"{"id":"\#(id)","session":"s-9","time":"\#(time)","customer":{"email":"sara@example.ir","name":"سارا رضایی","language":"fa"},"text":"\#(text)"}"#
            try Data((line + "\n").utf8).write(to: URL(fileURLWithPath: file))
            #expect(try binary.run(["ingest", "chat", "--db", db, file]).status == 0)
        }
        try chat("stale-1", "2026-11-23T08:50:00Z", "سفارش من کجاست؟")
        let id = try #require(try Self.objects(try binary.run(["queue", "--db", db, "--json"]).out).first?["id"] as? Int)
        let first = try binary.run(["reply", String(id), "--db", db, "--config", config, "--text", "در حال بررسی است.", "--json"])
        #expect(first.status == 0, "\(first.err)")
        let read = try #require(try Self.objects(first.out).first?["message"] as? Int)

        // The customer writes again before Dana's next reply, written after her own first one.
        try chat("stale-2", "2026-11-23T08:55:00Z", "لطفاً سفارش را لغو کنید.")
        let held = try binary.run(["reply", String(id), "--db", db, "--config", config, "--text", "فردا می‌رسد.",
                                   "--after", String(read)])
        #expect(held.status == 4, "\(held)")
        #expect(held.err.hasPrefix("Not sent: The customer wrote again by Chat since you began this reply."), "\(held.err)")
        let latest = try #require(held.err.split(separator: " ").last.map { String($0.dropLast(2)) })
        let sent = try binary.run(["reply", String(id), "--db", db, "--config", config, "--text", "سفارش لغو شد.", "--after", latest])
        #expect(sent.status == 0, "\(sent.err)")
    }
}
