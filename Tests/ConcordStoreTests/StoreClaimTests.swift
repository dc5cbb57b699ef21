import Foundation
import Synchronization
import Testing
import ConcordStore
import ConversationEngine

/// Claims with optimistic concurrency: of agents claiming one conversation at the same moment,
/// each from a store of their own (their own console, their own machine), exactly one wins.
@Suite("Claims")
struct StoreClaimTests {
    private static func agents(_ count: Int, in store: any Store) throws -> [Agent] {
        try store.write { writer in
            try (1...count).map { index in
                try writer.upsertAgent(login: "agent\(index)", name: "Agent \(index)", languages: [.en], role: .agent, team: "support")
            }
        }
    }

    /// A new customer's new conversation (customer `number`'s own phone).
    private static func conversation(_ store: any Store, number: Int) throws -> ConversationID {
        let id = "chat-\(number)"
        guard case .stored(let receipt) = try store.ingest(StoreFixture.event(
            .sms, identity: .phone("+1415555\(String(format: "%04d", number))")!, id: id, text: "Is anyone there?")) else {
            throw StoreError.notFound(what: "receipt", id: id)
        }
        return receipt.conversationID
    }

    @Test(arguments: StoreKind.allCases)
    func aClaimTakesAnUnownedConversationAndNamesTheOwnerToTheNext(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let agents = try Self.agents(2, in: fixture.store)
        let id = try Self.conversation(fixture.store, number: 1)
        guard case .claimed(let mine) = try fixture.store.claim(id, for: agents[0].id) else { Issue.record("not claimed"); return }
        #expect(mine.assignee == agents[0].id)
        #expect(try fixture.store.claim(id, for: agents[0].id) == .alreadyYours(mine))
        #expect(try fixture.store.claim(id, for: agents[1].id) == .heldBy(agents[0].id, mine))
        #expect(throws: StoreError.notFound(what: "conversation", id: "999999")) {
            try fixture.store.claim(ConversationID(999_999), for: agents[1].id)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func eightAgentsClaimingAtOnceLeaveExactlyOneOwner(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let agents = try Self.agents(8, in: fixture.store)
        // Each agent's own store: their own connections, as on their own machine.
        let stores = try agents.map { _ in try fixture.another() }
        for round in 0..<15 {
            let id = try Self.conversation(fixture.store, number: 100 + round)
            let outcomes = Mutex<[Int: Result<ClaimOutcome, StoreError>]>([:])
            DispatchQueue.concurrentPerform(iterations: agents.count) { index in
                let outcome: Result<ClaimOutcome, StoreError>
                do { outcome = .success(try stores[index].claim(id, for: agents[index].id)) } catch let error as StoreError {
                    outcome = .failure(error)
                } catch {
                    outcome = .failure(.invalidValue("\(error)"))
                }
                outcomes.withLock { $0[index] = outcome }
            }
            let results = outcomes.withLock { $0 }
            let winners = results.compactMap { index, result -> Int? in
                if case .success(.claimed) = result { return index } else { return nil }
            }
            #expect(winners.count == 1, "round \(round): \(results)")
            guard let winner = winners.first else { continue }
            for (index, result) in results where index != winner {
                guard case .success(.heldBy(let owner, _)) = result else {
                    Issue.record("round \(round), agent \(index): \(result)")
                    continue
                }
                #expect(owner == agents[winner].id)
            }
            #expect(try fixture.store.write { try $0.conversationForUpdate(id) }?.assignee == agents[winner].id)
        }
    }
}
