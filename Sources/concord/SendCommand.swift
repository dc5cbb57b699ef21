import ArgumentParser
import ConcordChannels
import ConcordServer
import Foundation
import Logging

/// `concord send`: the outbox dispatcher on its own, for a machine that runs no receiver, or
/// from cron with `--once`. `concord serve` runs the same dispatcher beside the webhooks.
struct SendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Deliver the outbox: email through sendmail, SMS, WhatsApp, Messenger, Instagram, X and chat through their APIs.",
        discussion: """
            Each queued reply, acknowledgement and follow-up is delivered once: a failed attempt is retried with a growing \
            wait ([outbox] first_retry, max_retry) until it is sent or max_attempts is reached; a provider's refusal fails it \
            at once. What became of each is on the customer's timeline (pending with the reason of the last failed attempt, \
            sent, or NOT DELIVERED with the reason). Tokens come from the environment only: CONCORD_TWILIO_AUTH_TOKEN, \
            CONCORD_META_ACCESS_TOKEN, CONCORD_X_ACCESS_TOKEN, CONCORD_CHAT_SECRET. Channels that are not configured are \
            left queued and named. Exits 0 whatever became of the items; their states are in `concord outbox list`.
            """)

    @OptionGroup var store: StoreOptions
    @Flag(help: "Deliver what is due now, then exit (for cron).") var once = false
    @Option(help: ArgumentHelp("Seconds between passes when running on.", valueName: "seconds")) var every = 2.0
    @Flag(help: "Print the pass's account as one JSON object (with --once).") var json = false
    @Option(help: ArgumentHelp("Log level of the JSON log lines on standard error.", valueName: "level")) var logLevel = "warning"

    mutating func run() async throws {
        guard every > 0 else { throw CLIError("--every must be above zero.") }
        guard let level = Logger.Level(rawValue: logLevel) else {
            throw CLIError("--log-level \(logLevel) is not a level: use trace, debug, info, notice, warning, error or critical.")
        }
        let configuration = try store.loadConfiguration()
        let (opened, label) = try store.openStore(configuration: configuration, mustExist: true)
        var logger = Logger(label: "concord.send") { JSONLinesLogHandler(label: $0) }
        logger.logLevel = level
        logger[metadataKey: "store"] = "\(label)"
        let dispatcher = OutboxDispatcher(store: opened, planner: configuration.deliveryPlanner, logger: logger)
        if once {
            let report: DispatchReport
            do {
                report = try await dispatcher.deliverDue(countingWaiting: true)
            } catch {
                await dispatcher.shutdown()
                throw error
            }
            await dispatcher.shutdown()
            if json {
                var waiting: [String: Any] = [:]
                for (channel, wait) in report.waiting { waiting[channel.rawValue] = ["count": wait.count, "reason": wait.reason] }
                try JSONLines.print(["sent": report.sent, "retrying": report.retrying, "failed": report.failed, "waiting": waiting])
            } else {
                print(Self.summary(report))
            }
            return
        }
        let signals = ShutdownSignals { dispatcher.stop() }
        await dispatcher.run(every: .milliseconds(Int(every * 1000)))
        signals.cancel()
        await dispatcher.shutdown()
    }

    static func summary(_ report: DispatchReport) -> String {
        var lines = ["Sent \(report.sent), retrying \(report.retrying) later, failed \(report.failed)."]
        for (channel, wait) in report.waiting.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            lines.append("\(wait.count) \(channel.label) item\(wait.count == 1 ? "" : "s") waiting: \(wait.reason).")
        }
        return lines.joined(separator: "\n")
    }
}
