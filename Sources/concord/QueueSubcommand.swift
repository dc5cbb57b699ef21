import ArgumentParser
import ConcordConsole
import ConcordStore
import ConversationEngine
import Foundation

/// `concord queue`: the queue as text, for scripts and quick looks over SSH.
struct QueueSubcommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue", abstract: "Print the queue of open conversations, what breaches first at the top.")

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Ordering: due, priority, wait, recent or sentiment (angriest first).", valueName: "order"))
    var order: String = "due"

    @Option(help: ArgumentHelp("Only conversations started on these channels (comma-separated, or repeated).", valueName: "channel"))
    var channel: [String] = []

    @Option(help: ArgumentHelp("Only these statuses: new, open, pending, internal (active ones), resolved, closed.", valueName: "status"))
    var status: [String] = []

    @Option(help: ArgumentHelp("Only customers writing in these languages: en, ko, zh, ru, fa.", valueName: "language"))
    var language: [String] = []

    @Option(help: ArgumentHelp("Only this team's queue (support, billing, ...).", valueName: "team"))
    var team: String?

    @Option(help: ArgumentHelp("Only conversations with any of these tags.", valueName: "tag"))
    var tag: [String] = []

    @Flag(help: "Only conversations assigned to you ([agent] login in the configuration).")
    var mine = false

    @Flag(help: "Only conversations nobody is assigned to.")
    var unassigned = false

    @Option(help: "How many conversations to print.")
    var limit: Int = 50

    @Flag(help: "One JSON object per line instead of a table.")
    var json = false

    mutating func run() throws {
        guard let ordering = QueueQuery.Ordering(rawValue: order) else {
            throw ValidationError("Unknown order '\(order)'; use due, priority, wait, recent or sentiment.")
        }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1.") }
        if mine && unassigned { throw ValidationError("--mine and --unassigned exclude each other; give one.") }
        let configuration = try store.loadConfiguration()
        let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
        let now = Date()
        var query = try Self.filters(channels: channel, statuses: status, languages: language, tags: tag)
        query.ordering = ordering
        query.limit = limit
        query.asOf = now
        query.queueName = team
        query.unassignedOnly = unassigned
        if mine {
            // An agent the store does not know yet has nothing assigned: an id no row has.
            query.assignee = try CurrentAgent.configured(configuration, store: opened)?.id ?? AgentID(-1)
        }
        let rows = try opened.queue(query)
        let logins = json ? Dictionary(try opened.agents().map { ($0.id, $0.login) }) { first, _ in first } : [:]
        for row in rows {
            let conversation = row.conversation
            let wait = conversation.waitDuration(at: now).map(DurationText.short) ?? "-"
            if json {
                var object: [String: Any] = [
                    "id": conversation.id.rawValue, "conversation": conversation.id.rawValue,
                    "customer": conversation.customerID.rawValue,
                    "name": row.customerName.displayName, "channel": row.lastChannel.rawValue,
                    "status": conversation.status.rawValue, "priority": conversation.priority.label,
                    "subject": conversation.subject, "overdue_promises": row.overduePromises,
                ]
                object["waiting_seconds"] = conversation.waitDuration(at: now).map { Int($0) }
                object["response_due"] = conversation.responseDueAt.map { ISO8601DateFormatter().string(from: $0) }
                object["sla_due"] = object["response_due"]
                object["waiting_since"] = conversation.waitingSince.map { ISO8601DateFormatter().string(from: $0) }
                object["sentiment"] = conversation.sentiment.map { (($0 * 100).rounded() / 100) }
                object["tags"] = conversation.tags
                object["language"] = row.customerLanguage.rawValue
                object["queue"] = conversation.queue
                // The owner's login (null when nobody owns it): what `concord claim --agent` takes.
                if let assignee = conversation.assignee {
                    object["assignee"] = logins[assignee] ?? String(assignee.rawValue)
                } else {
                    object["assignee"] = NSNull()
                }
                let data = try JSONSerialization.data(withJSONObject: object.compactMapValues { $0 }, options: [.sortedKeys])
                print(String(decoding: data, as: UTF8.self))
            } else {
                let line = [
                    String(conversation.id.rawValue).leftPadded(7), " ", row.lastChannel.rawValue.padded(9),
                    conversation.status.label.padded(9), wait.leftPadded(8), " ",
                    TerminalText.safe(row.customerName.displayName), " · ", TerminalText.safe(conversation.subject),
                ].joined()
                print(line)
            }
        }
    }

    /// The queue filters from the command line's lists (each value may itself be comma-separated).
    static func filters(channels: [String], statuses: [String], languages: [String], tags: [String]) throws -> QueueQuery {
        func values(_ list: [String]) -> [String] {
            list.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        }
        var query = QueueQuery()
        let channelValues = try values(channels).map { text in
            guard let channel = Channel(rawValue: text) else {
                throw ValidationError("Unknown channel '\(text)'; use \(Channel.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            return channel
        }
        if !channelValues.isEmpty { query.channels = Set(channelValues) }
        let statusValues = try values(statuses).map { text in
            guard let status = StatusWord.status(text) else {
                throw ValidationError("Unknown status '\(text)'; use new, open, pending, internal, resolved or closed.")
            }
            return status
        }
        if !statusValues.isEmpty { query.statuses = Set(statusValues) }
        let languageValues = try values(languages).map { text in
            guard let language = Language(rawValue: text) else {
                throw ValidationError("Unknown language '\(text)'; use \(Language.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            return language
        }
        if !languageValues.isEmpty { query.languages = Set(languageValues) }
        let tagValues = values(tags).compactMap(ConversationTags.normalized)
        if !tagValues.isEmpty { query.tags = Set(tagValues) }
        return query
    }
}
