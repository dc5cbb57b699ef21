import ArgumentParser
import ConcordConsole
import ConcordStore
import ConversationEngine
import Foundation

/// `concord sla`: a conversation's SLA clocks as the policy in force computes them from its
/// events, for checking what the queue shows and for scripts.
struct SLACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sla",
        abstract: "Show a conversation's SLA clocks: first reply, next reply and resolution, with due times and risk.",
        discussion: """
            Clocks are replayed from the conversation's messages and status changes under the [sla] policy of the \
            configuration (see `concord config --print`); time pending on the customer does not count.
            """)

    @OptionGroup var store: StoreOptions
    @Argument(help: "The conversation id (as `concord queue` shows it).") var conversation: Int64
    @Option(help: ArgumentHelp("The instant to measure at, as ISO 8601 (default: now).", valueName: "time")) var at: String?
    @Flag(help: "One JSON object instead of text.") var json = false

    mutating func run() throws {
        let now = try at.map(FileIngest.parseTime) ?? Date()
        let configuration = try store.loadConfiguration()
        let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
        let id = ConversationID(conversation)
        guard let sla = try opened.sla(of: id, policies: configuration.slaPolicies) else {
            throw CLIError("There is no conversation \(conversation); `concord queue` shows the ids.")
        }
        let (clock, resolved, stored) = (sla.clock, sla.policy, sla.conversation)
        let iso = ISO8601DateFormatter()
        if json {
            let measures: [[String: Any]] = clock.measures.map { measure in
                var object: [String: Any] = [
                    "kind": measure.kind.rawValue, "target_seconds": Int(measure.target), "started_at": iso.string(from: measure.startedAt),
                    "state": Self.stateName(measure.state), "risk": Self.riskName(measure.risk(at: now, calendar: clock.calendar)),
                    "breached": measure.isBreached(at: now),
                ]
                object["due_at"] = measure.dueAt.map(iso.string(from:))
                object["completed_at"] = measure.completedAt.map(iso.string(from:))
                object["seconds_left"] = measure.timeLeft(at: now).map { Int($0.rounded()) }
                if case .paused(let remaining) = measure.state { object["paused_remaining_seconds"] = Int(remaining) }
                return object
            }
            try JSONLines.print([
                "conversation": conversation, "policy": resolved.policy.name, "calendar": resolved.calendarName,
                "time_zone": resolved.calendar.timeZone.identifier,
                "status": stored.status.rawValue, "priority": stored.priority.label, "at": iso.string(from: now),
                "risk": Self.riskName(clock.risk(at: now)), "measures": measures,
            ])
            return
        }
        print("Conversation \(conversation) · \(stored.status.label) · \(stored.priority.label) · policy \"\(TerminalText.safe(resolved.policy.name))\" on the \(resolved.calendarName) calendar")
        if clock.measures.isEmpty { print("  no clock: the customer has not written yet") }
        for measure in clock.measures {
            let target = ConfigurationPrinter.durationText(measure.target)
            var line = "  \(measure.kind.label.padded(12))target \(target.padded(7))"
            switch measure.state {
            case .running:
                let left = measure.timeLeft(at: now) ?? 0
                line += left >= 0 ? "due \(Self.local(measure.dueAt)), in \(DurationText.short(left))"
                                  : "due \(Self.local(measure.dueAt)), overdue by \(DurationText.short(-left))"
                line += " (\(Self.riskName(measure.risk(at: now, calendar: clock.calendar))))"
            case .paused(let remaining):
                line += "paused while pending on the customer, \(DurationText.short(max(0, remaining))) of business time left"
            case .met:
                line += "met \(Self.local(measure.completedAt))"
            case .missed:
                line += "missed: done \(Self.local(measure.completedAt)), due \(Self.local(measure.dueAt))"
            }
            print(line)
        }
    }

    static func local(_ date: Date?) -> String {
        guard let date else { return "-" }
        return date.formatted(Date.FormatStyle(date: .numeric, time: .shortened).locale(Locale(identifier: "en_GB")))
    }

    static func stateName(_ state: SLAMeasure.State) -> String {
        switch state {
        case .running: "running"
        case .paused: "paused"
        case .met: "met"
        case .missed: "missed"
        }
    }

    static func riskName(_ risk: SLAMeasure.Risk) -> String {
        switch risk {
        case .none: "none"
        case .onTrack: "on_track"
        case .atRisk: "at_risk"
        case .breached: "breached"
        }
    }
}
