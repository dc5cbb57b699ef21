import Foundation
import Testing
@testable import ConcordStore
import ConversationEngine

@Suite("Merging and splitting customers")
struct StoreMergeTests {
    /// Two customers who are one person: Minji wrote by email and by SMS from a number the
    /// store did not know was hers.
    private func twoHalves(_ kind: StoreKind) throws -> (StoreFixture, CustomerID, CustomerID) {
        let fixture = try StoreFixture(kind)
        try fixture.store.ingest(StoreFixture.event(.email, identity: .email("minji@example.kr")!, id: "e1@x",
                                                    text: "배송 문의드립니다", subject: "배송", name: "김민지"))
        try fixture.store.ingest(StoreFixture.event(.email, identity: .email("minji@example.kr")!, id: "e2@x",
                                                    text: "Re", minutes: 60, subject: "Re: 배송", inReplyTo: "e1@x"))
        try fixture.store.ingest(StoreFixture.event(.sms, identity: .phone("+821055550101")!, id: "s1", text: "문자로도 문의합니다", minutes: 90))
        let email = try #require(try fixture.store.customer(with: .email("minji@example.kr")!))
        let phone = try #require(try fixture.store.customer(with: .phone("+821055550101")!))
        return (fixture, email, phone)
    }

    @Test(arguments: StoreKind.allCases)
    func aMergeMovesEverythingAndItsUndoPutsEverythingBack(_ kind: StoreKind) throws {
        let (fixture, email, phone) = try twoHalves(kind)
        let before = try fixture.store.statistics()
        let emailTimeline = try fixture.store.timeline(of: email, before: nil, limit: 50).map(\.id)
        let phoneTimeline = try fixture.store.timeline(of: phone, before: nil, limit: 50).map(\.id)

        let merge = try fixture.store.write { try $0.merge(phone, into: email, at: StoreFixture.at(100)) }
        #expect(Set(try fixture.store.identities(of: email)) == [.email("minji@example.kr")!, .phone("+821055550101")!])
        #expect(try fixture.store.timeline(of: email, before: nil, limit: 50).map(\.id) == (emailTimeline + phoneTimeline).sorted())
        #expect(try fixture.store.timeline(of: phone, before: nil, limit: 50).isEmpty)
        #expect(try fixture.store.mergedInto(phone) == email)
        #expect(!(try fixture.store.customers(limit: 10, offset: 0)).contains { $0.id == phone })
        // A new SMS from the merged number now lands with the survivor.
        guard case .stored(let receipt) = try fixture.store.ingest(
            StoreFixture.event(.sms, identity: .phone("+821055550101")!, id: "s2", text: "감사합니다", minutes: 120)) else {
            Issue.record("stored"); return
        }
        #expect(receipt.customerID == email)

        try fixture.store.write { _ = try $0.undoMerge(merge.id, at: StoreFixture.at(130)) }
        #expect(try fixture.store.identities(of: phone) == [.phone("+821055550101")!])
        #expect(try fixture.store.timeline(of: email, before: nil, limit: 50).map(\.id) == emailTimeline)
        #expect(try fixture.store.timeline(of: phone, before: nil, limit: 50).map(\.id).starts(with: phoneTimeline))
        #expect(try fixture.store.mergedInto(phone) == nil)
        #expect(try fixture.store.statistics().messages == before.messages + 1, "nothing lost either way")
        #expect(throws: StoreError.self) { try fixture.store.write { _ = try $0.undoMerge(merge.id, at: StoreFixture.at(140)) } }
    }

    @Test(arguments: StoreKind.allCases)
    func splitMovesAnIdentityAndTheConversationsOnlyItUsed(_ kind: StoreKind) throws {
        let (fixture, email, phone) = try twoHalves(kind)
        try fixture.store.write { _ = try $0.merge(phone, into: email, at: StoreFixture.at(100)) }
        let split = try fixture.store.write {
            try $0.split(email, identities: [.phone("+821055550101")!], at: StoreFixture.at(110))
        }
        #expect(try fixture.store.identities(of: split) == [.phone("+821055550101")!])
        #expect(try fixture.store.timeline(of: split, before: nil, limit: 10).map(\.text) == ["문자로도 문의합니다"])
        #expect(try fixture.store.timeline(of: email, before: nil, limit: 10).count == 2)
        #expect(throws: StoreError.self) {
            try fixture.store.write { _ = try $0.split(email, identities: [.email("minji@example.kr")!], at: StoreFixture.at(120)) }
        }
        #expect(throws: StoreError.self) { try fixture.store.write { _ = try $0.merge(email, into: email, at: StoreFixture.at(120)) } }
    }

    @Test(arguments: StoreKind.allCases)
    func weakEvidenceSuggestsButNeverMerges(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        try fixture.store.ingest(StoreFixture.event(.sms, identity: .phone("+79161234567")!, id: "s1", text: "Здравствуйте"))
        // An email whose text gives the same number: a suggestion, not a merge.
        try fixture.store.ingest(StoreFixture.event(.email, identity: .email("anna@example.ru")!, id: "e1@x",
                                                    text: "Перезвоните мне, пожалуйста: +7 (916) 123-45-67", minutes: 5,
                                                    subject: "Звонок", name: "Анна Иванова"))
        // Same name at the same company domain.
        try fixture.store.ingest(StoreFixture.event(.email, identity: .email("a.ivanova@rosatom-demo.ru")!, id: "e2@x",
                                                    text: "Добрый день", minutes: 10, subject: "Счёт", name: "Анна Иванова"))
        try fixture.store.ingest(StoreFixture.event(.email, identity: .email("anna.i@rosatom-demo.ru")!, id: "e3@x",
                                                    text: "Ещё вопрос", minutes: 20, subject: "Вопрос", name: "Анна Иванова"))
        let suggestions = try fixture.store.mergeSuggestions(for: nil, state: .open)
        #expect(suggestions.count == 2)
        #expect(suggestions.map(\.score) == [MergeEvidence.Score.phoneInText, MergeEvidence.Score.nameAndCompanyDomain])
        #expect(suggestions[0].evidence.contains("+79161234567"))
        #expect(suggestions[1].evidence.contains("rosatom-demo.ru"))
        #expect(try fixture.store.statistics().customers == 4, "nobody was merged")
    }

    @Test(arguments: StoreKind.allCases)
    func plusAddressingAndGmailDotsAreOneCustomerByDefault(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        try fixture.store.ingest(StoreFixture.event(.email, identity: .email("sam.lee+orders@gmail.com")!, id: "1@x", text: "a"))
        try fixture.store.ingest(StoreFixture.event(.email, identity: .email("SamLee@googlemail.com")!, id: "2@x", text: "b"))
        #expect(try fixture.store.statistics().customers == 1)
        let customer = try #require(try fixture.store.customer(with: .email("samlee@gmail.com")!))
        #expect(try fixture.store.identities(of: customer) == [.email("samlee@gmail.com")!])
    }

    @Test(arguments: StoreKind.allCases)
    func rawSourcesAreContentAddressed(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let data = Data("Subject: hi\r\n\r\nbody".utf8)
        let digest = RawSourceDigest.of(data)
        #expect(digest.count == 64)
        #expect(RawSourceDigest.of(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let first = try fixture.store.write {
            try $0.keepRawSource(RawBytes.compressing(data), digest: digest, format: "email", origin: "a", receivedAt: nil, at: StoreFixture.at(0))
        }
        let second = try fixture.store.write {
            try $0.keepRawSource(RawBytes.compressing(data), digest: digest, format: "email", origin: "b", receivedAt: nil, at: StoreFixture.at(1))
        }
        #expect(first.id == second.id && second.origin == "a")
        #expect(try fixture.store.rawSourceData(first.id) == data)
        #expect(try fixture.store.rawSourceCount(in: .pending) == 1)
    }

    @Test(arguments: StoreKind.allCases)
    func rawSourceStatesAnswerForEveryKnownDigestAndOmitTheUnknown(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let items = ["pending", "ingested", "quarantined"].map { Data("Subject: \($0)\r\n\r\nbody".utf8) }
        let digests = items.map(RawSourceDigest.of)
        try fixture.store.write { writer in
            for (index, state) in [RawSourceRecord.State.pending, .ingested, .quarantined].enumerated() {
                _ = try writer.keepRawSource(RawBytes.compressing(items[index]), digest: digests[index], format: "email",
                                             origin: "\(index)", receivedAt: nil, at: StoreFixture.at(0), state: state,
                                             reason: state == .quarantined ? "broken" : nil, warnings: [], events: 0)
            }
        }
        let unknown = RawSourceDigest.of(Data("never kept".utf8))
        let states = try fixture.store.rawSourceStates(digests: [unknown] + digests + [digests[1]])
        #expect(states == [digests[0]: .pending, digests[1]: .ingested, digests[2]: .quarantined])
        #expect(try fixture.store.rawSourceStates(digests: []).isEmpty)
        #expect(try fixture.store.rawSourceStates(digests: [unknown]).isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func rawBytesAreCompressedWhenThatSavesSpaceAndComeBackExactly(_ kind: StoreKind) throws {
        let mail = Data((String(repeating: "Здравствуйте! Заказ № 5521 так и не пришёл.\r\n", count: 400)).utf8)
        let compressed = RawBytes.compressing(mail)
        #expect(compressed.encoding == .zstd)
        #expect(compressed.stored.count < mail.count / 3)
        #expect(try compressed.original() == mail)
        let random = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) })
        let incompressible = RawBytes.compressing(random)
        #expect(try incompressible.original() == random)
        #expect(RawBytes.compressing(Data("tiny".utf8)).encoding == .none)

        let fixture = try StoreFixture(kind)
        let record = try fixture.store.write {
            try $0.keepRawSource(compressed, digest: RawSourceDigest.of(mail), format: "email", origin: "x", receivedAt: nil,
                                 at: StoreFixture.at(0))
        }
        #expect(record.size == mail.count)
        #expect(try fixture.store.rawSourceData(record.id) == mail)
    }
    @Test(arguments: StoreKind.allCases)
    func aSuggestionIsSettledByIdAndAnUnknownOneIsNotFound(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        try fixture.store.ingest(StoreFixture.event(.sms, identity: .phone("+79161234567")!, id: "s1", text: "Здравствуйте"))
        try fixture.store.ingest(StoreFixture.event(.email, identity: .email("anna@example.ru")!, id: "e1@x",
                                                    text: "Перезвоните мне: +7 (916) 123-45-67", minutes: 5, subject: "Звонок"))
        let suggestion = try #require(try fixture.store.mergeSuggestions(for: nil, state: .open).first)
        try fixture.store.write { try $0.setMergeSuggestion(suggestion.id, to: .rejected) }
        #expect(try fixture.store.mergeSuggestions(for: nil, state: .open).isEmpty)
        #expect(try fixture.store.mergeSuggestions(for: suggestion.customerA, state: .rejected).map(\.id) == [suggestion.id])
        #expect(throws: StoreError.notFound(what: "merge suggestion", id: "999999")) {
            try fixture.store.write { try $0.setMergeSuggestion(999_999, to: .accepted) }
        }
        // A merge of the pair accepts its open suggestion; undoing the merge rejects it.
        try fixture.store.write { try $0.setMergeSuggestion(suggestion.id, to: .open) }
        let merge = try fixture.store.write { try $0.merge(suggestion.customerB, into: suggestion.customerA, at: StoreFixture.at(10)) }
        #expect(try fixture.store.mergeSuggestions(for: nil, state: .accepted).map(\.id) == [suggestion.id])
        #expect(try fixture.store.merges(involving: suggestion.customerB).map(\.id) == [merge.id])
        try fixture.store.write { _ = try $0.undoMerge(merge.id, at: StoreFixture.at(20)) }
        #expect(try fixture.store.mergeSuggestions(for: nil, state: .rejected).map(\.id) == [suggestion.id])
        #expect(try fixture.store.merges(involving: suggestion.customerA).first?.undoneAt == StoreFixture.at(20))
    }

    @Test(arguments: StoreKind.allCases)
    func aMergedCustomersMessagesAreFoundUnderTheSurvivor(_ kind: StoreKind) throws {
        let (fixture, email, phone) = try twoHalves(kind)
        try fixture.store.write { _ = try $0.merge(phone, into: email, at: StoreFixture.at(100)) }
        #expect(try fixture.store.search(SearchQuery("문자로도", customer: email)).count == 1)
        #expect(try fixture.store.search(SearchQuery("문자로도", customer: phone)).isEmpty)
        let split = try fixture.store.write { try $0.split(email, identities: [.phone("+821055550101")!], at: StoreFixture.at(110)) }
        #expect(try fixture.store.search(SearchQuery("문자로도", customer: split)).count == 1)
        #expect(try fixture.store.search(SearchQuery("문자로도", customer: email)).isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func aSourceItemIsKeptOnceWithItsAttemptsAndItsFate(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        let data = Data("Subject: broken\r\n\r\n".utf8)
        let digest = RawSourceDigest.of(data)
        let first = try fixture.store.write {
            try $0.keepRawSource(RawBytes.compressing(data), digest: digest, format: "email", origin: "inbox/1",
                                 receivedAt: StoreFixture.at(-1), at: StoreFixture.at(0), state: .quarantined,
                                 reason: "no body", warnings: ["odd header", "bad date"], events: 0)
        }
        #expect(first.isNew && first.record.attempts == 1 && first.record.warnings == ["odd header", "bad date"])
        let again = try fixture.store.write {
            try $0.keepRawSource(RawBytes.compressing(data), digest: digest, format: "email", origin: "inbox/2", receivedAt: nil,
                                 at: StoreFixture.at(5), state: .ingested, reason: nil, warnings: [], events: 3)
        }
        #expect(!again.isNew && again.record == first.record, "the first keeping stands")
        #expect(try fixture.store.rawSource(first.record.id) == first.record)

        try fixture.store.write { writer in
            try writer.beginAttempt(on: first.record.id)
            try writer.finishRawSource(first.record.id, state: .ingested, reason: nil, warnings: ["repaired"], events: 2)
        }
        let finished = try #require(try fixture.store.write { try $0.rawSource(digest: digest) })
        #expect(finished.attempts == 2 && finished.state == .ingested && finished.reason == nil)
        #expect(finished.warnings == ["repaired"] && finished.events == 2)
        #expect(finished.receivedAt == StoreFixture.at(-1) && finished.storedAt == StoreFixture.at(0) && finished.origin == "inbox/1")
        #expect(try fixture.store.rawSources(in: .quarantined, limit: 10).isEmpty)
        #expect(try fixture.store.rawSourceData(first.record.id) == data)
        #expect(try fixture.store.write { try $0.rawSource(digest: RawSourceDigest.of(Data("never".utf8))) } == nil)
    }

    @Test(arguments: StoreKind.allCases)
    func savepointsNestAndUndoOnlyTheirOwnWrites(_ kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        struct Refused: Error {}
        let refusals = try fixture.store.write { writer in
            try writer.savepoint { () throws -> [String] in
                _ = try writer.ingest(StoreFixture.event(.sms, identity: .phone("+821016161616")!, id: "outer", text: "outer words"),
                                      rawSource: nil, preparation: nil)
                var refusals: [String] = []
                do {
                    _ = try writer.savepoint { () throws -> Int in
                        let inner = try writer.ingest(StoreFixture.event(.sms, identity: .phone("+821017171717")!, id: "inner",
                                                                         text: "inner words"), rawSource: nil, preparation: nil)
                        guard case .stored(let receipt) = inner else { throw Refused() }
                        // A statement the database refuses (no such message): the savepoint's rollback
                        // must bring the transaction back.
                        do {
                            _ = try writer.recordPromise(conversation: receipt.conversationID, message: MessageID(999_999), text: "x",
                                                         madeAt: StoreFixture.at(0), dueAt: StoreFixture.at(1), state: .open,
                                                         closedAt: nil, kind: .reply)
                        } catch {
                            refusals.append("database")
                        }
                        throw Refused()
                    }
                } catch is Refused {
                    refusals.append("body")
                }
                return refusals
            }
        }
        #expect(refusals == ["database", "body"])
        #expect(try fixture.store.statistics().messages == 1)
        #expect(try fixture.store.search(SearchQuery("outer")).count == 1)
        #expect(try fixture.store.search(SearchQuery("inner")).isEmpty)
    }
}
