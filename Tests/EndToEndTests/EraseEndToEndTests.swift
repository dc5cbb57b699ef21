import ConcordTestSupport
import Foundation
import Testing

/// `concord customers erase` through the real binary, on SQLite and on a real PostgreSQL
/// server: an agent is refused with status 5 (and the refusal audited), a supervisor needs
/// --yes without a terminal and then erases, printing the counts; on a terminal the customer id
/// must be typed.
@Suite("Erasing a customer end to end", .serialized)
struct EraseEndToEndTests {
    typealias Backend = TeamEndToEndTests.Backend

    /// A store with one customer (a chat line holding `marker`) and three agents: root (the
    /// first, so admin), dana (agent) and sam (supervisor), each with a configuration file.
    static func setUp(_ backend: Backend, binary: ConcordBinary, marker: String) throws -> (db: String, customer: Int) {
        let db = try TeamEndToEndTests.database(backend, binary: binary)
        for login in ["root", "dana", "sam"] {
            try "[agent]\nlogin = \"\(login)\"\nname = \"\(login.capitalized)\"\n"
                .write(toFile: binary.path("\(login).toml"), atomically: true, encoding: .utf8)
        }
        let chat = binary.path("chat.jsonl")
        let line = #"{"id":"erase-1","session":"s-1","time":"2026-11-23T08:50:00Z","customer":{"email":"\#(marker)@example.kr","name":"김민지 \#(marker)","language":"ko"},"text":"주문 \#(marker) 어디 있나요?"}"#
        try Data((line + "\n").utf8).write(to: URL(fileURLWithPath: chat))
        let ingested = try binary.run(["ingest", "chat", "--db", db, chat])
        #expect(ingested.status == 0, "\(ingested.err)")
        for (login, role) in [("dana", "agent"), ("sam", "supervisor")] {
            let set = try binary.run(["agents", "set", login, "--name", login.capitalized, "--role", role, "--db", db,
                                      "--config", binary.path("root.toml")])
            #expect(set.status == 0, "\(set.err)")
        }
        let list = try TeamEndToEndTests.objects(try binary.run(["customers", "list", "--json", "--db", db, "--config", binary.path("root.toml")]).out)
        let customer = try #require(list.first?["id"] as? Int)
        return (db, customer)
    }

    @Test(arguments: Backend.allCases)
    func anAgentIsRefusedWithStatus5AndASupervisorErases(_ backend: Backend) throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let marker = "qzerase" + String((0..<8).map { _ in "abcdefghijklmnopqrstuvwxyz".randomElement()! })
        let (db, customer) = try Self.setUp(backend, binary: binary, marker: marker)

        let refused = try binary.run(["customers", "erase", String(customer), "--yes", "--db", db, "--config", binary.path("dana.toml")])
        #expect(refused.status == 5, "\(refused)")
        #expect(refused.err.contains("dana is an agent; erasing a customer takes the supervisor or admin role"), "\(refused.err)")
        let refusedAs = try binary.run(["customers", "erase", String(customer), "--db", db, "--config", binary.path("sam.toml"),
                                        "--as", "dana"])
        #expect(refusedAs.status == 5, "--as dana is refused before anything is asked: \(refusedAs)")

        let unconfirmed = try binary.run(["customers", "erase", String(customer), "--db", db, "--config", binary.path("sam.toml")])
        #expect(unconfirmed.status == 1)
        #expect(unconfirmed.err.contains("standard input is not a terminal to confirm on, so pass --yes to erase"), "\(unconfirmed.err)")
        #expect(try binary.run(["search", marker, "--count", "--db", db]).out.trimmingCharacters(in: .whitespacesAndNewlines) == "1")

        let erased = try binary.run(["customers", "erase", String(customer), "--yes", "--db", db, "--config", binary.path("sam.toml")])
        #expect(erased.status == 0, "\(erased.err)")
        #expect(erased.out.hasPrefix("Erased customer \(customer): 1 customer, 1 identity, 1 conversation, "), "\(erased.out)")
        #expect(erased.out.contains(" messages, ") || erased.out.contains(" 1 message, "))
        #expect(erased.out.contains("1 source item"), "the chat line's bytes: \(erased.out)")
        if backend == .postgres {
            #expect(erased.out.contains("--reclaim --compact") && erased.out.contains("WAL archive"), "\(erased.out)")
        } else {
            #expect(!erased.out.contains("PostgreSQL") && !erased.out.contains("--reclaim"), "\(erased.out)")
        }
        #expect(try binary.run(["customers", "list", "--json", "--db", db, "--config", binary.path("root.toml")]).out.isEmpty)
        #expect(try binary.run(["search", marker, "--count", "--db", db]).out.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        let again = try binary.run(["customers", "erase", String(customer), "--yes", "--db", db, "--config", binary.path("sam.toml")])
        #expect(again.status == 1 && again.err.contains("There is no customer \(customer) (erased already?)"), "\(again)")

        // The audit log: the refusals and the erasure, by id and counts, without the customer's data.
        let audit = try binary.run(["audit", "--json", "--db", db, "--config", binary.path("sam.toml")])
        #expect(audit.status == 0, "\(audit.err)")
        let rows = try TeamEndToEndTests.objects(audit.out)
        #expect(rows.filter { $0["action"] as? String == "refused" && $0["actor"] as? String == "dana" }.count == 2)
        let erasure = try #require(rows.first { $0["action"] as? String == "erase" })
        #expect(erasure["actor"] as? String == "sam" && erasure["subject_id"] as? Int == customer)
        #expect((erasure["detail"] as? String)?.hasPrefix("1 customer, 1 identity, 1 conversation") == true)
        #expect(!audit.out.contains(marker))

        if backend == .sqlite {
            for file in [db, db + "-wal", db + "-shm", db + "-search", db + "-search-wal", db + "-search-shm"] {
                guard let bytes = FileManager.default.contents(atPath: file) else { continue }
                #expect(bytes.range(of: Data(marker.utf8)) == nil, "\(file) still holds the marker")
            }
        }
        let reclaimed = try binary.run(["customers", "erase", "--reclaim", "--db", db, "--config", binary.path("sam.toml")])
        #expect(reclaimed.status == 0 && reclaimed.out.hasPrefix("Cleared the store's files of erased rows."), "\(reclaimed)")
    }

    @Test func onATerminalTheCustomerIdMustBeTyped() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let (db, customer) = try Self.setUp(.sqlite, binary: binary, marker: "qzterminal")
        let command = [binary.url.path, "customers", "erase", String(customer), "--db", db, "--config", binary.path("sam.toml")]

        let wrong = try TmuxSession(command: command, environment: binary.environment, scratch: binary.home)
        try wrong.waitFor("the question") { $0.contains("Type \(customer) to erase:") }
        #expect(try wrong.capture().contains("Erase customer \(customer), 김민지 qzterminal (1 identity, 1 conversation)?"))
        try wrong.sendKeys("y", "Enter")
        #expect(try wrong.waitForExit() == 1)
        #expect(try wrong.capture().contains("Not erased: the answer was not \(customer)."))
        #expect(try binary.run(["customers", "list", "--json", "--db", db, "--config", binary.path("root.toml")]).out.contains("qzterminal"))

        let right = try TmuxSession(command: command, environment: binary.environment, scratch: binary.home)
        try right.waitFor("the question") { $0.contains("Type \(customer) to erase:") }
        try right.sendKeys(String(customer), "Enter")
        #expect(try right.waitForExit() == 0)
        #expect(try right.capture().contains("Erased customer \(customer): 1 customer, 1 identity"))
        #expect(try binary.run(["customers", "list", "--json", "--db", db, "--config", binary.path("root.toml")]).out.isEmpty)
    }
}
