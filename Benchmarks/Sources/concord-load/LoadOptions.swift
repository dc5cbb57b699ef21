import Foundation
import ConcordConsole

/// What one run of the load benchmark does: how many consoles, how fast messages arrive, how
/// long the steady phase lasts and how big the burst is. The defaults are issue 6's numbers.
struct LoadOptions {
    /// Live consoles, one simulated agent each.
    var agents = 50
    /// Messages produced per second in the steady phase (and around the burst).
    var rate = 20.0
    /// Minutes of measured steady load before the burst.
    var minutes = 10.0
    /// Seconds of steady load before measuring starts (the consoles' first screens, PostgreSQL's caches).
    var warmUpSeconds = 30.0
    /// Extra messages produced during the burst, on top of the steady rate.
    var burstMessages = 1_000
    var burstSeconds = 10.0
    /// Seconds of steady load after the burst (the backlog must drain inside them).
    var afterBurstSeconds = 75.0
    /// Customers seeded before the run, each with one or two conversations.
    var seedCustomers = 3_000
    /// Pooled connections per console's store (the console's loop reads one query at a time).
    var connectionsPerConsole = 1
    var width = 160
    var height = 45
    /// The generator's seed: the same seed produces the same messages.
    var seed: UInt64 = 6
    /// The consoles' pacing of store-change reads (the running console's; 0 reads at every wake-up).
    var refreshInterval = ConsoleApplication.liveRefreshInterval
    /// Logs every statement's duration on the server and sums them per statement at the end
    /// (a diagnosis: what a refresh costs the server, and how often each read runs).
    var logStatements = false

    /// The targets a run is judged by (issue 6).
    static let refreshTargetMilliseconds = 500.0
    /// "A message ingested on one machine is on every open console within 500 ms", as p95 of
    /// every (message, console) pair, commit to the frame showing it.
    static let screenTargetMilliseconds = 500.0
    static let drainTargetSeconds = 60.0

    static let usage = """
        usage: concord-load [--minutes M] [--agents N] [--rate PER_SECOND] [--burst MESSAGES] [--burst-seconds S]
                            [--warm-up S] [--after-burst S] [--customers N] [--connections N] [--size WxH] [--seed N]
                            [--refresh-interval SECONDS] [--log-statements]
        Defaults: 50 agents, 20 messages/s for 10 minutes, then 1000 more in 10 s; 3000 seeded customers;
        consoles paced as `concord` paces them (--refresh-interval 0 reads at every wake-up).
        """

    /// Reads `--name value` pairs; an unknown option or a bad value is a usage error.
    init(arguments: [String]) throws(UsageError) {
        var rest = arguments[...]
        while let name = rest.popFirst() {
            if name == "--log-statements" {
                logStatements = true
                continue
            }
            guard let value = rest.popFirst() else { throw UsageError("\(name) needs a value") }
            switch name {
            case "--minutes": minutes = try Self.number(value, name)
            case "--agents": agents = Int(try Self.number(value, name))
            case "--rate": rate = try Self.number(value, name)
            case "--burst": burstMessages = Int(try Self.number(value, name))
            case "--burst-seconds": burstSeconds = try Self.number(value, name)
            case "--warm-up": warmUpSeconds = try Self.number(value, name)
            case "--after-burst": afterBurstSeconds = try Self.number(value, name)
            case "--customers": seedCustomers = Int(try Self.number(value, name))
            case "--connections": connectionsPerConsole = max(1, Int(try Self.number(value, name)))
            case "--refresh-interval": refreshInterval = .milliseconds(Int(try Self.number(value, name) * 1000))
            case "--seed": seed = UInt64(try Self.number(value, name))
            case "--size":
                let parts = value.split(separator: "x").compactMap { Int($0) }
                guard parts.count == 2, parts[0] >= 80, parts[1] >= 24 else { throw UsageError("--size wants WxH, at least 80x24") }
                (width, height) = (parts[0], parts[1])
            default:
                throw UsageError("unknown option \(name)")
            }
        }
        guard agents >= 1, rate > 0, minutes >= 0, burstSeconds > 0, afterBurstSeconds >= 0 else {
            throw UsageError("--agents, --rate and --burst-seconds must be positive; --minutes and --after-burst not negative")
        }
    }

    private static func number(_ text: String, _ name: String) throws(UsageError) -> Double {
        guard let value = Double(text), value >= 0 else { throw UsageError("\(name) wants a number, not \(text)") }
        return value
    }
}

/// A mistake on the command line, said in one sentence with the usage after it.
struct UsageError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
