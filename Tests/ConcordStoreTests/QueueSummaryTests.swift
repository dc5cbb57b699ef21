import Testing
import ConcordStore
import ConversationEngine

/// The line a queue row shows of the latest message: the first one with words in it that is
/// not quoted, without the spaces around it; a call without words says what kind of call.
@Suite("Queue row summary")
struct QueueSummaryTests {
    @Test func theFirstUnquotedLineWithWordsTrimmed() {
        #expect(QueueSummary.firstLine("\r\n\r\n  > 지난 메일 인용\r\n\t 안녕하세요, 주문 문의입니다 \u{3000}\r\n감사합니다", callOutcome: nil)
            == "안녕하세요, 주문 문의입니다")
        #expect(QueueSummary.firstLine("\u{00A0}سلام، سفارش من کجاست؟\n", callOutcome: nil) == "سلام، سفارش من کجاست؟")
        #expect(QueueSummary.firstLine("> 你好\n>> 旧的\n\n我的订单在哪里？", callOutcome: nil) == "我的订单在哪里？")
        #expect(QueueSummary.firstLine("Здравствуйте", callOutcome: nil) == "Здравствуйте")
    }

    @Test func withoutWordsACallSaysItsKindAndAnythingElseIsEmpty() {
        #expect(QueueSummary.firstLine(" \n> quoted only\n\t", callOutcome: .missed) == "missed call")
        #expect(QueueSummary.firstLine("", callOutcome: .voicemail) == "voicemail call")
        #expect(QueueSummary.firstLine("  \r\n  ", callOutcome: nil) == "")
    }
}
