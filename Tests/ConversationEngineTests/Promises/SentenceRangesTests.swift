import Foundation
import Testing
@testable import ConversationEngine

@Suite("Sentence ranges: what an agent wrote, cut into sentences")
struct SentenceRangesTests {
    private func sentences(_ text: String) -> [String] {
        let aligned = AlignedText(text)
        return SentenceRanges.sentences(in: aligned).map { aligned.original($0) }
    }

    @Test func attributionLinesInEveryLanguageAreNotTheAgentsWords() {
        for attribution in ["On Mon, Dana wrote:", "В пн, Анна пишет:", "2026年12月1日 王芳 写道：", "در ۱۰ آذر، سارا نوشت:", "홍길동 작성:"] {
            let text = "We will refund you within 3 days.\n\n\(attribution)\n> When is my refund coming?\nThanks, Dana"
            #expect(sentences(text) == ["We will refund you within 3 days.", "Thanks, Dana"], "after \(attribution)")
        }
        // A line that only ends with a colon is the agent's own.
        #expect(sentences("Here is what we will do:\nrefund you today.") == ["Here is what we will do:", "refund you today."])
    }

    @Test func anIndentedOriginalMessageSeparatorEndsTheReply() {
        let text = "It ships tomorrow.\n   -----Original Message-----\nFrom: someone\nWhere is it?"
        #expect(sentences(text) == ["It ships tomorrow."])
        #expect(sentences("It ships tomorrow.\n-- \nDana") == ["It ships tomorrow.", "--", "Dana"])
    }

    @Test func hardWrapsJoinButFinishedLinesAndListItemsDoNot() {
        let long = "Thank you for your patience while we look into the parcel you wrote about"
        // Trailing spaces and a no-break space after the wrap point do not hide it.
        #expect(sentences("\(long) \u{00A0}\t\nand we will call you tomorrow.").count == 1)
        #expect(sentences("\(long):\nwe will call you tomorrow.").count == 2)
        #expect(sentences("\(long)\n- a replacement\n• a refund").count == 3)
        #expect(sentences("Short line\nwe will call you tomorrow.").count == 2)
    }

    @Test func quotedLinesAreLeftOutAndTheRestKept() {
        let text = "Hello Sam,\n> Where is my order?\n> It is late.\nIt left our warehouse today."
        #expect(sentences(text) == ["Hello Sam,", "It left our warehouse today."])
    }
}
