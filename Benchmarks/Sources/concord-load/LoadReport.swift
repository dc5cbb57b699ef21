import Foundation

/// Turns what the run measured into the figures issue 6 asks for, prints them and judges them
/// against the targets: p95 view refresh under 500 ms, p95 ingest to screen under 500 ms, the
/// burst's backlog gone within 60 s, nothing lost or duplicated.
struct LoadReport {
    typealias ConsoleResult = (measurements: MeasuredConsole.Measurements, firstScreen: UInt64, failure: String?)

    let options: LoadOptions
    let ingest: IngestPipeline.Outcome
    let consoles: [ConsoleResult]
    let queries: [String: [UInt64]]
    let verification: LoadVerification
    /// Measuring began, the burst began, measuring ended (monotonic nanoseconds).
    let window: (start: UInt64, burst: UInt64, end: UInt64)
    let cpu: (steady: SystemMeters.CPU, burst: SystemMeters.CPU, all: SystemMeters.CPU)
    let memory: (resident: Double, peak: Double)
    let serverMemory: (megabytes: Double, processes: Int)

    /// Prints the report; returns whether every target was met.
    func print() -> Bool {
        let out = { (line: String) in Swift.print(line) }
        let measured = { (at: UInt64) in at >= window.start && at < window.end }
        let steady = { (at: UInt64) in at >= window.start && at < window.burst }
        let burst = { (at: UInt64) in at >= window.burst && at < window.end }

        out("")
        out("== Results")
        out("Consoles' first screen (queue, customer, suggestions): " + Distribution(consoles.map(\.firstScreen)).summary)

        let refreshes = consoles.flatMap(\.measurements.refreshes)
        let all = Distribution(refreshes.filter { measured($0.at) }.map(\.nanoseconds))
        out("View refresh, store change to frame drawn, all consoles:")
        out("  whole run        " + all.summary)
        out("  steady load      " + Distribution(refreshes.filter { steady($0.at) }.map(\.nanoseconds)).summary)
        out("  burst and after  " + Distribution(refreshes.filter { burst($0.at) }.map(\.nanoseconds)).summary)
        out("  of which reading " + Distribution(consoles.flatMap(\.measurements.refreshReads)).summary)
        out("  drawing a frame  " + Distribution(consoles.flatMap(\.measurements.renders)).summary)
        let windowSeconds = Double(window.end - window.start) / 1e9
        let steadySeconds = Double(window.burst - window.start) / 1e9
        let burstSeconds = Double(window.end - window.burst) / 1e9
        let perConsole = { (count: Int, seconds: Double) in Double(count) / max(seconds, 0.001) / Double(max(1, consoles.count)) }
        out(String(format: "  %.2f refreshes per console per second in steady load (%.1f/s in all), %.2f in the burst and after; "
                   + "%d of them at the tick; %d wake-ups read nothing (held back or already read)", perConsole(refreshes.filter { steady($0.at) }.count, steadySeconds),
                   perConsole(refreshes.filter { steady($0.at) }.count, steadySeconds) * Double(consoles.count),
                   perConsole(refreshes.filter { burst($0.at) }.count, burstSeconds),
                   consoles.map(\.measurements.refreshesAtTicks).reduce(0, +), consoles.map(\.measurements.emptyWakeups).reduce(0, +)))
        out("  once-a-second tick to frame  " + Distribution(consoles.flatMap(\.measurements.ticks).filter { measured($0.at) }
            .map(\.nanoseconds)).summary)

        let latency = screenLatencies(measured)
        out("Ingest-to-screen, commit to a frame showing the message, every message on every console:")
        out("  whole run        " + Distribution(latency.all.map(\.fromCommit)).summary)
        out("  steady load      " + Distribution(latency.all.filter { steady($0.committed) }.map(\.fromCommit)).summary)
        out("  burst and after  " + Distribution(latency.all.filter { burst($0.committed) }.map(\.fromCommit)).summary)
        out("  from production (with the wait in the backlog) " + Distribution(latency.all.map(\.fromProduction)).summary)
        if latency.unseen > 0 { out("  \(latency.unseen) (message, console) pairs were never shown") }

        out("Ingest transaction (what was waiting, committed together): " + Distribution(ingest.ingestDurations).summary)
        let sizes = ingest.batchSizes
        if !sizes.isEmpty {
            out(String(format: "  %d transactions for %d messages: %.0f%% held one message, mean %.1f, largest %d",
                       sizes.count, sizes.reduce(0, +), Double(sizes.filter { $0 == 1 }.count) / Double(sizes.count) * 100,
                       Double(sizes.reduce(0, +)) / Double(sizes.count), sizes.max() ?? 0))
        }
        let drain = drainSeconds
        out(String(format: "Backlog: peak %d messages%@; after the burst of %d in %.0f s it was back to zero %@",
                   ingest.peakBacklog, ingest.peakBacklogAt >= window.burst ? " (in the burst)" : "", options.burstMessages,
                   options.burstSeconds,
                   drain.map { String(format: "%.1f s after the burst ended (%.1f s after it began)", $0.afterEnd, $0.afterStart) }
                    ?? "never"))

        let cores = Double(SystemMeters.cores)
        let percent = { (cpu: SystemMeters.CPU, seconds: Double) in
            String(format: "benchmark %.0f%% + PostgreSQL %.0f%% = %.0f%% of %d cores", cpu.benchmark / seconds / cores * 100,
                   cpu.server / seconds / cores * 100, (cpu.benchmark + cpu.server) / seconds / cores * 100, Int(cores))
        }
        out("CPU, steady load: " + percent(cpu.steady, steadySeconds))
        out("CPU, burst and after: " + percent(cpu.burst, burstSeconds))
        out("CPU, whole run: " + percent(cpu.all, windowSeconds))
        out(String(format: "Memory: benchmark process %.0f MiB resident (peak %.0f MiB) for %d consoles; PostgreSQL %.0f MiB (PSS) in %d processes",
                   memory.resident, memory.peak, consoles.count, serverMemory.megabytes, serverMemory.processes))

        out("A refresh's reads, timed alone every 5 s under the load:")
        for name in RefreshQueryProbe.names {
            out("  " + name.padding(toLength: 20, withPad: " ", startingAt: 0) + Distribution(queries[name] ?? []).summary)
        }

        out("Account: " + verification.summary)
        for failure in consoles.compactMap(\.failure) { out("Console failed: \(failure)") }

        out("")
        out("== Targets")
        let p95 = all.milliseconds(0.95)
        let refreshMet = all.count > 0 && p95 < LoadOptions.refreshTargetMilliseconds
        let screen = Distribution(latency.all.map(\.fromCommit))
        let screenP95 = screen.milliseconds(0.95)
        let screenMet = screen.count > 0 && latency.unseen == 0 && screenP95 < LoadOptions.screenTargetMilliseconds
        let drainMet = drain.map { $0.afterEnd <= LoadOptions.drainTargetSeconds } ?? false
        let problems = verification.problems + consoles.compactMap(\.failure)
        out(String(format: "%@  p95 view refresh %.1f ms (target under %.0f ms)", refreshMet ? "met   " : "MISSED", p95,
                   LoadOptions.refreshTargetMilliseconds))
        out(String(format: "%@  p95 ingest to screen %.1f ms, every message on every console (target under %.0f ms)",
                   screenMet ? "met   " : "MISSED", screenP95, LoadOptions.screenTargetMilliseconds))
        out(String(format: "%@  backlog back to zero %@ after the burst (target within %.0f s)", drainMet ? "met   " : "MISSED",
                   drain.map { String(format: "%.1f s", $0.afterEnd) } ?? "never", LoadOptions.drainTargetSeconds))
        out((problems.isEmpty ? "met   " : "MISSED") + "  nothing lost or duplicated, every console shows the last message"
            + (problems.isEmpty ? "" : ": " + problems.joined(separator: "; ")))
        return refreshMet && screenMet && drainMet && problems.isEmpty
    }

    /// Seconds from the burst's end (and start) until nothing produced was waiting.
    private var drainSeconds: (afterEnd: Double, afterStart: Double)? {
        guard let ended = ingest.burstEndedAt, let drained = ingest.drainedAt, let started = ingest.burstStartedAt else { return nil }
        return (Double(drained - min(drained, ended)) / 1e9, Double(drained - started) / 1e9)
    }

    private struct Latency {
        var committed: UInt64
        var fromCommit: UInt64
        var fromProduction: UInt64
    }

    /// For each message committed in the window and each console: the first frame whose newest
    /// shown message is at or past it (a frame earlier than the commit's clock reading, the
    /// notification having beaten the ingester's return, counts as zero).
    private func screenLatencies(_ inWindow: (UInt64) -> Bool) -> (all: [Latency], unseen: Int) {
        let messages = ingest.stored.filter { inWindow($0.committedAt) }.sorted { $0.message < $1.message }
        var all: [Latency] = []
        all.reserveCapacity(messages.count * consoles.count)
        var unseen = 0
        for console in consoles {
            let marks = console.measurements.marks
            var next = 0
            for message in messages {
                while next < marks.count, marks[next].message < message.message.rawValue { next += 1 }
                guard next < marks.count else {
                    unseen += 1
                    continue
                }
                let shown = marks[next].at
                all.append(Latency(committed: message.committedAt,
                                   fromCommit: shown > message.committedAt ? shown - message.committedAt : 0,
                                   fromProduction: shown > message.producedAt ? shown - message.producedAt : 0))
            }
        }
        return (all, unseen)
    }
}
