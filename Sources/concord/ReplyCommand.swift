import ArgumentParser
import ConcordStore
import ConversationEngine
import Foundation

/// `concord reply`: answers a conversation from a script or over SSH. The reply is stored as
/// the console stores it: on the timeline (pending), in the outbox, its promises in the ledger.
struct ReplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reply",
        abstract: "Reply to a conversation: the message goes on the timeline and into the outbox.",
        discussion: """
            The reply goes on the conversation's own channel unless --channel names another one the customer has \
            (`concord reply ID --routes` lists them). A public X post is answered publicly; --private sends a direct \
            message instead. The conversation is then pending on the customer (--keep-status leaves it as it is).             With --after MESSAGE_ID (the latest message you read) the reply is held, with exit status 4 and a line             saying what came, when the customer wrote again or a colleague answered since.
            """)

    /// The exit status when the reply was held because the conversation moved on after `--after`.
    static let heldAsStale: Int32 = 4

    @OptionGroup var store: StoreOptions
    @Argument(help: "The conversation id.") var conversation: Int64
    @Option(help: "The reply's text.") var text: String?
    @Option(help: ArgumentHelp("The channel to answer on (email, sms, whatsapp, chat, x, facebook, instagram, telegram).",
                               valueName: "channel"))
    var channel: String?
    @Option(help: "The subject of an email reply (default: Re: and the customer's subject).") var subject: String?
    @Option(name: .customLong("as"), help: ArgumentHelp("Reply as this agent (default: [agent] login).", valueName: "login"))
    var login: String?
    @Flag(name: .customLong("private"), help: "On X, a direct message rather than a public reply.") var privately = false
    @Flag(help: "Leave the conversation's status as it is.") var keepStatus = false
    @Flag(help: "List the routes the customer can be answered on, and send nothing.") var routes = false
    @Option(help: ArgumentHelp("When it was sent, as ISO 8601 (default: now).", valueName: "time")) var at: String?
    @Option(help: ArgumentHelp("The latest message you read: hold the reply (exit status 4) if anything that matters came after it.",
                               valueName: "message-id")) var after: Int64?
    @Flag(help: "One JSON object instead of text.") var json = false

    mutating func run() throws {
        let when = try at.map(FileIngest.parseTime) ?? Date()
        let (configuration, opened, current) = try ConversationArgument.open(conversation, with: store)
        let available = try opened.replyRoutes(for: current.id)
        if routes {
            for route in available {
                if json {
                    try JSONLines.print(["channel": route.channel.rawValue, "recipient": route.recipient.description,
                                         "label": route.label, "public": route.isPublic])
                } else {
                    print("\(route.channel.rawValue.padded(10))\(TerminalText.safe(route.label)) · \(TerminalText.safe(route.recipient.description))")
                }
            }
            if available.isEmpty && !json { print("The customer has no address Concord can answer on.") }
            return
        }
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError("Give the reply's text with --text.")
        }
        let route = try Self.route(channel: channel, privately: privately, among: available)
        let agent = try CurrentAgent.resolve(login: login, configuration: configuration, store: opened)
        let reply = OutgoingReply(conversationID: current.id, route: route, subject: subject, body: text,
                                  author: .agent(agent.name, id: agent.id), basis: after.map { MessageID($0) })
        let sent: SentReply
        do {
            sent = try opened.write { try $0.sendReply(reply, at: when, setPending: !keepStatus) }
        } catch ReplyError.staleDraft(_, let stale) {
            FileHandle.standardError.write(Data("""
                Not sent: \(stale.summary) The latest is message \(stale.latest); read it, then reply again with --after \(stale.latest).

                """.utf8))
            throw ExitCode(Self.heldAsStale)
        } catch let error as ReplyError {
            throw CLIError(error.description)
        }
        if json {
            var object: [String: Any] = [
                "conversation": conversation, "message": sent.message.id.rawValue, "outbox": sent.outbox.id,
                "channel": route.channel.rawValue, "recipient": route.recipient.description, "route": route.label,
                "delivery": sent.message.delivery?.rawValue ?? "pending",
                "usage": route.usage(of: text).summary,
                "promises": sent.promises.map { PromiseJSON.object($0, at: when) },
            ]
            object["subject"] = sent.outbox.subject
            object["status"] = try opened.conversation(current.id)?.status.rawValue
            return try JSONLines.print(object)
        }
        print("Reply to conversation \(conversation) queued as outbox item \(sent.outbox.id) (\(TerminalText.safe(route.label)) to "
              + "\(TerminalText.safe(route.recipient.description)), \(route.usage(of: text).summary)).")
        for promise in sent.promises {
            print("Promise recorded: \(TerminalText.safe(promise.text)), due \(CustomerJSON.iso(promise.dueAt)).")
        }
    }

    /// The route `--channel` asks for, or the conversation's own (the first).
    static func route(channel: String?, privately: Bool, among routes: [ReplyRoute]) throws -> ReplyRoute {
        var candidates = routes
        if let channel {
            guard let wanted = Channel(rawValue: channel.lowercased()), wanted != .note, wanted != .phone else {
                throw ValidationError("Unknown reply channel '\(channel)'; use email, sms, whatsapp, chat, x, facebook, instagram or telegram.")
            }
            candidates = routes.filter { $0.channel == wanted }
            guard !candidates.isEmpty else {
                let offered = Set(routes.map(\.channel.rawValue)).sorted()
                throw CLIError("The customer has no \(wanted.label) address"
                               + (offered.isEmpty ? "." : "; they can be answered on \(offered.joined(separator: ", ")).")
                               + " `concord reply ID --routes` lists the routes.")
            }
        }
        if privately { candidates = candidates.filter { !$0.isPublic } }
        guard let route = candidates.first else {
            throw CLIError("The customer has no address Concord can answer on; add one by ingesting a message from it.")
        }
        return route
    }
}
