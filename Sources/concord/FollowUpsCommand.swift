import ArgumentParser
import ConcordConsole
import ConcordStore
import ConversationEngine
import Foundation

/// `concord follow-ups`: the follow-up tasks resolutions scheduled, and queueing the due ones.
struct FollowUpsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow-ups",
        abstract: "List follow-ups after resolutions and queue the due ones (\"did it work?\" with a 1-5 survey).",
        discussion: """
            Resolving a conversation schedules a follow-up after [follow_ups] after (a day by default), on the channel \
            [follow_ups] channel names for the channel the case was solved on. A customer who writes again first cancels it. \
            `run` queues the due ones in the outbox; running it again queues nothing twice.
            """,
        subcommands: [List.self, Run.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List follow-ups, soonest due first.")
        @OptionGroup var store: StoreOptions
        @Flag(help: "Only those due now and not yet queued.") var due = false
        @Option(help: "How many to print.") var limit = 100
        @Flag(help: "One JSON object per line.") var json = false

        mutating func run() throws {
            guard limit > 0 else { throw ValidationError("--limit must be at least 1.") }
            let configuration = try store.loadConfiguration()
            let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
            let now = Date()
            let tasks = try opened.followUps(states: due ? [.scheduled] : nil, dueBy: due ? now : nil, limit: limit)
            for task in tasks {
                if json {
                    try JSONLines.print(FollowUpsCommand.object(task))
                } else {
                    print(FollowUpsCommand.line(task, now: now))
                }
            }
            if tasks.isEmpty && !json { print(due ? "No follow-ups are due." : "No follow-ups yet: they are scheduled when a conversation is resolved.") }
        }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Queue every due follow-up in the outbox (idempotent).")
        @OptionGroup var store: StoreOptions
        @Option(help: ArgumentHelp("Act as if it were this time, as ISO 8601 (default: now).", valueName: "time")) var at: String?
        @Flag(help: "One JSON object per line.") var json = false

        mutating func run() throws {
            let now = try at.map(FileIngest.parseTime) ?? Date()
            let configuration = try store.loadConfiguration()
            let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
            let done = try opened.write { try $0.queueDueFollowUps(at: now) }
            for task in done {
                if json { try JSONLines.print(FollowUpsCommand.object(task)) } else { print(FollowUpsCommand.line(task, now: now)) }
            }
            if !json {
                let queued = done.filter { $0.state == .queued }.count
                print("Queued \(queued) follow-up\(queued == 1 ? "" : "s")\(done.count > queued ? "; \(done.count - queued) had no address to go to" : "").")
            }
        }
    }

    static func object(_ task: FollowUp) -> [String: Any] {
        var object: [String: Any] = [
            "id": task.id, "conversation": task.conversationID.rawValue, "customer": task.customerID.rawValue,
            "fix_channel": task.fixChannel.rawValue, "resolved_at": CustomerJSON.iso(task.resolvedAt),
            "due_at": CustomerJSON.iso(task.dueAt), "state": task.state.rawValue, "survey": task.surveyToken != nil,
        ]
        object["channel"] = task.channel?.rawValue
        object["recipient"] = task.recipient?.description
        object["agent"] = task.agentID?.rawValue
        object["queued_at"] = task.queuedAt.map(CustomerJSON.iso)
        object["reason"] = task.reason
        return object
    }

    static func line(_ task: FollowUp, now: Date) -> String {
        let when = task.state == .scheduled ? DurationText.relative(task.dueAt, to: now) : task.state.rawValue
        let route = "\(task.fixChannel.rawValue) -> \(task.channel?.rawValue ?? "?")"
        return [String(task.id).leftPadded(6), " conversation ", String(task.conversationID.rawValue).padded(7), route.padded(18),
                task.state.rawValue.padded(12), when, task.reason.map { " (\(TerminalText.safe($0)))" } ?? ""].joined()
    }
}
