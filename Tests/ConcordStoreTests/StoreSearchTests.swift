import Foundation
import GRDB
import Testing
import ConcordPostgres
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

    private func seeded(_ kind: StoreKind) throws -> StoreFixture {
        let fixture = try StoreFixture(kind)
        for (index, (channel, identity, text)) in Self.messages.enumerated() {
            try fixture.store.ingest(StoreFixture.event(channel, identity: identity, id: "m\(index)", text: text, minutes: Double(index)))
        }
        return fixture
    }

    private func texts(_ store: any Store, _ query: String) throws -> [String] {
        try store.search(SearchQuery(query)).map { try #require(try store.message($0.messageID)).text }
    }

    @Test(arguments: StoreKind.allCases) func findsChineseWordsInsideLongerRuns(_ kind: StoreKind) throws {
        let fixture = try seeded(kind)
        #expect(try texts(fixture.store, "退款") == [Self.messages[0].2])
        #expect(try texts(fixture.store, "到账") == [Self.messages[0].2])
        #expect(try texts(fixture.store, "退款什么时候").count == 1)
        #expect(try texts(fixture.store, "退").count == 1, "one character still searches")
        #expect(try texts(fixture.store, "款到").isEmpty, "bigrams keep word order: 款到 is not in the text")
    }

    @Test(arguments: StoreKind.allCases) func findsKoreanStemsInsideWordsWithParticles(_ kind: StoreKind) throws {
        let fixture = try seeded(kind)
        #expect(try texts(fixture.store, "환불") == [Self.messages[1].2])
        #expect(try texts(fixture.store, "환불이") == [Self.messages[1].2])
        #expect(try texts(fixture.store, "확인").count == 1)
    }

    @Test(arguments: StoreKind.allCases) func findsRussianPersianAndEnglishByWordPrefix(_ kind: StoreKind) throws {
        let fixture = try seeded(kind)
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

    @Test(arguments: StoreKind.allCases) func findsMessagesByTheirAuthorsNameAndCounts(_ kind: StoreKind) throws {
        let fixture = try seeded(kind)
        try fixture.store.ingest(StoreFixture.event(.sms, identity: .phone("+821033334444")!, id: "named", text: "안녕하세요",
                                                    minutes: 9, name: "김민지"))
        #expect(try texts(fixture.store, "김민지") == ["안녕하세요"])
        #expect(try fixture.store.searchCount(SearchQuery("退款")) == 1)
        #expect(try fixture.store.searchCount(SearchQuery("re")) == 2)
        #expect(try fixture.store.searchCount(SearchQuery("re", channels: [.x])) == 1)
        #expect(try fixture.store.searchCount(SearchQuery("!!")) == 0)
    }

    @Test(arguments: StoreKind.allCases) func queriesWithFTSSyntaxAreTakenLiterally(_ kind: StoreKind) throws {
        let fixture = try seeded(kind)
        for query in ["\"", "AND", "NEAR(", "*", "a OR b", "-", "refund\"*", "()"] {
            _ = try fixture.store.search(SearchQuery(query))
        }
        #expect(try texts(fixture.store, "   ").isEmpty)
    }

    @Test(arguments: StoreKind.allCases) func hitsCarryCustomerAndSnippetAndCanBeFiltered(_ kind: StoreKind) throws {
        let fixture = try seeded(kind)
        let hit = try #require(try fixture.store.search(SearchQuery("возврат")).first)
        #expect(hit.channel == .chat)
        #expect(hit.snippet.contains("возврат"))
        let customer = try #require(try fixture.store.customer(with: .email("li@example.cn")!))
        #expect(try fixture.store.search(SearchQuery("退款", customer: customer)).count == 1)
        #expect(try fixture.store.search(SearchQuery("退款", channels: [.sms])).isEmpty)
    }

    /// Mail holds addresses, links, prices, order numbers and accented names: PostgreSQL's own
    /// parser splits those otherwise than FTS5 (see `PostgresSearchText`).
    static let trickyTexts = [
        "Café au lait for José and Zoë, naïve résumé",
        "Write to dana@shop.com or see https://shop.com/invoice/7731?x=1",
        "Order A-1234 costs 12.5 EUR, version v1.2.3, 3,000 items, under_score foo/bar",
        "سَلام، لطفاً بازپرداخت؟ ۱۲۳",
        "«Возврат» не пришёл — ёлка, йогурт… x² ½",
        "退款什么时候到账？　e-mail: don't it's",
        "환불이 안 돼요!!! 확인 부탁",
    ]

    @Test("both stores find the same messages for addresses, links, numbers, accents and marks")
    func bothStoresGiveTheSameHits() throws {
        let stores = try StoreKind.allCases.map { kind in
            let fixture = try StoreFixture(kind)
            for (index, text) in Self.trickyTexts.enumerated() {
                try fixture.store.ingest(StoreFixture.event(.email, identity: .email("c\(index)@example.com")!, id: "t\(index)",
                                                            text: text, minutes: Double(index)))
            }
            return fixture
        }
        let queries = ["cafe", "café", "jose", "ZOË", "naive", "shop", "invoice", "dana", "dana@shop.com", "7731", "com", "https",
                       "1234", "a-1234", "12.5", "5", "eur", "v1", "2", "000", "under", "score", "bar", "foo/bar",
                       "سلام", "سَلام", "لطفا", "بازپرداخت", "123", "возврат", "пришел", "пришёл", "елка", "ёлка", "йогурт", "x²",
                       "x", "½", "退款", "到账", "款到", "mail", "e-mail", "don't", "s", "환불", "확인 부탁", "e", "é"]
        var differences: [String] = []
        for query in queries {
            let found = try stores.map { fixture in
                try fixture.store.search(SearchQuery(query)).map { try #require(try fixture.store.message($0.messageID)).text }
            }
            let counts = try stores.map { try $0.store.searchCount(SearchQuery(query)) }
            if found[0] != found[1] || counts != [found[0].count, found[0].count] {
                differences.append("\(query): SQLite \(found[0].count), PostgreSQL \(found[1].count), counts \(counts)")
            }
        }
        #expect(differences.isEmpty, "\(differences)")
        #expect(try stores[1].store.search(SearchQuery("invoice")).count == 1)
        #expect(try stores[1].store.search(SearchQuery("cafe")).count == 1)
    }

    @Test("SQLite's fts3tokenize splits and folds every scalar as the FTS5 index does")
    func indexTokenizerAgreesWithFTS5() throws {
        let queue = try DatabaseQueue()
        let scalars = (UInt32(0x21)...0x2FFFF).compactMap(Unicode.Scalar.init).filter { $0.value % 7 == 0 || $0.value < 0x3000 }
        let expected = try queue.write { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2');
                CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');
                """)
            for scalar in scalars {
                try db.execute(sql: "INSERT INTO t (rowid, body) VALUES (?, ?)", arguments: [Int64(scalar.value), "q\(scalar)Q"])
            }
            var tokens: [Int64: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT doc, term FROM v ORDER BY doc, \"offset\"") {
                tokens[row[0], default: []].append(row[1])
            }
            return tokens
        }
        var disagreements: [String] = []
        for scalar in scalars where try IndexTokenizer.tokens("q\(scalar)Q") != expected[Int64(scalar.value)] ?? [] {
            disagreements.append(String(scalar.value, radix: 16))
        }
        #expect(disagreements.isEmpty, "U+\(disagreements.prefix(20).joined(separator: ", U+"))")
    }

    @Test func postgresQueriesAreTheMatchExpressionsTokens() throws {
        #expect(try PostgresSearchText.query("Refund 退款什么 café") == "'refund':* & ('退款' <-> '款什' <-> '什么') & 'cafe':*")
        #expect(try PostgresSearchText.query("e-mail سَلام") == "'e':* & 'mail':* & ('س' <-> 'لام':*)")
        #expect(try PostgresSearchText.query("it's") == "'it':* & 's':*")
        #expect(try PostgresSearchText.query("!!") == nil)
        #expect(try PostgresSearchText.vector("退款 款什 什么 么") == "'退款':1 '款什':2 '什么':3 '么':4")
        #expect(try PostgresSearchText.query("김민지") == "('김민' <-> '민지')")
        #expect(try PostgresSearchText.vector("dana@shop.com dana x²") == "'dana':1,4 'shop':2 'com':3 'x²':5")
        #expect(try PostgresSearchText.vector("o'neil \\") == "'o':1 'neil':2")
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
