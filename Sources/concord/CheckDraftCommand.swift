import ArgumentParser
import ConcordConsole
import ConcordStore
import ConversationEngine
import Foundation

/// `concord check-draft`: what a reply would contradict or over-promise, before it is sent.
struct CheckDraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-draft",
        abstract: "Check a draft reply against everything the customer was told on any channel and the open promises.",
        discussion: """
            Warnings quote the earlier message (channel, date, agent): a different amount, duration, date or refund \
            method, a promise later than an open one, or a reply time faster than the team honestly manages on the \
            channel (the median first reply of the last 30 days, or the SLA target while there are too few). The exit \
            status is 0 whether or not there are warnings; sending anyway is the agent's decision.
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("The conversation the reply is for.", valueName: "id")) var conversation: Int64
    @Option(help: ArgumentHelp("The draft text.", valueName: "text")) var text: String
    @Option(help: ArgumentHelp("The channel it will go out on (default: the customer's last channel in this conversation).",
                               valueName: "channel")) var channel: String?
    @Option(help: ArgumentHelp("When it will be sent, as ISO 8601 (default: now).", valueName: "time")) var at: String?
    @Flag(help: "One JSON object instead of text.") var json = false

    mutating func run() throws {
        let now = try at.map(FileIngest.parseTime) ?? Date()
        let configuration = try store.loadConfiguration()
        let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
        let id = ConversationID(conversation)
        guard let stored = try opened.conversation(id), let customer = try opened.customer(stored.customerID) else {
            throw CLIError("There is no conversation \(conversation); `concord queue` shows the ids.")
        }
        let messages = try opened.messages(in: id)
        let replyChannel = try channel.map(SearchCommand.channel(named:))
            ?? messages.last(where: { $0.direction == .inbound })?.channel ?? stored.originChannel
        let history = try opened.timeline(of: customer.id, before: nil, limit: ConsistencyChecker.historyLimit * 2)
        let openPromises = try opened.promises(of: customer.id).filter { $0.state == .open }
        let zone = customer.timeZone.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")!
        let honest = try HonestReplyTime.estimate(on: replyChannel, priority: stored.priority, team: stored.queue, store: opened,
                                                  policies: configuration.slaPolicies, at: now)
        let language = LanguageGuesser.guess(text, preferred: customer.language) ?? customer.language
        let warnings = ConsistencyChecker().check(draft: text, language: language, channel: replyChannel, at: now, history: history,
                                                  openPromises: openPromises, honestReplyTime: honest.seconds, timeZone: zone)
        let promises = PromiseExtractor().extract(from: text, language: language, sentAt: now, timeZone: zone)
        let iso = ISO8601DateFormatter()
        if json {
            try JSONLines.print([
                "conversation": conversation, "channel": replyChannel.rawValue, "language": language.rawValue,
                "honest_reply_seconds": honest.seconds.map { Int($0) } as Any, "honest_reply_basis": honest.basis,
                "warnings": warnings.map { warning -> [String: Any] in
                    var object: [String: Any] = ["kind": warning.kind.rawValue, "message": warning.message, "quote": warning.quote,
                                                 "draft_words": warning.draftWords]
                    object["earlier_message"] = warning.earlierMessageID?.rawValue
                    object["earlier_channel"] = warning.earlierChannel?.rawValue
                    object["earlier_at"] = warning.earlierAt.map(iso.string(from:))
                    object["earlier_agent"] = warning.earlierAgent
                    return object
                },
                "promises": promises.map { ["text": $0.text, "kind": $0.kind.rawValue, "due_at": iso.string(from: $0.dueAt),
                                            "expression": $0.expression] },
            ])
            return
        }
        if warnings.isEmpty { print("No warnings: the draft agrees with what this customer was told.") }
        for warning in warnings {
            print("! \(TerminalText.safe(warning.message))")
            if !warning.quote.isEmpty { print("  earlier: “\(TerminalText.safe(warning.quote))”") }
        }
        for promise in promises {
            print("  promise: “\(TerminalText.safe(promise.text))” due \(iso.string(from: promise.dueAt))")
        }
    }
}
