import Foundation
import ConversationEngine

extension StoreWriter {
    /// Gives an unassigned active conversation to the agent `router` chooses, in this
    /// transaction (the workloads it decides on cannot change before it commits, so two
    /// processes routing at once cannot overfill an agent). An assigned or closed
    /// conversation is left alone and reported as held.
    /// - Parameter language: the language the customer wrote in.
    /// - Throws: `StoreError.notFound` for an unknown conversation.
    @discardableResult
    public func route(_ id: ConversationID, language: Language, with router: ConversationRouter, at: Date) throws -> RoutingDecision {
        guard let conversation = try conversationForUpdate(id) else {
            throw StoreError.notFound(what: "conversation", id: id.description)
        }
        guard conversation.status.isActive else { return .hold(reason: "#\(id) is \(conversation.status.rawValue)") }
        if let assignee = conversation.assignee { return .hold(reason: "#\(id) is already assigned (agent \(assignee))") }
        let decision = router.route(language: language, team: conversation.queue, among: try workloadsForUpdate())
        if case .assign(let agent) = decision {
            _ = try assign(conversation: id, to: agent, expectedVersion: conversation.version)
            try markRouted(agent, at: at)
        }
        return decision
    }
}

extension StoreWriter {
    /// Routes the conversation a customer's message just arrived in, when nobody holds it:
    /// both stores call it from ingest when routing is on (`StoreAutomation.routing`).
    public func routeArrival(_ event: InboundEvent, in receipt: IngestReceipt, with router: ConversationRouter, at: Date) throws {
        let language = LanguageGuesser.detect((event.subject ?? "") + "\n" + event.text, preferred: event.customer.language)
        try route(receipt.conversationID, language: language, with: router, at: at)
    }
}

extension Store {
    /// Routes every unassigned active conversation whose customer is waiting, longest waiting
    /// first (`concord route`, and after an agent becomes available), each in its own transaction.
    /// - Returns: each conversation with what routing made of it.
    public func routeWaiting(with router: ConversationRouter, at: Date, limit: Int = 500) throws -> [(ConversationID, RoutingDecision)] {
        let waiting = try queue(QueueQuery(ordering: .longestWait, unassignedOnly: true, limit: limit, asOf: at))
        return try waiting.filter { $0.conversation.waitingSince != nil }.map { item in
            let language = try routingLanguage(of: item.conversation)
            return (item.id, try write { try $0.route(item.id, language: language, with: router, at: at) })
        }
    }

    /// The language of the customer's latest message in a conversation, else the customer's own.
    public func routingLanguage(of conversation: Conversation) throws -> Language {
        let preferred = try customer(conversation.customerID)?.language
        let latest = try messages(in: conversation.id).last { $0.direction == .inbound }
        return latest.map { LanguageGuesser.detect(($0.subject ?? "") + "\n" + $0.text, preferred: preferred) } ?? preferred ?? .en
    }
}
