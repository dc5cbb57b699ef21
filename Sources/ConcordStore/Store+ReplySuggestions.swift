import Foundation
import ConversationEngine

/// The customer's side of a conversation as a reply suggestion needs it: what they wrote
/// last, and everything around it (channel, wait, tenure, promises, what they were told).
public struct ReplyBasis: Sendable {
    public var conversation: Conversation
    public var customer: Customer
    /// The customer's messages since the last answer (or their last message when all were answered).
    public var latestInbound: [Message]
    /// The channel to answer on: the one the customer last wrote on.
    public var replyChannel: Channel
    public var request: ReplySuggestionRequest
}

extension Store {
    /// How many of the customer's newest messages are read for their phrase history.
    public static var replyHistoryLimit: Int { 200 }

    /// Everything `ReplySuggester` needs for a reply on conversation `id`, read from the store:
    /// the unanswered inbound messages as the text, the customer's language as tie-breaker, the
    /// context (public post, the running reply clock against its SLA target, tenure, loyalty,
    /// overdue promises, earlier contacts in 14 days) and the phrase history from every
    /// outbound message to the customer. Nil when the conversation does not exist.
    /// - Parameter sla: the conversation's clocks when the caller already replayed them (the
    ///   console does on every selection); replayed here when nil.
    public func replyBasis(for id: ConversationID, policies: SLAPolicyBook, agentName: String?, now: Date,
                           seed: UInt64? = nil, sla known: ConversationSLA? = nil) throws -> ReplyBasis? {
        guard let conversation = try conversation(id), let customer = try customer(conversation.customerID) else { return nil }
        let messages = try messages(in: id).filter { $0.sentAt <= now }
        let lastOutbound = messages.lastIndex { $0.direction == .outbound }
        var latest = messages[(lastOutbound.map { $0 + 1 } ?? 0)...].filter { $0.direction == .inbound && !Self.words(of: $0).isEmpty }
        if latest.isEmpty, let last = messages.last(where: { $0.direction == .inbound && !Self.words(of: $0).isEmpty }) {
            latest = [last]
        }
        let newest = latest.last
        let replyChannel = newest?.channel ?? conversation.originChannel
        let fortnightAgo = now.addingTimeInterval(-14 * 86_400)
        let earlierContacts = messages.filter { message in
            message.direction == .inbound && message.sentAt >= fortnightAgo && !latest.contains { $0.id == message.id }
        }.count

        let promises = try promises(of: customer.id)
        var context = SituationContext(channel: replyChannel, isPublic: newest?.social?.visibility == .public,
                                       tenureYears: customer.tenureYears(at: now), loyalty: customer.loyalty,
                                       overduePromises: promises.filter { $0.isOverdue(at: now) },
                                       priorContacts: earlierContacts, now: now)
        let replayed = try known.flatMap { $0.conversation.id == id ? $0 : nil } ?? sla(of: id, policies: policies)
        if let clock = replayed?.clock,
           let measure = [clock.nextResponse, clock.firstResponse].compactMap({ $0 }).first(where: { $0.isOpen }) {
            context.waited = clock.calendar.businessDuration(from: measure.startedAt, to: now)
            context.replyTarget = measure.target
        }

        let outbound = try timeline(of: customer.id, before: nil, limit: Self.replyHistoryLimit)
            .filter { $0.direction == .outbound && !$0.text.isEmpty }
        let history = PhraseHistory(sentTexts: outbound.map { PhraseHistory.SentText(sentAt: $0.sentAt, text: $0.text) })
        let openPromise = promises.filter { $0.conversationID == id && $0.state(at: now) == .open }.min { $0.dueAt < $1.dueAt }
        let zone = customer.timeZone.flatMap(TimeZone.init(identifier:)) ?? PlaceholderValues.utc
        let request = ReplySuggestionRequest(
            text: latest.map(Self.words(of:)).joined(separator: "\n"), preferredLanguage: customer.language,
            customerName: customer.name, timeZone: zone, context: context, history: history, agentName: agentName,
            promise: openPromise, now: now, seed: seed ?? UInt64(bitPattern: id.rawValue))
        return ReplyBasis(conversation: conversation, customer: customer, latestInbound: latest, replyChannel: replyChannel,
                          request: request)
    }

    /// The consistency warnings for a draft on conversation `id`: compared with everything the
    /// customer was told on any channel, their open promises, and the honest reply time of the
    /// channel it goes out on (the draft's own, else the customer's last).
    public func draftWarnings(for draft: Draft, checker: ConsistencyChecker, policies: SLAPolicyBook,
                              now: Date) throws -> [DraftWarning] {
        guard !draft.isBlank, let conversation = try conversation(draft.conversationID),
              let customer = try customer(conversation.customerID) else { return [] }
        let channel = try draft.channel
            ?? messages(in: conversation.id).last(where: { $0.direction == .inbound })?.channel ?? conversation.originChannel
        let history = try timeline(of: customer.id, before: nil, limit: ConsistencyChecker.historyLimit * 2)
        let openPromises = try promises(of: customer.id).filter { $0.state == .open }
        let zone = customer.timeZone.flatMap(TimeZone.init(identifier:)) ?? PlaceholderValues.utc
        let honest = try HonestReplyTime.estimate(on: channel, priority: conversation.priority, team: conversation.queue,
                                                  store: self, policies: policies, at: now)
        let language = draft.language ?? LanguageGuesser.guess(draft.text, preferred: customer.language) ?? customer.language
        return checker.check(draft: draft.text, language: language, channel: channel, at: now, history: history,
                             openPromises: openPromises, honestReplyTime: honest.seconds, timeZone: zone)
    }

    /// A message's words: its text, or a call's transcript.
    static func words(of message: Message) -> String {
        let text = message.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? (message.call?.transcript ?? "").trimmingCharacters(in: .whitespacesAndNewlines) : text
    }
}
