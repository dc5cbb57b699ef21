import Foundation

/// Customers, conversations and messages held in memory, with the same ingest semantics as
/// the stores: it answers `IngestIndex` questions and applies `IngestPlan`s.
///
/// Useful where a database is not wanted: checking what a batch of events would do
/// (`concord parse`-style dry runs), tests of the pipeline, and previews.
public struct InMemoryConversationBook: Sendable {
    public private(set) var customers: [CustomerID: Customer] = [:]
    public private(set) var conversations: [ConversationID: Conversation] = [:]
    public private(set) var messages: [MessageID: Message] = [:]
    private var identityOwners: [Identity: CustomerID] = [:]
    private var dedupe: [String: MessageID] = [:]
    private var threadKeys: [String: ConversationID] = [:]
    private var nextID: Int64 = 1
    public var planner: IngestPlanner

    public init(planner: IngestPlanner = IngestPlanner()) {
        self.planner = planner
    }

    /// Plans and applies one event, exactly as a store would.
    @discardableResult
    public mutating func ingest(_ event: InboundEvent) throws -> IngestOutcome {
        switch try planner.plan(event, index: Index(book: self)) {
        case .duplicate(let id):
            return .duplicate(id)
        case .store(let plan):
            return .stored(apply(plan))
        }
    }

    /// Changes a conversation's status the way the stores do: leaving the active states, or
    /// waiting on the customer, stops the response clock.
    public mutating func setStatus(of id: ConversationID, to status: ConversationStatus, at: Date) throws {
        guard var conversation = conversations[id] else { throw IngestError.unknownConversation(id) }
        conversation.status = status
        conversation.updatedAt = max(conversation.updatedAt, at)
        if !status.isActive || status == .pendingCustomer {
            conversation.waitingSince = nil
            conversation.responseDueAt = nil
        }
        conversation.version += 1
        conversations[id] = conversation
    }

    /// The identities that point at `customer`.
    public func identities(of customer: CustomerID) -> [Identity] {
        identityOwners.filter { $0.value == customer }.map(\.key).sorted { $0.description < $1.description }
    }

    /// The customer's timeline across every conversation and channel.
    public func timeline(of customer: CustomerID, focusedConversation: ConversationID? = nil) -> Timeline {
        Timeline(messages: messages.values.filter { $0.customerID == customer }, focusedConversation: focusedConversation)
    }

    private mutating func makeID() -> Int64 {
        defer { nextID += 1 }
        return nextID
    }

    private mutating func apply(_ plan: IngestPlan) -> IngestReceipt {
        let customerID: CustomerID
        switch plan.customer {
        case .existing(let id):
            customerID = id
        case .new(var customer):
            customer.id = CustomerID(makeID())
            customers[customer.id] = customer
            customerID = customer.id
        }
        for identity in plan.newIdentities { identityOwners[identity] = customerID }
        if let name = plan.learnedName, var customer = customers[customerID],
           IngestPlanner.isPlaceholder(customer.name.displayName, of: identities(of: customerID)) {
            customer.name = name
            customers[customerID] = customer
        }

        var conversation: Conversation
        switch plan.conversation {
        case .existing(let existing):
            conversation = existing
        case .new(let new):
            conversation = new
            conversation.id = ConversationID(makeID())
            conversation.customerID = customerID
        }
        conversations[conversation.id] = conversation
        for key in plan.threadKeys where threadKeys[key] == nil { threadKeys[key] = conversation.id }

        var message = plan.message
        message.id = MessageID(makeID())
        message.customerID = customerID
        message.conversationID = conversation.id
        messages[message.id] = message
        dedupe[message.dedupeKey] = message.id

        return IngestReceipt(
            customerID: customerID, conversationID: conversation.id, messageID: message.id,
            createdCustomer: { if case .new = plan.customer { return true } else { return false } }(),
            createdConversation: { if case .new = plan.conversation { return true } else { return false } }(),
            threadingReason: plan.threadingReason, mergeCandidates: plan.mergeCandidates)
    }

    private struct Index: IngestIndex {
        let book: InMemoryConversationBook

        func message(withDedupeKey key: String) -> MessageID? { book.dedupe[key] }

        func owners(of identities: [Identity]) -> [Identity: CustomerID] {
            var result: [Identity: CustomerID] = [:]
            for identity in identities { result[identity] = book.identityOwners[identity] }
            return result
        }

        func conversation(forThreadKeys keys: [String]) -> Conversation? {
            for key in keys { if let id = book.threadKeys[key] { return book.conversations[id] } }
            return nil
        }

        func conversation(id: ConversationID) -> Conversation? { book.conversations[id] }

        func latestActiveConversation(of customer: CustomerID, since: Date) -> Conversation? {
            book.conversations.values
                .filter { $0.customerID == customer && $0.status.isActive && $0.lastActivityAt >= since }
                .max { ($0.lastActivityAt, $0.id) < ($1.lastActivityAt, $1.id) }
        }

        func conversation(of customer: CustomerID, subjectKey: String, since: Date) -> Conversation? {
            book.conversations.values
                .filter { $0.customerID == customer && $0.lastActivityAt >= since && SubjectNormalizer.key($0.subject) == subjectKey }
                .max { ($0.lastActivityAt, $0.id) < ($1.lastActivityAt, $1.id) }
        }
    }
}
