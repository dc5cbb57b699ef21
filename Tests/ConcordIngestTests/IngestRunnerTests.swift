import Foundation
import Testing
import ConcordChannels
import ConcordIngest
import ConcordStore
import ConversationEngine

/// A small real parser for these tests: "phone|text|id" lines, where "phone" may be empty
/// (an event the pipeline rejects), and an item containing "BROKEN" cannot be parsed.
private struct PipeLineParser: SourceParser {
    var failsOn: String = "BROKEN"

    func parse(_ item: SourceItem, context: ParseContext) throws(SourceParseError) -> ParsedSource {
        let text = String(decoding: item.data, as: UTF8.self)
        if text.contains(failsOn) { throw .malformed("the test parser cannot read \(failsOn)") }
        var events: [InboundEvent] = []
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3 else { throw .malformed("expected phone|text|id") }
            let identities = Identity.phone(fields[0]).map { [$0] } ?? []
            events.append(InboundEvent(channel: .sms, providerID: fields[2], occurredAt: item.receivedAt ?? Date(timeIntervalSince1970: 0),
                                       customer: CustomerHints(identities: identities), text: fields[1]))
        }
        return ParsedSource(events: events, warnings: text.contains("REPAIRED") ? ["repaired something"] : [])
    }
}

private final class RunnerFixture {
    let directory: URL
    let store: SQLiteStore

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("concord-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try SQLiteStore(path: directory.appendingPathComponent("s.sqlite").path)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func runner(_ parser: PipeLineParser = PipeLineParser(), batchSize: Int = 3) -> IngestRunner {
        IngestRunner(store: store, registry: ParserRegistry([.concordChat: parser]), context: .standard, batchSize: batchSize,
                     now: { Date(timeIntervalSince1970: 1_795_400_000) })
    }

    static func item(_ text: String, origin: String = "test") -> SourceItem {
        SourceItem(format: .concordChat, origin: origin, data: Data(text.utf8), receivedAt: Date(timeIntervalSince1970: 1_795_000_000))
    }
}

@Suite("Ingest runner: nothing lost, nothing twice")
struct IngestRunnerTests {
    @Test func storesKeepsRawBytesAndBalancesTheAccount() throws {
        let fixture = try RunnerFixture()
        let items = (0..<7).map { RunnerFixture.item("+14155550\(100 + $0)|hello \($0)|m\($0)") }
        let account = try fixture.runner().ingest(items)
        #expect(account.read == 7 && account.stored == 7 && account.events == 7)
        #expect(account.balances)
        #expect(try fixture.store.rawSourceCount(in: .ingested) == 7)
        let message = try #require(try fixture.store.search(SearchQuery("hello")).first)
        #expect(message.channel == .sms)
    }

    @Test func ingestingTheSameDataTwiceLeavesTheStoreUnchanged() throws {
        let fixture = try RunnerFixture()
        let items = (0..<5).map { RunnerFixture.item("+14155550\(100 + $0)|hi|m\($0)") }
        _ = try fixture.runner().ingest(items)
        let before = try fixture.store.statistics()
        let again = try fixture.runner().ingest(items + [items[0]])
        #expect(again.read == 6 && again.duplicates == 6 && again.stored == 0 && again.events == 0)
        #expect(try fixture.store.statistics() == before)
        #expect(try fixture.store.rawSourceCount(in: .ingested) == 5)
    }

    @Test func sameEventsInDifferentBytesAreDuplicatesToo() throws {
        let fixture = try RunnerFixture()
        _ = try fixture.runner().ingest([RunnerFixture.item("+14155550100|hi|m1")])
        // Another export of the same message: different bytes (a repair note), same provider id.
        let account = try fixture.runner().ingest([RunnerFixture.item("+14155550100|hi REPAIRED|m1")])
        #expect(account.duplicates == 1 && account.events == 0)
        #expect(try fixture.store.statistics().messages == 1)
    }

    @Test func unparseableItemsGoToQuarantineWithTheirReasonAndBytes() throws {
        let fixture = try RunnerFixture()
        let account = try fixture.runner().ingest([
            RunnerFixture.item("+14155550100|fine|m1"), RunnerFixture.item("BROKEN payload", origin: "file.jsonl:2"),
            RunnerFixture.item("+14155550101|also fine|m2"),
        ])
        #expect(account.read == 3 && account.stored == 2 && account.quarantined == 1)
        #expect(account.balances)
        let quarantined = try #require(try fixture.store.rawSources(in: .quarantined, limit: 10).first)
        #expect(quarantined.origin == "file.jsonl:2")
        #expect(quarantined.reason?.contains("cannot read BROKEN") == true)
        #expect(try fixture.store.rawSourceData(quarantined.id) == Data("BROKEN payload".utf8))
        // Ingesting it again counts it as quarantined, without a second copy.
        let again = try fixture.runner().ingest([RunnerFixture.item("BROKEN payload")])
        #expect(again.quarantined == 1)
        #expect(try fixture.store.rawSourceCount(in: .quarantined) == 1)
    }

    @Test func anItemIsAllOrNothing() throws {
        let fixture = try RunnerFixture()
        // The second line has no phone: the pipeline rejects it, so the first line must not be stored either.
        let account = try fixture.runner().ingest([RunnerFixture.item("+14155550100|first|a\n|no sender|b")])
        #expect(account.quarantined == 1 && account.events == 0)
        #expect(try fixture.store.statistics().messages == 0)
        let record = try #require(try fixture.store.rawSources(in: .quarantined, limit: 1).first)
        #expect(record.reason?.contains("no sender address, number or handle") == true)
    }

    @Test func aRefusedItemAmongGoodOnesIsQuarantinedAloneAndTheOthersAreStoredOnce() throws {
        let fixture = try RunnerFixture()
        // One batch of five: the optimistic write is rolled back at the third item and the batch
        // written again item by item; nothing of the first attempt may remain or be counted twice.
        let items = [
            RunnerFixture.item("+14155550100|one|m1"), RunnerFixture.item("+14155550101|two|m2"),
            RunnerFixture.item("+14155550102|three|m3\n|no sender|m3b", origin: "bad"),
            RunnerFixture.item("+14155550103|four|m4"), RunnerFixture.item("+14155550100|five|m5"),
        ]
        let account = try fixture.runner(batchSize: 5).ingest(items)
        #expect(account.read == 5 && account.stored == 4 && account.quarantined == 1 && account.events == 4)
        #expect(account.balances)
        let statistics = try fixture.store.statistics()
        #expect(statistics.messages == 4 && statistics.customers == 3)
        #expect(try fixture.store.search(SearchQuery("three")).isEmpty)
        #expect(try fixture.store.search(SearchQuery("four")).count == 1)
        #expect(try fixture.store.rawSourceCount(in: .ingested) == 4)
        #expect(try fixture.store.rawSources(in: .quarantined, limit: 5).map(\.origin) == ["bad"])
        // And again: all five are known, nothing changes.
        let again = try fixture.runner(batchSize: 5).ingest(items)
        #expect(again.duplicates == 4 && again.quarantined == 1 && again.events == 0)
        #expect(try fixture.store.statistics() == statistics)
    }

    @Test func quarantineRetryUsesTheFixedParser() throws {
        let fixture = try RunnerFixture()
        _ = try fixture.runner().ingest([RunnerFixture.item("+14155550199|BROKEN before the fix|m9")])
        #expect(try fixture.store.rawSourceCount(in: .quarantined) == 1)
        let fixed = fixture.runner(PipeLineParser(failsOn: "NEVER"))
        let account = try fixed.retryQuarantine()
        #expect(account.read == 1 && account.stored == 1 && account.events == 1)
        #expect(try fixture.store.rawSourceCount(in: .quarantined) == 0)
        #expect(try fixture.store.rawSourceCount(in: .ingested) == 1)
    }

    @Test func aSingleItemIsKeptBeforeItIsParsedAndACrashedAttemptIsQuarantined() throws {
        let fixture = try RunnerFixture()
        let item = RunnerFixture.item("+14155550123|delivered by the MTA|mda-1")
        // A previous delivery kept the bytes and started parsing, then the process died.
        try fixture.store.write { writer in
            let record = try writer.keepRawSource(RawBytes(uncompressed: item.data), digest: RawSourceDigest.of(item.data), format: "concord-chat",
                                                  origin: "stdin", receivedAt: nil, at: Date())
            try writer.beginAttempt(on: record.id)
        }
        let redelivery = try fixture.runner().ingestKeepingFirst(item)
        #expect(redelivery.quarantined == 1, "no second crash: the item waits in quarantine")
        let record = try #require(try fixture.store.rawSources(in: .quarantined, limit: 1).first)
        #expect(record.reason?.contains("interrupted") == true)
        #expect(try fixture.runner().retryQuarantine().stored == 1)

        let fresh = try fixture.runner().ingestKeepingFirst(RunnerFixture.item("+14155550124|new|mda-2"))
        #expect(fresh.stored == 1 && fresh.events == 1)
    }

    @Test func itemsWaitingTogetherAreKeptFirstInOneGoAndEachGetsItsOwnAccount() throws {
        let fixture = try RunnerFixture()
        let interrupted = RunnerFixture.item("+14155550130|crashed last time|g-0")
        try fixture.store.write { writer in
            let record = try writer.keepRawSource(RawBytes(uncompressed: interrupted.data), digest: RawSourceDigest.of(interrupted.data),
                                                  format: "concord-chat", origin: "webhook", receivedAt: nil, at: Date())
            try writer.beginAttempt(on: record.id)
        }
        let first = RunnerFixture.item("+14155550131|안녕하세요|g-1"), second = RunnerFixture.item("+14155550132|你好|g-2")
        let broken = RunnerFixture.item("+14155550133|BROKEN|g-3")
        let accounts = try fixture.runner().ingestKeepingFirst([first, second, first, broken, interrupted])
        #expect(accounts.map(\.stored) == [1, 1, 0, 0, 0])
        #expect(accounts.map(\.duplicates) == [0, 0, 1, 0, 0], "the same bytes twice in one batch are one item")
        #expect(accounts.map(\.quarantined) == [0, 0, 0, 1, 1])
        #expect(accounts.allSatisfy { $0.read == 1 && $0.balances })
        #expect(try fixture.store.statistics().messages == 2)
        #expect(try fixture.store.rawSourceCount(in: .quarantined) == 2)
        // Delivered again later: duplicates, nothing stored twice.
        let again = try fixture.runner().ingestKeepingFirst([second, first])
        #expect(again.map(\.duplicates) == [1, 1])
        #expect(try fixture.store.statistics().messages == 2)
    }

    @Test func aReceiverKilledBetweenItsTwoTransactionsStoresTheRedeliveryWhenAllowedMoreAttempts() throws {
        let fixture = try RunnerFixture()
        let item = RunnerFixture.item("+14155550140|killed after keeping|k-1")
        try fixture.store.write { writer in
            let record = try writer.keepRawSource(RawBytes(uncompressed: item.data), digest: RawSourceDigest.of(item.data),
                                                  format: "concord-chat", origin: "webhook", receivedAt: nil, at: Date())
            try writer.beginAttempt(on: record.id)
        }
        #expect(try fixture.runner().ingestKeepingFirst([item], attempts: 3).map(\.stored) == [1])
        #expect(try fixture.store.statistics().messages == 1)
        // An item that keeps failing midway still ends in quarantine after its attempts.
        let crashing = RunnerFixture.item("+14155550141|crashes the parser|k-2")
        try fixture.store.write { writer in
            let record = try writer.keepRawSource(RawBytes(uncompressed: crashing.data), digest: RawSourceDigest.of(crashing.data),
                                                  format: "concord-chat", origin: "webhook", receivedAt: nil, at: Date())
            for _ in 0..<3 { try writer.beginAttempt(on: record.id) }
        }
        #expect(try fixture.runner().ingestKeepingFirst([crashing], attempts: 3).map(\.quarantined) == [1])
    }

    @Test func parsingRunsOnSeveralThreadsWithTheSameResult() throws {
        let serial = try RunnerFixture(), parallel = try RunnerFixture()
        let items = (0..<200).map { RunnerFixture.item("+1415555\(1000 + $0 % 37)|text \($0)|id\($0)") }
        var one = serial.runner(batchSize: 16)
        one.parseThreads = 1
        var four = parallel.runner(batchSize: 16)
        four.parseThreads = 4
        #expect(try one.ingest(items) == four.ingest(items))
        #expect(try serial.store.statistics() == parallel.store.statistics())
    }

    @Test func aKnownCountShrinksTheLastBatchesWithTheSameResult() throws {
        let plain = try RunnerFixture(), counted = try RunnerFixture()
        let items = (0..<300).map { RunnerFixture.item("+1415555\(1000 + $0 % 41)|text \($0)|id\($0)") }
        var two = plain.runner(batchSize: 64)
        two.parseThreads = 2
        var twoCounted = counted.runner(batchSize: 64)
        twoCounted.parseThreads = 2
        // An expected count that is wrong (a file vanished, another arrived) still ingests everything.
        #expect(try two.ingest(items) == twoCounted.ingest(items, expectedCount: 250))
        #expect(try plain.store.statistics() == counted.store.statistics())
    }

    @Test func theSentimentReadOnTheParsingThreadsOrdersTheQueue() throws {
        let fixture = try RunnerFixture()
        var runner = fixture.runner(batchSize: 2)
        runner.parseThreads = 2
        let items = [
            RunnerFixture.item("+14155550100|Thank you so much, great service, it works!|s1"),
            RunnerFixture.item("+14155550101|Third time I write. Terrible, I am furious!!!|s2"),
            RunnerFixture.item("+14155550102|Where is order 1042?|s3"),
        ]
        #expect(try runner.ingest(items).stored == 3)
        let rows = try fixture.store.queue(QueueQuery(ordering: .sentiment))
        #expect(rows.map(\.lastSummary) == ["Third time I write. Terrible, I am furious!!!", "Where is order 1042?",
                                             "Thank you so much, great service, it works!"])
        let single = try fixture.store.queue(QueueQuery()).map(\.conversation.sentiment)
        // Read once, ahead: the same scores the planner reads itself.
        let planner = IngestPlanner()
        let expected = ["Thank you so much, great service, it works!", "Third time I write. Terrible, I am furious!!!", "Where is order 1042?"]
            .map { planner.sentiment(of: InboundEvent(channel: .sms, occurredAt: Date(), customer: CustomerHints(identities: []), text: $0)) }
        #expect(Set(single) == Set(expected))
    }
}
