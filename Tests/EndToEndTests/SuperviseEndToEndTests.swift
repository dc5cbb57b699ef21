import ConcordTestSupport
import Foundation
import Testing

/// `concord supervise` through the real binary in tmux, on SQLite and on a real PostgreSQL
/// server: the panes on a demo store, a message ingested by another process changing the
/// waiting count without a key, a reassignment by keyboard, and an agent refused with exit
/// status 5.
@Suite("Supervisor end to end (tmux)", .serialized)
struct SuperviseEndToEndTests {
    typealias Backend = TeamEndToEndTests.Backend

    static let now = "2026-11-23T09:00:00Z"

    /// The number before " waiting" in the header.
    static func waiting(_ screen: String) -> Int? {
        guard let header = screen.split(separator: "\n").first, let range = header.range(of: " waiting") else { return nil }
        return Int(header[..<range.lowerBound].split(separator: " ").last ?? "")
    }

    /// The store and how Olga (a supervisor) and Sarah (an agent) open the screen. SQLite: the
    /// demo contact centre, whose agents have their roles in the store. PostgreSQL: a few chats
    /// ingested, Olga a supervisor by her configuration's `[roles]`, Sarah an agent (the
    /// second agent of a store, after Olga; the first becomes its admin).
    static func prepare(_ backend: Backend, db: String, binary: ConcordBinary) throws -> (supervisor: [String], agent: [String]) {
        switch backend {
        case .sqlite:
            let demo = try binary.run(["demo", "--generate-only", "--db", db, "--seed", "3", "--customers", "30", "--now", now])
            #expect(demo.status == 0, "\(demo.err)")
            return (["--as", "olga"], ["--as", "sarah"])
        case .postgres:
            let lines = [
                #"{"id":"s-1","session":"a","time":"2026-11-23T08:10:00Z","customer":{"email":"minji@example.kr","name":"김민지","language":"ko"},"text":"주문한 노트북이 아직 안 왔어요."}"#,
                #"{"id":"s-2","session":"b","time":"2026-11-23T08:40:00Z","customer":{"email":"xiaoming@example.cn","name":"王小明","language":"zh"},"text":"我的退款什么时候到账？"}"#,
                #"{"id":"s-3","session":"c","time":"2026-11-23T08:55:00Z","customer":{"email":"maryam@example.ir","name":"مریم احمدی","language":"fa"},"text":"دو بار از حسابم پول کم شده"}"#,
            ]
            let chats = binary.path("seed.jsonl")
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: chats))
            let ingested = try binary.run(["ingest", "chat", "--db", db, chats])
            #expect(ingested.status == 0, "\(ingested.err)")
            let roles = "[roles]\nsupervisors = [\"olga\"]\n"
            try ("[agent]\nlogin = \"olga\"\nname = \"Ольга Смирнова\"\n" + roles)
                .write(toFile: binary.path("olga.toml"), atomically: true, encoding: .utf8)
            try ("[agent]\nlogin = \"sarah\"\nname = \"Sarah Mitchell\"\n" + roles)
                .write(toFile: binary.path("sarah.toml"), atomically: true, encoding: .utf8)
            return (["--config", binary.path("olga.toml")], ["--config", binary.path("sarah.toml")])
        }
    }

    @Test(arguments: Backend.allCases)
    func panesUpdateLiveAndAReassignmentIsMadeByKeyboard(_ backend: Backend) throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let db = try TeamEndToEndTests.database(backend, binary: binary)
        let (supervisor, agent) = try Self.prepare(backend, db: db, binary: binary)
        var environment = binary.environment
        environment["TZ"] = "UTC"
        let session = try TmuxSession(command: [binary.url.path, "supervise", "--db", db, "--now", Self.now] + supervisor,
                                      environment: environment, scratch: binary.home)
        let first = try session.waitFor("the supervisor's panes") {
            $0.contains("Teams ·") && $0.contains("Channels ·") && $0.contains("Conversations · all queues 1/")
                && $0.contains("Agents ·") && $0.contains("Trends") && $0.contains("@olga")
        }
        #expect(first.contains("Supervisor · Ольга Смирнова"), "\(first)")
        let scalars = first.unicodeScalars.map(\.value)
        #expect(scalars.contains { (0xAC00...0xD7AF).contains($0) } && scalars.contains { (0x4E00...0x9FFF).contains($0) },
                "Korean and Chinese customers are on the first screen:\n\(first)")
        #expect(first.contains("Satisfaction, last 14 days") && first.contains("New conversations per hour"), "\(first)")
        let before = try #require(Self.waiting(first), "the header counts who waits:\n\(first)")

        // Another process ingests a new customer's chat: the count moves without a key.
        let chat = binary.path("live.jsonl")
        let line = #"{"id":"live-1","session":"live-s","time":"2026-11-23T08:59:00Z","customer":{"email":"jiwoo.choi@example.kr","name":"최지우","language":"ko"},"text":"환불은 언제 되나요?"}"#
        try Data((line + "\n").utf8).write(to: URL(fileURLWithPath: chat))
        let ingested = try binary.run(["ingest", "chat", "--db", db, chat])
        #expect(ingested.status == 0, "\(ingested.err)")
        try session.waitFor("the waiting count to change by itself", timeout: 20) { Self.waiting($0) == before + 1 }

        // Enter lists every queue's conversations; a opens the agents, Enter gives the first row to the first of them.
        try session.sendKeys("Enter")
        try session.waitFor("the conversations pane to take the keys") { $0.split(separator: "\n").last?.contains("Conversations") == true }
        try session.sendKeys("a")
        try session.waitFor("the agents to choose from") { $0.contains("Reassign #") }
        try session.sendKeys("Enter")
        let done = try session.waitFor("the reassignment") { $0.contains(" reassigned to @") }
        let status = try #require(done.split(separator: "\n").last.map(String.init))
        let id = try #require(status.split(separator: "#").last?.split(separator: " ").first.flatMap { Int($0) })
        let login = try #require(status.components(separatedBy: "reassigned to @").last?.split(separator: ".").first.map(String.init))
        let queue = try TeamEndToEndTests.objects(try binary.run(["queue", "--db", db, "--json"]).out)
        #expect(queue.first { $0["id"] as? Int == id }?["assignee"] as? String == login, "\(status)")

        try session.sendKeys("q")
        #expect(try session.waitForExit() == 0)

        // An agent may not open it: one line and exit status 5, before the screen is taken over.
        let refused = try binary.run(["supervise", "--db", db] + agent)
        #expect(refused.status == 5, "\(refused)")
        #expect(refused.err.hasPrefix("sarah is an agent; supervise takes the supervisor or admin role"), "\(refused.err)")
        #expect(refused.err.split(separator: "\n").count == 1)
        #expect(refused.out.isEmpty)
    }
}
