import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Synchronization

/// Sends webhook requests over a fixed number of connections (one lane each, one request at a
/// time per lane, as a provider's delivery workers do) and notes every answer.
struct Sender: Sendable {
    let client: HTTPClient
    let port: Int

    init(port: Int, connections: Int) {
        self.port = port
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: connections)
        configuration.timeout = .init(connect: .seconds(2), read: .seconds(10))
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    func shutdown() async { try? await client.shutdown() }

    /// The status of one POST, or nil when the connection failed (the server was killed).
    func post(_ request: SignedTraffic.Request, path: String? = nil) async -> Int? {
        var http = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path ?? request.path)")
        http.method = .POST
        http.headers.add(name: "Content-Type", value: request.contentType)
        for (name, value) in request.headers { http.headers.add(name: name, value: value) }
        http.body = .bytes(ByteBuffer(bytes: request.body))
        do {
            let response = try await client.execute(http, timeout: .seconds(10))
            _ = try await response.body.collect(upTo: 1 << 16)
            return Int(response.status.code)
        } catch {
            return nil
        }
    }

    /// Every request in `requests` over `lanes` lanes, each resent until it is answered 200
    /// (a provider's at-least-once delivery); returns how many attempts were not acknowledged.
    func deliverAll(_ requests: [SignedTraffic.Request], lanes: Int) async -> (acknowledged: Int, retries: Int, refused: [Int: Int]) {
        let results = await withTaskGroup(of: (Int, Int, [Int: Int]).self) { group in
            for lane in 0..<lanes {
                let mine = stride(from: lane, to: requests.count, by: lanes).map { requests[$0] }
                group.addTask {
                    var acknowledged = 0, retries = 0
                    var refused: [Int: Int] = [:]
                    for request in mine {
                        var backoff = 0.01
                        while true {
                            let status = await post(request)
                            if status == 200 { break }
                            refused[status ?? 0, default: 0] += 1
                            retries += 1
                            try? await Task.sleep(for: .seconds(backoff))
                            backoff = min(0.5, backoff * 2)
                        }
                        acknowledged += 1
                    }
                    return (acknowledged, retries, refused)
                }
            }
            return await group.reduce(into: (0, 0, [Int: Int]())) { total, lane in
                total.0 += lane.0
                total.1 += lane.1
                total.2.merge(lane.2, uniquingKeysWith: +)
            }
        }
        return results
    }

    /// Requests at a steady `rate` per second for `seconds`, each on its own task (an open
    /// loop: a slow answer does not slow the arrivals); the latency of each acknowledgement.
    static func steady(rate: Double, seconds: Double, send: @escaping @Sendable (Int) async -> Int?) async -> (latencies: [Double], failures: Int) {
        let total = Int(rate * seconds)
        let tally = Tally()
        let start = ContinuousClock.now
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<total {
                let due = start + .seconds(Double(index) / rate)
                try? await Task.sleep(until: due, clock: .continuous)
                group.addTask {
                    let began = ContinuousClock.now
                    let status = await send(index)
                    let elapsed = ContinuousClock.now - began
                    if status == 200 {
                        tally.latencies.withLock { $0.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3) }
                    } else {
                        tally.failures.add(1, ordering: .relaxed)
                    }
                }
            }
        }
        return (tally.latencies.withLock { $0 }, tally.failures.load(ordering: .relaxed))
    }
}

/// What the open-loop sender's tasks report, shared among them.
final class Tally: Sendable {
    let latencies = Mutex<[Double]>([])
    let failures = Atomic<Int>(0)
}
