import ArgumentParser
import ConcordStore
import ConversationEngine
import Foundation

/// `concord search`: full-text search over every message, in all five languages.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search every message (subjects, texts, call transcripts, attachment names, names) and customers.",
        discussion: """
            Every word must match, case-insensitively; a word also matches longer words it begins (refund finds refunds).
            Chinese and Korean words are found inside longer runs (退款 in 退款什么时候到账, 환불 in 환불이).
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "What to search for.")
    var words: [String]

    @Option(help: "How many results to print.")
    var limit: Int = 20

    @Flag(help: "One JSON object per line instead of text.")
    var json = false

    @Flag(help: "Print only the number of matching messages.")
    var count = false

    @Option(name: .customLong("channel"), help: ArgumentHelp("Only messages on this channel (repeatable): email, chat, phone, sms, x, facebook, instagram, whatsapp, telegram, note.", valueName: "channel"))
    var channels: [String] = []

    @Option(help: ArgumentHelp("Only this customer's messages.", valueName: "id"))
    var customer: Int64?

    mutating func run() throws {
        let query = words.joined(separator: " ")
        guard !query.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("Give some words to search for.") }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1.") }
        var channelSet: Set<Channel> = []
        for name in channels {
            channelSet.insert(try Self.channel(named: name))
        }
        let configuration = try store.loadConfiguration()
        let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
        let search = SearchQuery(query, customer: customer.map(CustomerID.init(rawValue:)),
                                 channels: channelSet.isEmpty ? nil : channelSet, limit: limit)
        if count {
            print(try opened.searchCount(search))
            return
        }
        if !json && customer == nil && channelSet.isEmpty {
            for match in try opened.findCustomers(query, limit: 10) {
                print("customer \(match.id)  \(TerminalText.safe(match.name.displayName))")
            }
        }
        let hits = try opened.search(search)
        let formatter = ISO8601DateFormatter()
        for hit in hits {
            if json {
                var object: [String: Any] = [
                    "message": hit.messageID.rawValue, "conversation": hit.conversationID.rawValue,
                    "customer": hit.customerID.rawValue, "customer_name": hit.customerName, "channel": hit.channel.rawValue,
                    "direction": hit.direction.rawValue, "sent_at": formatter.string(from: hit.sentAt), "snippet": hit.snippet,
                ]
                object["subject"] = hit.subject
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                print(String(decoding: data, as: UTF8.self))
            } else {
                print("\(formatter.string(from: hit.sentAt))  \(hit.channel.rawValue.padded(9))#\(hit.conversationID)  \(TerminalText.safe(hit.customerName))")
                print("    \(TerminalText.safe(hit.snippet))")
            }
        }
        if hits.isEmpty && !json {
            FileHandle.standardError.write(Data("No messages match \"\(TerminalText.safe(query))\".\n".utf8))
        }
    }

    /// The channel a user named on the command line.
    static func channel(named name: String) throws -> Channel {
        guard let channel = Channel(rawValue: name.lowercased()) else {
            throw ValidationError("Unknown channel '\(name)'; use one of \(Channel.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        return channel
    }
}
