import ConcordStore
import Foundation
import GRDB
import Synchronization

// The receiver's fault and load benchmark (issue 7), loopback only, every input generated:
//   1. N unique signed messages, each delivered COPIES times in random order over CONNECTIONS
//      connections: exactly N stored.
//   2. N forged, tampered or unsigned requests: none accepted, nothing kept.
//   3. Phase 1 again while the server is killed with SIGKILL every KILL seconds and restarted,
//      the senders resending anything not acknowledged: none missing, none twice, both SQLite
//      files pass PRAGMA integrity_check.
//   4. A steady RATE requests a second for SECONDS: throughput and p50/p99 acknowledgement
//      latency, beside a bare Hummingbird endpoint measured the same way in the same run.
// Exits non-zero when a target is missed. Benchmarks/receiver.sh builds and runs it.

struct Options {
    var binary = ".build/release/concord"
    var messages = 10_000
    var copies = 3
    var connections = 8
    var forged = 10_000
    var killEvery = 3.0
    var rate = 200.0
    var seconds = 30.0

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        while let name = rest.popFirst() {
            guard let value = rest.popFirst() else { throw BenchFailure("\(name) needs a value") }
            switch name {
            case "--binary": binary = value
            case "--messages": messages = try Self.int(value, name)
            case "--copies": copies = try Self.int(value, name)
            case "--connections": connections = try Self.int(value, name)
            case "--forged": forged = try Self.int(value, name)
            case "--kill-every": killEvery = try Self.double(value, name)
            case "--rate": rate = try Self.double(value, name)
            case "--seconds": seconds = try Self.double(value, name)
            default: throw BenchFailure("unknown option \(name); options: --binary --messages --copies --connections --forged --kill-every --rate --seconds")
            }
        }
    }

    private static func int(_ text: String, _ name: String) throws -> Int {
        guard let value = Int(text), value > 0 else { throw BenchFailure("\(name) wants a whole number above zero, not \(text)") }
        return value
    }

    private static func double(_ text: String, _ name: String) throws -> Double {
        guard let value = Double(text), value > 0 else { throw BenchFailure("\(name) wants a number above zero, not \(text)") }
        return value
    }
}

/// The kill loop's switch and count, shared with its thread.
final class KillLoop: Sendable {
    let running = Atomic<Bool>(true)
    let kills = Atomic<Int>(0)
}

/// A seeded shuffle, so every run delivers in the same "random" order.
func shuffled<T>(_ items: [T], seed: UInt64) -> [T] {
    var items = items, state = seed
    for index in stride(from: items.count - 1, to: 0, by: -1) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        items.swapAt(index, Int((state >> 33) % UInt64(index + 1)))
    }
    return items
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, max(0, Int((p * Double(sorted.count)).rounded(.up)) - 1))]
}

/// What a finished run left in the store.
func audit(_ serve: ServeProcess) throws -> (messages: Int, ingested: Int, quarantined: Int, pending: Int, integrity: String) {
    let store = try SQLiteStore(path: serve.store)
    let counts = try [RawSourceRecord.State.ingested, .quarantined, .pending].map { try store.rawSourceCount(in: $0) }
    // The customers' messages, not the acknowledgements Concord sends back to each of them.
    let messages = try DatabaseQueue(path: serve.store).read {
        try Int.fetchOne($0, sql: "SELECT count(*) FROM messages WHERE direction = 'inbound' AND dedupe_key LIKE 'sms:twilio:SMbench%'")
    } ?? 0
    let inbound = try DatabaseQueue(path: serve.store).read {
        try Int.fetchOne($0, sql: "SELECT count(*) FROM messages WHERE direction = 'inbound'")
    } ?? 0
    guard inbound == messages else { throw BenchFailure("\(inbound - messages) inbound messages the benchmark did not send") }
    var integrity: [String] = []
    for path in [serve.store, serve.store + "-search"] where FileManager.default.fileExists(atPath: path) {
        let queue = try DatabaseQueue(path: path)
        integrity.append(try queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } ?? "no answer")
    }
    return (messages, counts[0], counts[1], counts[2], integrity.joined(separator: ", "))
}

func directory(_ name: String) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("concord-receiver-\(name)-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

func machine() -> String {
    let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?.split(separator: "\n")
        .first { $0.hasPrefix("model name") }?.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
    return "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(cpu), \(ProcessInfo.processInfo.physicalMemory >> 30) GiB"
}

let options: Options
do { options = try Options(Array(CommandLine.arguments.dropFirst())) } catch {
    FileHandle.standardError.write(Data("concord-receiver-bench: \(error)\n".utf8))
    exit(2)
}
print("Machine: \(machine())")
print("concord serve on SQLite (WAL); \(options.messages) messages x \(options.copies) over \(options.connections) connections")
var missed: [String] = []
let unique = (0..<options.messages).map { SignedTraffic.message($0) }
let deliveries = shuffled(unique.flatMap { Array(repeating: $0, count: options.copies) }, seed: 7)

// 1. Redelivery.
do {
    let serve = ServeProcess(binary: options.binary, directory: try directory("redelivery"), port: ServeProcess.freePort())
    try serve.start()
    let sender = Sender(port: serve.port, connections: options.connections)
    let began = ContinuousClock.now
    let result = await sender.deliverAll(deliveries, lanes: options.connections)
    let elapsed = ContinuousClock.now - began
    await sender.shutdown()
    let status = serve.stop()
    let found = try audit(serve)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print(String(format: "1. %d deliveries acknowledged in %.1f s (%.0f/s), %d resent (%@); server exit %d",
                 result.acknowledged, seconds, Double(result.acknowledged) / seconds, result.retries,
                 result.refused.description, status))
    print("   store: \(found.messages) messages, \(found.ingested) sources kept, \(found.quarantined) quarantined, integrity \(found.integrity)")
    if found.messages != options.messages || found.ingested != options.messages { missed.append("redelivery: \(found.messages) stored, not \(options.messages)") }
}

// 2. Forgeries.
do {
    let serve = ServeProcess(binary: options.binary, directory: try directory("forged"), port: ServeProcess.freePort())
    try serve.start()
    let sender = Sender(port: serve.port, connections: options.connections)
    let now = Date()
    let forged = (0..<options.forged).map { SignedTraffic.forged($0, now: now) }
    let statuses = await withTaskGroup(of: [Int: Int].self) { group in
        for lane in 0..<options.connections {
            let mine = stride(from: lane, to: forged.count, by: options.connections).map { forged[$0] }
            group.addTask {
                var counts: [Int: Int] = [:]
                for request in mine { counts[await sender.post(request) ?? 0, default: 0] += 1 }
                return counts
            }
        }
        var counts: [Int: Int] = [:]
        for await lane in group { counts.merge(lane, uniquingKeysWith: +) }
        return counts
    }
    await sender.shutdown()
    _ = serve.stop()
    let found = try audit(serve)
    let accepted = statuses.filter { (200..<300).contains($0.key) }.map(\.value).reduce(0, +)
    print("2. \(options.forged) forged, tampered or unsigned requests: answers \(statuses.sorted { $0.key < $1.key }); "
          + "\(accepted) accepted; store: \(found.messages) messages, \(found.ingested + found.quarantined + found.pending) sources kept")
    if accepted > 0 || found.messages > 0 || found.ingested + found.quarantined + found.pending > 0 { missed.append("forgeries: \(accepted) accepted") }
}

// 3. The same deliveries while the server is killed with SIGKILL and restarted.
do {
    let serve = ServeProcess(binary: options.binary, directory: try directory("kill"), port: ServeProcess.freePort())
    try serve.start()
    let sender = Sender(port: serve.port, connections: options.connections)
    let loop = KillLoop()
    let every = options.killEvery
    let killer = Thread {
        while loop.running.load(ordering: .acquiring) {
            Thread.sleep(forTimeInterval: every)
            guard loop.running.load(ordering: .acquiring) else { break }
            serve.kill9()
            loop.kills.add(1, ordering: .relaxed)
            try? serve.start()
        }
    }
    killer.start()
    let result = await sender.deliverAll(deliveries, lanes: options.connections)
    loop.running.store(false, ordering: .releasing)
    while !killer.isFinished { try await Task.sleep(for: .milliseconds(50)) }
    await sender.shutdown()
    _ = serve.stop()
    let found = try audit(serve)
    print("3. with kill -9 every \(options.killEvery) s (\(loop.kills.load(ordering: .relaxed)) kills): \(result.acknowledged) acknowledged, "
          + "\(result.retries) resent (\(result.refused.sorted { $0.key < $1.key }), 0 = connection cut)")
    print("   store: \(found.messages) messages, \(found.ingested) sources kept, \(found.quarantined) quarantined, "
          + "\(found.pending) pending, integrity \(found.integrity)")
    if found.messages != options.messages { missed.append("kill -9: \(found.messages) stored, not \(options.messages)") }
    if found.integrity.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) != "ok" }) {
        missed.append("kill -9: integrity \(found.integrity)")
    }
}

// 4. Steady load against the receiver and the ceiling.
do {
    let serve = ServeProcess(binary: options.binary, directory: try directory("steady"), port: ServeProcess.freePort())
    try serve.start()
    let sender = Sender(port: serve.port, connections: 64)
    let offset = options.messages * 10
    let receiver = await Sender.steady(rate: options.rate, seconds: options.seconds) { await sender.post(SignedTraffic.message(offset + $0)) }
    await sender.shutdown()
    _ = serve.stop()
    let (port, ceilingTask) = try await CeilingServer.start()
    let ceilingSender = Sender(port: port, connections: 64)
    let ceiling = await Sender.steady(rate: options.rate, seconds: options.seconds) {
        await ceilingSender.post(SignedTraffic.message(offset + $0), path: "/ping")
    }
    await ceilingSender.shutdown()
    ceilingTask.cancel()
    for (name, run) in [("concord serve", receiver), ("bare Hummingbird", ceiling)] {
        print(String(format: "4. %@ at %.0f requests/s for %.0f s: %d acknowledged, %d failed; p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                     name, options.rate, options.seconds, run.latencies.count, run.failures, percentile(run.latencies, 0.5),
                     percentile(run.latencies, 0.99), run.latencies.max() ?? .nan))
    }
    let p99 = percentile(receiver.latencies, 0.99), ceilingP99 = percentile(ceiling.latencies, 0.99)
    print(String(format: "   p99 ratio receiver / bare endpoint: %.1fx", p99 / ceilingP99))
    if !(p99 < 250) || receiver.failures > 0 { missed.append(String(format: "steady: p99 %.1f ms (target under 250 ms), %d failed", p99, receiver.failures)) }
}

print(missed.isEmpty ? "All targets met." : "MISSED: " + missed.joined(separator: "; "))
exit(missed.isEmpty ? 0 : 1)
