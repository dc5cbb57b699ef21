import Foundation
import ConcordConsole
import ConcordKnowledge
import ConcordPostgres
import ConcordStore
import ConcordTerminal
import ConcordTestSupport
import ConversationEngine

// Team mode under load (issue 6): live consoles on one PostgreSQL store while messages are
// ingested at a steady rate with a burst. Everything runs on this machine, on loopback, with
// generated inputs. Run through Benchmarks/load.sh; `concord-load --help` lists the options.

let options: LoadOptions
do {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.contains("--help") || arguments.contains("-h") {
        print(LoadOptions.usage)
        exit(0)
    }
    options = try LoadOptions(arguments: arguments)
} catch {
    FileHandle.standardError.write(Data("concord-load: \(error)\n\(LoadOptions.usage)\n".utf8))
    exit(2)
}

/// Prints a line at once (progress shows while the run goes on, also through a pipe).
func say(_ text: String) {
    print(text)
    fflush(nil)
}
func seconds(_ nanoseconds: UInt64) -> Double { Double(nanoseconds) / 1e9 }
func sleep(seconds: Double) { if seconds > 0 { Thread.sleep(forTimeInterval: seconds) } }

say("Machine: \(SystemMeters.machine())")
let interval = options.refreshInterval.components
say(String(format: "Consoles read other processes' changes at most every %.2f s while they keep coming",
           Double(interval.seconds) + Double(interval.attoseconds) / 1e18))
say(String(format: "Load: %d consoles (%d pooled connection(s) + 1 listening each), %g messages/s for %.1f min after %.0f s warm-up, "
           + "then %d more in %.0f s, then %.0f s more at %g/s; %dx%d screens", options.agents, options.connectionsPerConsole,
           options.rate, options.minutes, options.warmUpSeconds, options.burstMessages, options.burstSeconds,
           options.afterBurstSeconds, options.rate, options.width, options.height))

// 1. A throwaway PostgreSQL server on loopback, committing durably as in production.
let connectionsNeeded = options.agents * (options.connectionsPerConsole + 1) + 8
let cluster = try PostgresCluster(maxConnections: max(200, connectionsNeeded + 20), durable: true)
// Interrupted (Ctrl-C, a timeout), the server is shut down and its directory removed before exiting.
signal(SIGINT, SIG_IGN)
signal(SIGTERM, SIG_IGN)
let interruptions = [SIGINT, SIGTERM].map { number in
    let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
    source.setEventHandler {
        FileHandle.standardError.write(Data("concord-load: interrupted; the PostgreSQL server is stopped\n".utf8))
        cluster.stop()
        exit(130)
    }
    source.resume()
    return source
}
let databaseURL = try cluster.makeDatabase(prefix: "load")
let databaseName = String(databaseURL.split(separator: "/").last ?? "")
let url = try PostgresDatabaseURL(databaseURL)
say("Server: PostgreSQL \(try cluster.psql("SHOW server_version").trimmingCharacters(in: .whitespacesAndNewlines)) on 127.0.0.1:\(cluster.port), "
    + "max_connections \(try cluster.psql("SHOW max_connections").trimmingCharacters(in: .whitespacesAndNewlines)), fsync on")

// 2. The store: agents, and a few thousand customers' conversations through the normal ingest path.
let admin = try PostgresStore(url: url, connections: 1)
let logins = (0..<options.agents).map { String(format: "agent%02d", $0) }
try admin.write { writer in
    for (index, login) in logins.enumerated() {
        let language = SyntheticTraffic.languages[index % SyntheticTraffic.languages.count]
        _ = try writer.upsertAgent(login: login, name: "Agent \(index)", languages: [language, .en], role: .agent, team: "support")
    }
}
var traffic = SyntheticTraffic(seed: options.seed)
let seedEvents = traffic.seedEvents(customers: options.seedCustomers, now: Date())
let seedStarted = Clock.now
var seeded = 0
for start in stride(from: 0, to: seedEvents.count, by: 250) {
    let results = try admin.ingest(Array(seedEvents[start..<min(seedEvents.count, start + 250)]))
    for result in results {
        guard case .success(.stored) = result else {
            say("Seeding failed: \(result)")
            exit(1)
        }
        seeded += 1
    }
}
// Autovacuum analyses a table this changed within its first minute; done now, the plans are settled from the start.
try cluster.psql("ANALYZE", database: databaseName)
let seedStatistics = try admin.statistics()
say(String(format: "Seeded in %.1f s: %d customers, %d conversations (%d open), %d messages in 5 languages, %d agents",
           seconds(Clock.now - seedStarted), seedStatistics.customers, seedStatistics.conversations,
           seedStatistics.activeConversations, seedStatistics.messages, seedStatistics.agents))

// 3. The consoles, each on its own store and watch, with the shipped phrasebooks' suggestions.
let knowledge = try KnowledgeLoader.shipped()
let suggester = ReplySuggester(phrasebook: knowledge.phrasebook, answerBook: knowledge.answerBook)
let keymap = try Keymap(defaults: ConsoleCommand.defaultBindings, validCommands: Set(ConsoleCommand.allCases.map(\.rawValue)))
let size = Size(width: options.width, height: options.height)
var consoles: [ConsoleAgent] = []
for (index, login) in logins.enumerated() {
    let presentation = Presentation(theme: ThemeLibrary.defaultTheme, borders: .unicode,
                                    clock: ClockText(timeZone: TimeZone(identifier: "UTC")!), agentName: "Agent \(index)",
                                    agentLogin: login, storeLabel: "load", keymap: keymap)
    let console = try ConsoleAgent(login: login, url: url, connections: options.connectionsPerConsole)
    console.start(presentation: presentation, size: size, suggester: suggester, moves: index % 25,
                  refreshInterval: options.refreshInterval)
    consoles.append(console)
}
say("Consoles: \(consoles.count) open and listening")

// 4. Messages arrive: warm-up, steady load, the burst, steady load again.
let ingestStore = try PostgresStore(url: url, connections: 1)
let pipeline = IngestPipeline(store: ingestStore, traffic: traffic, rate: options.rate)
pipeline.start()
let probe = try RefreshQueryProbe(url: url, interval: 5)
sleep(seconds: options.warmUpSeconds)

let socket = cluster.socketDirectory
if options.logStatements { try StatementLog.start(cluster) }
let measureStart = Clock.now
let cpuAtStart = SystemMeters.cpu(serverSocketDirectory: socket)
probe.start()
func progress(_ label: String) {
    let cpu = SystemMeters.cpu(serverSocketDirectory: socket) - cpuAtStart
    let elapsed = seconds(Clock.now - measureStart)
    say(String(format: "  %6.0f s  %@: %d stored, backlog %d, CPU %.0f%% benchmark + %.0f%% PostgreSQL of %d cores", elapsed, label,
               pipeline.storedCount, pipeline.backlog, cpu.benchmark / elapsed / Double(SystemMeters.cores) * 100,
               cpu.server / elapsed / Double(SystemMeters.cores) * 100, SystemMeters.cores))
}
let steadySeconds = options.minutes * 60
var waited = 0.0
while waited < steadySeconds {
    let step = min(30, steadySeconds - waited)
    sleep(seconds: step)
    waited += step
    progress("steady")
}
let burstStart = Clock.now
let cpuAtBurst = SystemMeters.cpu(serverSocketDirectory: socket)
pipeline.burst(options.burstMessages, over: options.burstSeconds)
let afterBurst = options.burstSeconds + options.afterBurstSeconds
waited = 0
while waited < afterBurst {
    let step = min(5, afterBurst - waited)
    sleep(seconds: step)
    waited += step
    progress(waited <= options.burstSeconds ? "burst " : "after ")
}
let measureEnd = Clock.now
let cpuAtEnd = SystemMeters.cpu(serverSocketDirectory: socket)
let memory = SystemMeters.memory()
let serverMemory = SystemMeters.serverMemory(socketDirectory: socket)
let ingest = pipeline.finish(drainTimeout: 60)
let queries = probe.stop()

// 5. Every console must show the last message stored; then the consoles stop.
let lastMessage = ingest.stored.map(\.message.rawValue).max() ?? 0
let settleDeadline = Clock.now + 15_000_000_000
while Clock.now < settleDeadline, consoles.contains(where: { $0.shown.id < lastMessage }) { sleep(seconds: 0.1) }
let results = consoles.map { $0.stop() }

// 6. Nothing lost, nothing twice.
let finalStatistics = try admin.statistics()
let storedKeys = try cluster.psql("SELECT dedupe_key FROM messages", database: databaseName).split(separator: "\n").map(String.init)
let verification = LoadVerification(
    produced: ingest.produced, stored: ingest.stored, duplicates: ingest.duplicates, failures: ingest.failures,
    seedKeys: seedEvents.map(\.dedupeKey), storeMessages: finalStatistics.messages, storeKeys: storedKeys,
    lastMessage: lastMessage, consolesShowing: results.map(\.measurements.lastMark))

let report = LoadReport(options: options, ingest: ingest, consoles: results, queries: queries, verification: verification,
                        window: (measureStart, burstStart, measureEnd),
                        cpu: (steady: cpuAtBurst - cpuAtStart, burst: cpuAtEnd - cpuAtBurst, all: cpuAtEnd - cpuAtStart),
                        memory: memory, serverMemory: serverMemory)
let met = report.print()
if options.logStatements {
    let refreshes = results.map(\.measurements.refreshes.count).reduce(0, +)
    say("")
    say("== Statements on the server while measuring (\(refreshes) console refreshes, \(ingest.stored.count) messages ingested)")
    say("  calls   per refresh   total ms   mean ms  statement")
    for row in StatementLog.summary(cluster).prefix(25) {
        say(String(format: "%7d  %10.2f  %10.0f  %8.3f  %@", row.calls, Double(row.calls) / Double(max(1, refreshes)), row.milliseconds,
                   row.milliseconds / Double(max(1, row.calls)), row.statement))
    }
    say("")
    say("== The queue read's plan at the end of the run (EXPLAIN ANALYZE)")
    say(try admin.explainQueue(QueueQuery(ordering: .dueFirst, limit: 200, offset: 0, asOf: Date())))
}
cluster.stop()
exit(met ? 0 : 1)
