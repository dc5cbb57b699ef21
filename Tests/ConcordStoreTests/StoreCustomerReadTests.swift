import Foundation
import Testing
import ConcordStore
import ConversationEngine

/// Customer lists and lookups and the raw sources, read alike by both stores.
@Suite("Customer and raw source reads")
struct StoreCustomerReadTests {
    private func seeded(_ kind: StoreKind) throws -> StoreFixture {
        let fixture = try StoreFixture(kind)
        let people: [(Identity, String, Language)] = [
            (.email("sergei.ivanov@example.ru")!, "Сергей Иванов", .ru),
            (.phone("+821022223333")!, "김민지", .ko),
            (.email("dana@example.com")!, "Dana Whitfield", .en),
            (.email("reza@example.ir")!, "رضا احمدی", .fa),
        ]
        for (index, (identity, name, language)) in people.enumerated() {
            _ = try fixture.store.ingest(StoreFixture.event(identity.kind == .phone ? .sms : .email, identity: identity, id: "p\(index)",
                                                            text: "Hello", minutes: Double(index), name: name, language: language))
        }
        return fixture
    }

    private func names(_ customers: [Customer]) -> [String] { customers.map(\.name.displayName) }

    @Test(arguments: StoreKind.allCases) func customersArePagedInCreationOrder(_ kind: StoreKind) throws {
        let fixture = try seeded(kind)
        #expect(names(try fixture.store.customers(limit: 2, offset: 1)) == ["김민지", "Dana Whitfield"])
        #expect(try fixture.store.customers(limit: -1, offset: -3).count == 4, "a negative limit is no limit, as in SQLite")
        #expect(try fixture.store.customers(limit: 10, offset: 4).isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func customersAreFoundByAnyPartOfTheNameInEveryScriptOrAnIdentity(_ kind: StoreKind) throws {
        let fixture = try seeded(kind)
        #expect(names(try fixture.store.findCustomers("Сергей", limit: 5)) == ["Сергей Иванов"])
        #expect(names(try fixture.store.findCustomers("ИВАНОВ", limit: 5)) == ["Сергей Иванов"])
        #expect(names(try fixture.store.findCustomers("민지", limit: 5)) == ["김민지"])
        #expect(names(try fixture.store.findCustomers("احمد", limit: 5)) == ["رضا احمدی"])
        #expect(names(try fixture.store.findCustomers(" WHITF ", limit: 5)) == ["Dana Whitfield"])
        #expect(names(try fixture.store.findCustomers("2222", limit: 5)) == ["김민지"], "by phone number")
        #expect(names(try fixture.store.findCustomers("example", limit: 2)) == ["Сергей Иванов", "Dana Whitfield"])
        #expect(try fixture.store.findCustomers("%", limit: 5).isEmpty, "LIKE wildcards are taken literally")
        #expect(try fixture.store.findCustomers("  ", limit: 5).isEmpty)
        let dana = try #require(try fixture.store.findCustomers("dana", limit: 1).first)
        #expect(try fixture.store.mergedInto(dana.id) == nil)
    }

    @Test(arguments: StoreKind.allCases) func rawSourcesKeepTheirBytesAndStates(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let large = Data(String(repeating: "Где мой возврат? Where is my refund? ", count: 1000).utf8)
        let small = Data("BROKEN payload".utf8)
        let (kept, broken) = try fixture.store.write { writer in
            let kept = try writer.keepRawSource(RawBytes.compressing(large), digest: "d-large", format: "mbox", origin: "import",
                                                receivedAt: StoreFixture.at(1), at: StoreFixture.at(2))
            let broken = try writer.keepRawSource(RawBytes(uncompressed: small), digest: "d-small", format: "json", origin: "webhook",
                                                  receivedAt: nil, at: StoreFixture.at(3))
            try writer.finishRawSource(broken.id, state: .quarantined, reason: "unreadable", warnings: ["one", "two"], events: 0)
            return (kept, broken)
        }
        #expect(RawBytes.compressing(large).encoding == .zstd, "the large item is stored compressed")
        #expect(try fixture.store.rawSourceData(kept.id) == large)
        #expect(try fixture.store.rawSourceData(broken.id) == small)
        #expect(try fixture.store.rawSourceData(RawSourceID(999)) == nil)
        #expect(try fixture.store.rawSource(kept.id) == kept)
        let quarantined = try #require(try fixture.store.rawSource(broken.id))
        #expect(quarantined.state == .quarantined && quarantined.reason == "unreadable" && quarantined.warnings == ["one", "two"])
        #expect(quarantined.receivedAt == nil && quarantined.storedAt == StoreFixture.at(3) && quarantined.size == small.count)
        #expect(try fixture.store.rawSources(in: .pending, limit: -1).map(\.id) == [kept.id])
        #expect(try fixture.store.rawSources(in: .quarantined, limit: 0).isEmpty)
        #expect(try fixture.store.rawSourceCount(in: .quarantined) == 1)
        #expect(try fixture.store.rawSourceCount(in: .ingested) == 0)
        #expect(try fixture.store.rawSourceStates(digests: ["d-large", "d-small", "unknown"])
                == ["d-large": .pending, "d-small": .quarantined])
        #expect(try fixture.store.rawSourceStates(digests: []).isEmpty)
    }
}
