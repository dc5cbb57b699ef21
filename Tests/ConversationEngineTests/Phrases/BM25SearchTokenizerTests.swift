import Testing
@testable import ConversationEngine

@Suite("Search tokenizer")
struct BM25SearchTokenizerTests {
    let plain = SearchTokenizer()

    @Test func hanKanaAndHangulRunsBecomeOverlappingBigrams() {
        #expect(plain.tokens("订单还没到") == ["订单", "单还", "还没", "没到"])
        #expect(plain.tokens("환불이 아직 안 들어왔어요") == ["환불", "불이", "아직", "안", "들어", "어왔", "왔어", "어요"])
        #expect(plain.tokens("退款refund") == ["退款", "refund"])
    }

    @Test func otherScriptsBecomeLowerCasedWords() {
        #expect(plain.tokens("Where's my REFUND?") == ["where", "s", "my", "refund"])
        #expect(plain.tokens("Списали ДВАЖДЫ, ёлки!") == ["списали", "дважды", "елки"])
    }

    @Test func persianVariantsAndDigitsAreFolded() {
        // Arabic yeh and kaf, a zero-width non-joiner and Persian digits.
        #expect(plain.tokens("يك مي\u{200C}خواهم ۱۲۳") == plain.tokens("یک میخواهم 123"))
        #expect(plain.tokens("ＡＢＣ１２") == ["abc12"])
    }

    @Test func rankingCutsWordsToPrefixes() {
        let ranking = SearchTokenizer.ranking
        #expect(ranking.tokens("списали списание") == ["списа", "списа"])
        #expect(ranking.tokens("refunded refund") == ["refun", "refun"])
        #expect(ranking.tokens("订单") == ["订单"])
    }
}
