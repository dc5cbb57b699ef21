import Foundation
import ConcordStore
import ConversationEngine

/// Loads a generated demo contact centre into a store through the normal ingest pipeline,
/// exactly as real data would arrive, in large transactions so a million messages load in
/// minutes.
public struct DemoLoader {
    /// What was loaded.
    public struct Summary: Sendable, Hashable {
        public var events = 0
        public var duplicates = 0
        public var rejected = 0
        public var promises = 0
        public var assignments = 0
        public var statusChanges = 0
    }

    public let store: any Store
    /// Items per transaction: large enough to amortise commits, small enough that a reader
    /// (another console) is never blocked for long.
    public var batchSize: Int

    public init(store: any Store, batchSize: Int = 5_000) {
        self.store = store
        self.batchSize = batchSize
    }

    /// Loads every item of `generator`, calling `progress` after each batch with the running summary.
    @discardableResult
    public func load(_ generator: DemoGenerator, progress: (Summary) -> Void = { _ in }) throws -> Summary {
        let agentIDs = try store.write { writer in
            try Dictionary(uniqueKeysWithValues: generator.agents.map { profile in
                let agent = try writer.upsertAgent(login: profile.login, name: profile.name, languages: profile.languages,
                                                   role: profile.role, team: profile.team)
                return (profile.login, agent.id)
            })
        }
        let agentsByName = Dictionary(generator.agents.compactMap { profile in agentIDs[profile.login].map { (profile.name, $0) } },
                                      uniquingKeysWith: { first, _ in first })
        var summary = Summary()
        var batch: [DemoItem] = []
        batch.reserveCapacity(batchSize)
        func flush() throws {
            guard !batch.isEmpty else { return }
            try store.write { writer in
                for item in batch {
                    try apply(item, writer: writer, agentIDs: agentIDs, agentsByName: agentsByName, summary: &summary)
                }
            }
            batch.removeAll(keepingCapacity: true)
            progress(summary)
        }
        try store.bulk {
            for item in generator.items() {
                batch.append(item)
                if batch.count >= batchSize { try flush() }
            }
            try flush()
        }
        return summary
    }

    private func apply(_ item: DemoItem, writer: any StoreWriter, agentIDs: [String: AgentID], agentsByName: [String: AgentID],
                       summary: inout Summary) throws {
        switch item {
        case .event(var event):
            // The demo's promises come as items of their own, with the outcome the story chose.
            event.findsPromises = false
            if var author = event.author, author.kind == .agent, author.agentID == nil {
                author.agentID = agentsByName[author.name]
                event.author = author
            }
            do {
                if try writer.ingest(event).isDuplicate { summary.duplicates += 1 } else { summary.events += 1 }
            } catch is IngestError {
                summary.rejected += 1
            }
        case .promise(let promise):
            guard let message = try writer.message(withDedupeKey: promise.messageDedupeKey) else { return }
            try writer.recordPromise(conversation: message.conversationID, message: message.id, text: promise.text,
                                     madeAt: promise.madeAt, dueAt: promise.dueAt, state: promise.state, closedAt: nil)
            summary.promises += 1
        case .assignment(let assignment):
            guard let message = try writer.message(withDedupeKey: assignment.messageDedupeKey),
                  let agent = agentIDs[assignment.agentLogin] else { return }
            try writer.assign(conversation: message.conversationID, to: agent, expectedVersion: nil)
            summary.assignments += 1
        case .statusChange(let change):
            guard let message = try writer.message(withDedupeKey: change.messageDedupeKey) else { return }
            try writer.setStatus(conversation: message.conversationID, to: change.status, at: change.at, expectedVersion: nil)
            summary.statusChanges += 1
        }
    }
}
