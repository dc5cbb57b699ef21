import Foundation

/// Decides what one `InboundEvent` means: which customer it belongs to, which conversation
/// it continues, and how that conversation's clocks move.
///
/// The pipeline is: dedupe -> resolve the identity to a customer (exact match on normalised
/// identities; a shared identity links channels, so one phone number on SMS, calls and
/// WhatsApp is one customer) -> thread into a conversation -> update the conversation.
/// Pure: it asks an `IngestIndex` what is stored and returns a plan for the store to apply.
public struct IngestPlanner: Sendable {
    /// Calls, SMS and social messages without a thread of their own join the customer's
    /// active conversation if it saw activity this recently.
    public var joinWindow: TimeInterval
    /// Subject threading (the last resort for email) only looks this far back.
    public var subjectWindow: TimeInterval
    public var lifecycle: ConversationLifecycle
    /// How addresses compare (plus-addressing, provider rules), applied to every event first.
    public var identityPolicy: IdentityPolicy
    /// The region national phone numbers written in message text are read in, for merge evidence.
    public var defaultRegion: String?

    public init(joinWindow: TimeInterval = 7 * 86_400, subjectWindow: TimeInterval = 30 * 86_400,
                lifecycle: ConversationLifecycle = ConversationLifecycle(), identityPolicy: IdentityPolicy = .standard,
                defaultRegion: String? = nil) {
        self.joinWindow = joinWindow
        self.subjectWindow = subjectWindow
        self.lifecycle = lifecycle
        self.identityPolicy = identityPolicy
        self.defaultRegion = defaultRegion
    }

    /// Returns `.duplicate` when the event is already stored, otherwise the plan to store it.
    /// - Parameter reading: what `read(_:)` found in the event's words, when read ahead (bulk
    ///   ingest reads it on another thread); read here when nil.
    public func plan(_ rawEvent: InboundEvent, index: some IngestIndex, reading: EventReading? = nil) throws -> Decision {
        // Card numbers are masked before anything is kept, indexed or hashed (see `CardNumberMask`).
        let event = identityPolicy.apply(to: rawEvent).maskingCardNumbers()
        let dedupeKey = event.dedupeKey
        if let existing = try index.message(withDedupeKey: dedupeKey) {
            return .duplicate(existing)
        }
        guard !event.customer.identities.isEmpty else {
            throw IngestError.noCustomerIdentity(channel: event.channel)
        }
        guard !event.text.isEmpty || event.call != nil || !event.attachments.isEmpty else {
            throw IngestError.emptyEvent(channel: event.channel)
        }

        // 1. Identity resolution.
        let identities = unique(event.customer.identities)
        let owners = try index.owners(of: identities)
        let ownerIDs = Set(owners.values).sorted()
        let customerChoice: IngestPlan.CustomerChoice
        let customerID: CustomerID
        if let oldest = ownerIDs.first {
            customerChoice = .existing(oldest)
            customerID = oldest
        } else {
            let customer = newCustomer(from: event)
            customerChoice = .new(customer)
            customerID = customer.id
        }
        let newIdentities = identities.filter { owners[$0] == nil }

        // 2. The message itself.
        let message = Message(
            id: MessageID(0), conversationID: ConversationID(0), customerID: customerID, channel: event.channel,
            direction: event.direction, author: Self.author(of: event), sentAt: event.occurredAt,
            subject: event.subject.map(Self.cleanSubject), text: event.text, call: event.call, social: event.social,
            email: event.email, attachments: event.attachments, dedupeKey: dedupeKey,
            customerIdentity: identities.first)

        // 3. Threading.
        let isNewCustomer = ownerIDs.isEmpty
        let (found, reason) = try isNewCustomer && event.thread.conversationID == nil
            ? (nil, .newConversation)
            : thread(event, customer: customerID, index: index)
        var conversationChoice: IngestPlan.ConversationChoice
        var threadingReason = reason
        if let found {
            var linked = message
            linked.conversationID = found.id
            conversationChoice = .existing(lifecycle.apply(linked, to: found))
        } else {
            threadingReason = .newConversation
            conversationChoice = .new(lifecycle.open(
                for: message, subject: subject(for: event), queue: event.queue ?? "support",
                priority: event.priority ?? .normal))
        }
        var finalMessage = message
        if case .existing(let conversation) = conversationChoice { finalMessage.conversationID = conversation.id }
        if event.direction == .inbound, message.sentAt >= (found?.lastInboundAt ?? .distantPast),
           let feeling = reading.map(\.sentiment) ?? self.sentiment(of: event) {
            // The queue orders by how the customer sounded last: only their newest message counts.
            switch conversationChoice {
            case .existing(var conversation):
                conversation.sentiment = feeling
                conversationChoice = .existing(conversation)
            case .new(var conversation):
                conversation.sentiment = feeling
                conversationChoice = .new(conversation)
            }
        }

        return .store(IngestPlan(
            customer: customerChoice, newIdentities: newIdentities, conversation: conversationChoice,
            message: finalMessage, threadKeys: threadKeys(for: event), mergeCandidates: Array(ownerIDs.dropFirst()),
            threadingReason: threadingReason,
            evidence: evidence(for: event, isNewCustomer: isNewCustomer, phonesInText: reading?.phonesInText),
            previousConversation: found, promises: promises(in: event, conversation: conversationChoice, ahead: reading),
            learnedName: isNewCustomer ? nil : learnedName(from: event, identities: identities)))
    }

    /// A real name the customer gives on an inbound message (not one of their own numbers or
    /// addresses repeated back), for a customer who may so far be known only by one.
    private func learnedName(from event: InboundEvent, identities: [Identity]) -> PersonName? {
        guard event.direction == .inbound, let name = event.customer.name else { return nil }
        // Trimmed without Foundation: this runs on the writer for every message of a known customer.
        let shown = String(Whitespace.trimmed(name.displayName))
        guard shown.unicodeScalars.contains(where: \.properties.isAlphabetic) else { return nil }
        return Self.isPlaceholder(shown, of: identities) ? nil : name
    }

    /// Reads what planning needs from the event's own words (see `EventReading`): pure, so
    /// bulk ingest runs it on the parsing threads.
    public func read(_ event: InboundEvent) -> EventReading {
        read([event])[0]
    }

    /// The readings of many events, one kind of reading at a time over all of them: each kind
    /// keeps its own tables (lexicon automata, compiled patterns) hot in the cache, which
    /// reading event by event between MIME parses did not (sentiment and promises took twice as
    /// long in ingest as on their own).
    public func read(_ events: [InboundEvent]) -> [EventReading] {
        let phones = events.map(phoneNumbers(in:))
        let sentiments = events.map(sentiment(of:))
        let promises = events.map(readPromises(of:))
        return events.indices.map { index in
            EventReading(phonesInText: phones[index], sentiment: sentiments[index], promises: promises[index])
        }
    }

    /// The promises of an outbound event, read on the calendar of the queue and priority a new
    /// conversation would get (an existing one usually has the same); nil for other events.
    public func readPromises(of event: InboundEvent) -> PromiseReading? {
        guard readsPromises(in: event) else { return nil }
        return promiseReading(of: event, calendar: calendar(for: event, priority: event.priority ?? .normal,
                                                            team: event.queue ?? "support"))
    }

    /// The time commitments of an outbound message (a person's reply or an automatic
    /// acknowledgement: both are promises the customer will hold the team to), due on the
    /// customer's clock and the team's business calendar.
    /// A reading made ahead is used when it was pinned on the calendar the conversation keeps.
    private func promises(in event: InboundEvent, conversation choice: IngestPlan.ConversationChoice,
                          ahead reading: EventReading?) -> [ExtractedPromise] {
        guard readsPromises(in: event) else { return [] }
        let conversation: Conversation = switch choice {
        case .existing(let existing): existing
        case .new(let new): new
        }
        let calendar = calendar(for: event, priority: conversation.priority, team: conversation.queue)
        if let ahead = reading?.promises, ahead.calendar == calendar { return ahead.promises }
        return promiseReading(of: event, calendar: calendar).promises
    }

    private func readsPromises(in event: InboundEvent) -> Bool {
        event.direction == .outbound && event.findsPromises && !event.text.isEmpty
    }

    private func calendar(for event: InboundEvent, priority: Priority, team: String) -> BusinessCalendar {
        lifecycle.policies.resolve(channel: event.channel, priority: priority, team: team).calendar
    }

    private func promiseReading(of event: InboundEvent, calendar: BusinessCalendar) -> PromiseReading {
        let zone = event.customer.timeZone.flatMap(TimeZone.init(identifier:)) ?? calendar.timeZone
        let language = LanguageGuesser.guess(event.text, preferred: event.customer.language) ?? event.customer.language ?? .en
        return PromiseReading(calendar: calendar, promises: PromiseExtractor().extract(
            from: event.text, language: language, sentAt: event.occurredAt, timeZone: zone,
            calendar: calendar.isAlwaysOpen ? nil : calendar))
    }

    /// How the customer sounds in an inbound event (its text, or a call's transcript); nil for
    /// other directions and for events without words. Pure, so bulk ingest runs it on the
    /// parsing threads.
    public func sentiment(of event: InboundEvent) -> Double? {
        guard event.direction == .inbound else { return nil }
        let text = event.text.isEmpty ? (event.call?.transcript ?? "") : event.text
        guard !text.isEmpty else { return nil }
        return Sentiment.ofCustomerMessage(text, preferred: event.customer.language)
    }

    /// Weak evidence on an inbound event: phone numbers in its text, and for a new customer
    /// their name at a company email domain.
    private func evidence(for event: InboundEvent, isNewCustomer: Bool, phonesInText: [String]?) -> [EvidenceProbe] {
        guard event.direction == .inbound else { return [] }
        let own = Set(event.customer.identities.filter { $0.kind == .phone }.map(\.value))
        var probes = (phonesInText ?? phoneNumbers(in: event))
            .filter { !own.contains($0) }
            .map(EvidenceProbe.phoneInText)
        if isNewCustomer, let name = event.customer.name?.displayName, name.contains(where: \.isLetter),
           let email = event.customer.identities.first(where: { $0.kind == .email }),
           let domain = email.value.split(separator: "@").last.map(String.init), MergeEvidence.isCompanyDomain(domain) {
            probes.append(.nameAtCompanyDomain(name: name, domain: domain))
        }
        return probes
    }

    /// The planner's answer.
    public enum Decision: Sendable, Hashable {
        case duplicate(MessageID)
        case store(IngestPlan)
    }

    // MARK: - Threading

    private func thread(_ event: InboundEvent, customer: CustomerID, index: some IngestIndex)
        throws -> (Conversation?, ThreadingReason) {
        if let id = event.thread.conversationID {
            guard let conversation = try index.conversation(id: id) else { throw IngestError.unknownConversation(id) }
            return (conversation, .explicitConversation)
        }
        let window = event.occurredAt.addingTimeInterval(-joinWindow)
        switch event.channel {
        case .email:
            let headers = event.email ?? EmailHeaders()
            let referenced = ([headers.inReplyTo].compactMap { $0 } + headers.references.reversed())
                .filter { !$0.isEmpty }
            if !referenced.isEmpty,
               let conversation = try index.conversation(forThreadKeys: referenced.map(ThreadKey.email(messageID:))),
               conversation.customerID == customer {
                return (conversation, .emailHeaders)
            }
            // Subject as the last resort, and only for messages that say they are replies,
            // never across customers.
            if let subject = event.subject, !referenced.isEmpty || SubjectNormalizer.hasReplyPrefix(subject) {
                let key = SubjectNormalizer.key(subject)
                if !key.isEmpty, let conversation = try index.conversation(
                    of: customer, subjectKey: key, since: event.occurredAt.addingTimeInterval(-subjectWindow)) {
                    return (conversation, .emailSubject)
                }
            }
            return (nil, .newConversation)
        case .chat:
            if let session = event.thread.chatSessionID,
               let conversation = try index.conversation(forThreadKeys: [ThreadKey.chat(session: session, channel: .chat)]) {
                return (conversation, .chatSession)
            }
            if event.thread.chatSessionID != nil { return (nil, .newConversation) }
            return (try index.latestActiveConversation(of: customer, since: window), .recentActiveConversation)
        case .x, .facebook, .instagram, .whatsapp, .telegram:
            if let threadID = event.thread.socialThreadID,
               let conversation = try index.conversation(forThreadKeys: [ThreadKey.social(thread: threadID, channel: event.channel)]) {
                return (conversation, .socialThread)
            }
            return (try index.latestActiveConversation(of: customer, since: window), .recentActiveConversation)
        case .phone, .sms, .note:
            return (try index.latestActiveConversation(of: customer, since: window), .recentActiveConversation)
        }
    }

    private func threadKeys(for event: InboundEvent) -> [String] {
        var keys: [String] = []
        if event.channel == .email, let id = event.email?.messageID, !id.isEmpty {
            keys.append(ThreadKey.email(messageID: id))
        }
        if let session = event.thread.chatSessionID, event.channel == .chat {
            keys.append(ThreadKey.chat(session: session, channel: .chat))
        }
        if let thread = event.thread.socialThreadID, event.channel.isSocial {
            keys.append(ThreadKey.social(thread: thread, channel: event.channel))
        }
        return keys
    }

    // MARK: - New entities

    private func newCustomer(from event: InboundEvent) -> Customer {
        let hints = event.customer
        let language = hints.language
            ?? hints.name.flatMap { LanguageGuesser.guess($0.displayName) }
            ?? (event.direction == .inbound ? LanguageGuesser.guess(event.text) : nil)
            ?? .en
        let name = hints.name ?? Self.placeholderName(for: hints.identities[0])
        return Customer(
            id: CustomerID(0), name: name, language: language, timeZone: hints.timeZone,
            customerSince: hints.customerSince ?? event.occurredAt, loyalty: hints.loyalty ?? .none,
            notes: hints.notes ?? "", createdAt: event.occurredAt)
    }

    /// What a customer is called before they give a name: the number or address they wrote
    /// from. Stores compare against it to know whether a name may still be learned.
    public static func placeholderName(for identity: Identity) -> PersonName {
        PersonName(displayName: placeholder(for: identity))
    }

    /// Whether `displayName` is the placeholder of one of `identities` (`placeholderName`).
    /// Runs on the writer for every message of a known customer: plain comparisons, no
    /// `PersonName` or string built per identity.
    public static func isPlaceholder(_ displayName: String, of identities: [Identity]) -> Bool {
        identities.contains { identity in
            identity.kind == .handle
                ? displayName.utf8.first == UInt8(ascii: "@") && displayName.utf8.dropFirst().elementsEqual(identity.value.utf8)
                : displayName == identity.value
        }
    }

    private static func placeholder(for identity: Identity) -> String {
        switch identity.kind {
        case .email, .phone, .external: identity.value
        case .handle: "@" + identity.value
        }
    }

    /// Who the message will be stored as written by: the event's author, else the customer
    /// (inbound) or Concord (outbound and internal).
    public static func author(of event: InboundEvent) -> Author {
        if let author = event.author { return author }
        switch event.direction {
        case .inbound:
            return .customer(event.customer.name?.displayName ?? event.customer.identities.first?.description ?? "")
        case .outbound, .internal:
            return .system()
        }
    }

    private func subject(for event: InboundEvent) -> String {
        if let subject = event.subject.map(Self.cleanSubject), !subject.isEmpty {
            return SubjectNormalizer.stripPrefixes(subject)
        }
        // The first non-blank line of the text (without splitting a long text into all its lines).
        let firstLine = event.text.unicodeScalars.split(maxSplits: 8, whereSeparator: { $0 == "\n" || $0 == "\r" })
            .lazy.map { String(String.UnicodeScalarView($0)) }.first { !Whitespace.trimmed($0).isEmpty }
        let line = firstLine ?? event.call?.transcript ?? ""
        let trimmed = Self.cleanSubject(line)
        if trimmed.isEmpty {
            return event.call.map { "\($0.outcome.rawValue.capitalized) call" } ?? event.channel.label
        }
        return trimmed.count > 80 ? String(trimmed.prefix(79)) + "…" : trimmed
    }

    /// The phone numbers written in an inbound event's text (merge evidence); pure, so bulk
    /// ingest can run it on the parsing threads.
    public func phoneNumbers(in event: InboundEvent) -> [String] {
        event.direction == .inbound ? MergeEvidence.phoneNumbers(in: event.text, region: defaultRegion) : []
    }

    /// Subjects are one line: folded whitespace and newlines become single spaces.
    public static func cleanSubject(_ subject: String) -> String {
        Whitespace.collapsed(subject)
    }

    private func unique(_ identities: [Identity]) -> [Identity] {
        var seen = Set<Identity>()
        return identities.filter { seen.insert($0).inserted }
    }
}
