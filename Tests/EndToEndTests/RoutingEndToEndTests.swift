import ConcordTestSupport
import Foundation
import Testing

/// Routing, agents and roles through the real binary on both stores: `[routing]` gives each
/// new customer message to an agent who reads its language as it is ingested, `concord route`
/// catches up on what waited and says why, an agent is refused what takes a supervisor (exit 5)
/// and the refusal is in `concord audit --json`.
@Suite("Routing end to end")
struct RoutingEndToEndTests {
    @Test(arguments: TeamEndToEndTests.Backend.allCases)
    func aPersianMessageIsRoutedToAPersianReaderAndTheRestWaitWithAReason(_ backend: TeamEndToEndTests.Backend) throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let db = try TeamEndToEndTests.database(backend, binary: binary)
        let config = binary.path("ops.toml")
        try """
            [agent]
            login = "ops"
            name = "Operations"

            [routing]
            enabled = true
            strategy = "round-robin"

            [roles]
            supervisors = ["lead"]
            """.write(toFile: config, atomically: true, encoding: .utf8)
        func concord(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
            try binary.run(arguments + ["--db", db, "--config", config])
        }
        // The first agent of a new store is its admin: ops adds the team.
        #expect(try concord(["agents", "set", "ops", "--languages", "en", "--capacity", "0"]).status == 0)
        for (login, name, languages) in [("sara", "سارا رضایی", "fa,en"), ("dana", "Dana Lee", "en"), ("lead", "Team Lead", "en")] {
            let added = try concord(["agents", "set", login, "--name", name, "--languages", languages])
            #expect(added.status == 0, "\(added.err)")
        }
        #expect(try concord(["agents", "set", "lead", "--capacity", "0"]).status == 0)

        let chat = binary.path("chat.jsonl")
        try """
            {"id":"r-1","time":"2026-12-03T09:00:00Z","customer":{"phone":"+989123456789","name":"مریم احمدی"},"channel":"sms","text":"سلام، سفارش من هنوز نرسیده است."}
            {"id":"r-2","time":"2026-12-03T09:01:00Z","customer":{"email":"anna@example.ru","name":"Анна"},"text":"Здравствуйте, где мой заказ?"}
            {"id":"r-3","time":"2026-12-03T09:02:00Z","customer":{"email":"sarah@example.com","name":"Sarah Miller"},"text":"Hi, where is my order?"}

            """.write(toFile: chat, atomically: true, encoding: .utf8)
        let ingested = try concord(["ingest", "chat", chat])
        #expect(ingested.status == 0, "\(ingested.err)")
        let queue = try TeamEndToEndTests.objects(try concord(["queue", "--json"]).out)
        let assignee = Dictionary(uniqueKeysWithValues: queue.map { ($0["language"] as? String ?? "", $0["assignee"] as? String ?? "-") })
        #expect(assignee == ["fa": "sara", "ru": "-", "en": "dana"], "\(queue)")

        // An agent may not route; the refusal names the role and is audited.
        let refused = try binary.run(["route", "--db", db, "--config", config, "--as", "dana"])
        #expect(refused.status == 5)
        #expect(refused.err.contains("dana is an agent; routing takes the supervisor or admin role"), "\(refused.err)")
        let held = try binary.run(["route", "--db", db, "--config", config, "--as", "lead"])
        #expect(held.status == 0, "\(held.err)")
        #expect(held.out.contains("waits: nobody on team support reads Russian"), "\(held.out)")
        let fallback = try concord(["route", "--any-language", "--json"])
        let decision = try #require(TeamEndToEndTests.objects(fallback.out).first)
        #expect(decision["assigned"] as? String == "sara", "\(fallback.out)")

        let agents = try TeamEndToEndTests.objects(try concord(["agents", "list", "--json"]).out)
        let load = Dictionary(uniqueKeysWithValues: agents.map { ($0["login"] as? String ?? "", $0["load"] as? Int ?? -1) })
        #expect(load == ["dana": 1, "lead": 0, "ops": 0, "sara": 2])
        #expect(agents.first { $0["login"] as? String == "lead" }?["role"] as? String == "supervisor")
        #expect(agents.first { $0["login"] as? String == "ops" }?["role"] as? String == "admin")

        let away = try binary.run(["agents", "set", "dana", "--status", "away", "--db", db, "--config", config, "--as", "dana"])
        #expect(away.status == 0 && away.out.contains("dana: away"), "\(away.err)")
        let notHers = try binary.run(["agents", "set", "sara", "--status", "away", "--db", db, "--config", config, "--as", "dana"])
        #expect(notHers.status == 5)

        let audit = try TeamEndToEndTests.objects(try concord(["audit", "--json"]).out)
        #expect(audit.filter { $0["action"] as? String == "refused" }.map { $0["actor"] as? String } == ["dana", "dana"])
        #expect(audit.first?["detail"] as? String == "routing")
        #expect(try binary.run(["audit", "--db", db, "--config", config, "--as", "sara"]).status == 5)
    }
}
