import Foundation
import Testing
@testable import ConcordStore
import ConversationEngine

@Suite("Full-text search in five languages")
struct StoreSearchTests {
    static let messages: [(Channel, Identity, String)] = [
        (.email, .email("li@example.cn")!, "我的退款什么时候到账？已经等了两个星期了。"),
        (.sms, .phone("+821022223333")!, "환불이 아직 안 들어왔어요. 확인 부탁드립니다."),
        (.chat, .external("v-1", system: "chat")!, "Где мой возврат? Заказ 5521 так и не пришёл."),
        (.x, .handle("@reza", on: .x)!, "سفارش من هنوز نرسیده و می‌خواهم پول را برگردانید"),
        (.email, .email("sam@example.com")!, "The refunds page says my money is on its way."),
    ]

    private func seeded() throws -> StoreFixture {
        let fixture = try StoreFixture()
        for (index, (channel, identity, text)) in Self.messages.enumerated() {
            try fixture.store.ingest(StoreFixture.event(channel, identity: identity, id: "m\(index)", text: text, minutes: Double(index)))
        }
        return fixture
    }

    private func texts(_ store: any Store, _ query: String) throws -> [String] {
        try store.search(SearchQuery(query)).map { try #require(try store.message($0.messageID)).text }
    }

    @Test func findsChineseWordsInsideLongerRuns() throws {
        let fixture = try seeded()
        #expect(try texts(fixture.store, "退款") == [Self.messages[0].2])
        #expect(try texts(fixture.store, "到账") == [Self.messages[0].2])
        #expect(try texts(fixture.store, "退款什么时候").count == 1)
        #expect(try texts(fixture.store, "退").count == 1, "one character still searches")
        #expect(try texts(fixture.store, "款到").isEmpty, "bigrams keep word order: 款到 is not in the text")
    }

    @Test func findsKoreanStemsInsideWordsWithParticles() throws {
        let fixture = try seeded()
        #expect(try texts(fixture.store, "환불") == [Self.messages[1].2])
        #expect(try texts(fixture.store, "환불이") == [Self.messages[1].2])
        #expect(try texts(fixture.store, "확인").count == 1)
    }

    @Test func findsRussianPersianAndEnglishByWordPrefix() throws {
        let fixture = try seeded()
        #expect(try texts(fixture.store, "возврат") == [Self.messages[2].2])
        #expect(try texts(fixture.store, "ЗАКАЗ") == [Self.messages[2].2], "case-insensitive in Cyrillic")
        #expect(try texts(fixture.store, "سفارش") == [Self.messages[3].2])
        // Without the zero-width non-joiner, with Arabic yeh: the same word.
        #expect(try texts(fixture.store, "ميخواهم") == [Self.messages[3].2])
        #expect(try texts(fixture.store, "refund") == [Self.messages[4].2], "prefix: refund finds refunds")
        #expect(try texts(fixture.store, "re").count == 2, "two-letter queries work: refunds, and the author @reza")
        #expect(try texts(fixture.store, "money refund").count == 1)
        #expect(try texts(fixture.store, "money kettle").isEmpty, "every word must match")
    }

    @Test func findsMessagesByTheirAuthorsNameAndCounts() throws {
        let fixture = try seeded()
        try fixture.store.ingest(StoreFixture.event(.sms, identity: .phone("+821033334444")!, id: "named", text: "안녕하세요",
                                                    minutes: 9, name: "김민지"))
        #expect(try texts(fixture.store, "김민지") == ["안녕하세요"])
        #expect(try fixture.store.searchCount(SearchQuery("退款")) == 1)
        #expect(try fixture.store.searchCount(SearchQuery("re")) == 2)
        #expect(try fixture.store.searchCount(SearchQuery("re", channels: [.x])) == 1)
        #expect(try fixture.store.searchCount(SearchQuery("!!")) == 0)
    }

    @Test func queriesWithFTSSyntaxAreTakenLiterally() throws {
        let fixture = try seeded()
        for query in ["\"", "AND", "NEAR(", "*", "a OR b", "-", "refund\"*", "()"] {
            _ = try fixture.store.search(SearchQuery(query))
        }
        #expect(try texts(fixture.store, "   ").isEmpty)
    }

    @Test func hitsCarryCustomerAndSnippetAndCanBeFiltered() throws {
        let fixture = try seeded()
        let hit = try #require(try fixture.store.search(SearchQuery("возврат")).first)
        #expect(hit.channel == .chat)
        #expect(hit.snippet.contains("возврат"))
        let customer = try #require(try fixture.store.customer(with: .email("li@example.cn")!))
        #expect(try fixture.store.search(SearchQuery("退款", customer: customer)).count == 1)
        #expect(try fixture.store.search(SearchQuery("退款", channels: [.sms])).isEmpty)
    }

    @Test func normalizerMatchesTheDesign() {
        #expect(SearchTextNormalizer.indexText("退款什么") == "退款 款什 什么 么")
        #expect(SearchTextNormalizer.indexText("환불이 늦어요") == "환불 불이 이 늦어 어요 요")
        #expect(SearchTextNormalizer.matchExpression(for: "退款") == "\"退款\"")
        #expect(SearchTextNormalizer.matchExpression(for: "Refund 退") == "\"refund\"* AND \"退\"*")
        #expect(SearchTextNormalizer.matchExpression(for: "۱۲۳") == "\"123\"*")
        #expect(SearchTextNormalizer.matchExpression(for: "!!") == nil)
    }

    @Test("folding without NFKC where it is not needed gives exactly what NFKC gives, for every scalar of the BMP")
    func foldingShortcutsAgreeWithNFKC() {
        var disagreements: [String] = []
        for value in UInt32(0x20)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "Ab\(Character(scalar))cD ，（Ｘ）"
            let expected = SearchTextNormalizer.folded(text.precomposedStringWithCompatibilityMapping)
            if SearchTextNormalizer.folded(text) != expected { disagreements.append(String(value, radix: 16)) }
        }
        #expect(disagreements.isEmpty, "U+\(disagreements.prefix(20).joined(separator: ", U+"))")
        #expect(SearchTextNormalizer.folded("退款，ＯＲＤＥＲ　５５２１！") == "退款,order 5521!")
    }
}
