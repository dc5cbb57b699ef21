import ConcordChannels
import Foundation
import Testing

/// The real `concord serve` binary: it reports where it listens, stores a signed chat message
/// and refuses a forged one, stops on SIGTERM with status 0, and what it stored is in the store
/// for every other command.
@Suite("concord serve end to end")
struct ServeEndToEndTests {
    @Test func aSignedMessageIsStoredAForgedOneIsNotAndSIGTERMStopsItCleanly() throws {
        let binary = try ConcordBinary()
        defer { binary.cleanUp() }
        let db = binary.path("serve.sqlite")
        let log = binary.path("serve.log")
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let process = Process()
        process.executableURL = binary.url
        process.arguments = ["serve", "--db", db, "--listen", "127.0.0.1:0", "--public-url", "https://support.example.com"]
        process.environment = binary.environment.merging(["CONCORD_CHAT_SECRET": "e2e-secret"]) { $1 }
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        // The "listening" line names the port the system gave it.
        var port: Int?
        let deadline = Date().addingTimeInterval(30)
        while port == nil, Date() < deadline, process.isRunning {
            let lines = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            port = lines.split(separator: "\n").lazy.compactMap { line -> Int? in
                guard line.contains(#""msg":"listening""#), let range = line.range(of: #""address":"127.0.0.1:"#) else { return nil }
                return Int(line[range.upperBound...].prefix { $0.isNumber })
            }.first
            if port == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        let bound = try #require(port, "no listening line in: \((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")")

        let body = Data(#"{"id":"e2e-1","session":"s-e2e","time":"2026-12-01T10:00:00Z","direction":"inbound","customer":{"email":"maryam@example.ir","name":"مریم احمدی"},"text":"سلام، سفارش ۴۸۲۱ من هنوز نرسیده است."}"#.utf8)
        let timestamp = Int(Date().timeIntervalSince1970)
        let signed = try LoopbackHTTP.request(port: bound, path: "/webhooks/chat", headers: [
            "Content-Type": "application/json", ChatSignature.timestampHeader: String(timestamp),
            ChatSignature.signatureHeader: ChatSignature.expected(body: body, timestamp: timestamp, secret: "e2e-secret"),
        ], body: body)
        #expect(signed.status == 200, "\(signed.body)")
        let forged = try LoopbackHTTP.request(port: bound, path: "/webhooks/chat", headers: [
            ChatSignature.timestampHeader: String(timestamp),
            ChatSignature.signatureHeader: ChatSignature.expected(body: body, timestamp: timestamp, secret: "guessed"),
        ], body: Data(body.reversed()))
        #expect(forged.status == 403)
        let health = try LoopbackHTTP.request(port: bound, method: "GET", path: "/health")
        #expect(health.status == 200)

        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try String(contentsOfFile: log, encoding: .utf8).contains(#""msg":"stopped""#))

        let found = try binary.run(["search", "--db", db, "سفارش"])
        #expect(found.status == 0)
        #expect(found.out.contains("مریم"), "\(found.out)")
        let queue = try binary.run(["queue", "--db", db, "--json"])
        #expect(queue.out.split(separator: "\n").count == 1, "one conversation: the forged request stored nothing")
    }
}
