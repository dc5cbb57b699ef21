import ArgumentParser
import ConcordConsole
import ConcordKnowledge
import ConcordStore
import ConversationEngine
import Foundation

/// `concord suggest`: what to say to a customer, for a message given on the command line or
/// for a conversation in the store: the language, the form of address, the sentiment, the
/// situations with their evidence, numbered empathy phrases and approved answers.
struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Empathy phrases and approved answers for a customer's message, in the customer's language.",
        discussion: """
            With --text, the message alone (add --name, --lang, --channel and --public for a personal reply). With \
            --conversation, the customer's unanswered messages from the store, with their context: the channel, the \
            wait against the SLA target, tenure and loyalty, overdue promises, and what they were already told (phrases \
            they heard recently are not suggested again). Phrasebooks and answers in $XDG_CONFIG_HOME/concord/phrasebooks \
            and answers/ override the shipped ones.
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: ArgumentHelp("The customer's message.", valueName: "text")) var text: String?
    @Option(help: ArgumentHelp("A conversation in the store to suggest a reply for.", valueName: "id")) var conversation: Int64?
    @Option(help: ArgumentHelp("The customer's preferred language (en, ko, zh, ru, fa): breaks ties when the text's script is ambiguous.",
                               valueName: "code")) var lang: String?
    @Option(help: ArgumentHelp("The channel the message came on (default: email).", valueName: "channel")) var channel: String?
    @Flag(help: "The message is a public social post.") var `public` = false
    @Option(help: ArgumentHelp("The customer's name, addressed in the reply's language.", valueName: "name")) var name: String?
    @Option(help: ArgumentHelp("The replying agent's name (default: [agent] name in config).", valueName: "name")) var agent: String?
    @Option(help: ArgumentHelp("The moment of the reply, as ISO 8601 (default: now).", valueName: "time")) var at: String?
    @Option(help: ArgumentHelp("Varies the choice among equally fitting phrases (default: the conversation id, or 0).",
                               valueName: "n")) var seed: UInt64?
    @Flag(help: "One JSON object instead of text.") var json = false

    mutating func run() throws {
        let now = try at.map(FileIngest.parseTime) ?? Date()
        let preferred = try lang.map(Self.language(code:))
        let configuration = try store.loadConfiguration()
        let agentName = agent ?? configuration.agentName
        let knowledge = try KnowledgeSetup.load()
        let suggester = ReplySuggester(phrasebook: knowledge.phrasebook, answerBook: knowledge.answerBook)

        var extra: [String: Any] = [:]
        let request: ReplySuggestionRequest
        switch (text, conversation) {
        case (let text?, nil):
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw SuggestError.emptyText }
            let replyChannel = try channel.map(SearchCommand.channel(named:)) ?? .email
            let language = LanguageGuesser.detect(text, preferred: preferred)
            request = ReplySuggestionRequest(
                text: text, preferredLanguage: preferred, customerName: name.map { PersonNameParser.parse($0, language: language) },
                context: SituationContext(channel: replyChannel, isPublic: `public`, now: now), agentName: agentName,
                now: now, seed: seed ?? 0)
            extra["channel"] = replyChannel.rawValue
        case (nil, let id?):
            let (opened, _) = try store.openStore(configuration: configuration, mustExist: true)
            guard var basis = try opened.replyBasis(for: ConversationID(id), policies: configuration.slaPolicies,
                                                    agentName: agentName, now: now, seed: seed) else {
                throw SuggestError.unknownConversation(id)
            }
            guard !basis.request.text.isEmpty else { throw SuggestError.nothingToAnswer(id) }
            if let preferred { basis.request.preferredLanguage = preferred }
            request = basis.request
            extra["conversation"] = id
            extra["channel"] = basis.replyChannel.rawValue
            extra["customer"] = basis.customer.id.rawValue
            extra["messages"] = basis.latestInbound.map(\.id.rawValue)
        default:
            throw SuggestError.needsOneSource
        }
        let suggestions = suggester.suggest(request)
        if json {
            try JSONLines.print(Self.json(suggestions).merging(extra) { first, _ in first })
        } else {
            print(Self.text(suggestions), terminator: "")
        }
    }

    static func language(code: String) throws -> Language {
        guard let language = Language(rawValue: code.lowercased()) else { throw SuggestError.unknownLanguage(code) }
        return language
    }

    /// The JSON object: language, address, sentiment, situations, phrases and answers.
    static func json(_ suggestions: ReplySuggestions) -> [String: Any] {
        [
            "language": suggestions.language.rawValue,
            "address": suggestions.address.map { $0 as Any } ?? NSNull(),
            "sentiment": (suggestions.sentiment * 1000).rounded() / 1000,
            "situations": suggestions.situations.map { situation -> [String: Any] in
                ["id": situation.id.rawValue, "confidence": (situation.confidence * 1000).rounded() / 1000,
                 "evidence": situation.evidence]
            },
            "phrases": suggestions.phrases.map { phrase -> [String: Any] in
                ["number": phrase.number, "text": phrase.text, "situation": phrase.situation.rawValue,
                 "kind": phrase.kind.rawValue, "id": phrase.phrase.id]
            },
            "answers": suggestions.answers.enumerated().map { index, answer -> [String: Any] in
                ["number": suggestions.number(ofAnswerAt: index), "id": answer.answer.id, "title": answer.title,
                 "text": answer.text, "language": answer.language.rawValue, "unfilled": answer.unfilled]
            },
        ]
    }

    /// The readable form: a header line, the situations with evidence, then the numbered
    /// phrases and answers.
    static func text(_ suggestions: ReplySuggestions) -> String {
        var out = "Language: \(suggestions.language.rawValue) (\(suggestions.language.nativeName))"
        if let address = suggestions.address { out += " · address: \(TerminalText.safe(address))" }
        out += String(format: " · sentiment %+.2f\n", suggestions.sentiment)
        if suggestions.situations.isEmpty { out += "\nNo particular situation detected.\n" }
        for situation in suggestions.situations {
            let evidence = situation.evidence.map { "“\(TerminalText.safe($0))”" }.joined(separator: ", ")
            out += "\n\(situation.id.rawValue) \(Int((situation.confidence * 100).rounded()))%"
            out += evidence.isEmpty ? "" : ": \(evidence)"
        }
        if !suggestions.situations.isEmpty { out += "\n" }
        if !suggestions.phrases.isEmpty { out += "\nPhrases\n" }
        for phrase in suggestions.phrases {
            out += "\(phrase.number). [\(phrase.kind.rawValue)] \(TerminalText.safe(phrase.text))\n"
        }
        if !suggestions.answers.isEmpty { out += "\nAnswers\n" }
        for (index, answer) in suggestions.answers.enumerated() {
            out += "\(suggestions.number(ofAnswerAt: index)). \(TerminalText.safe(answer.title)) (\(answer.answer.id))\n"
            for line in answer.text.split(separator: "\n", omittingEmptySubsequences: false) {
                out += "   \(TerminalText.safe(String(line)))\n"
            }
        }
        return out
    }
}
