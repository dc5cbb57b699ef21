import Foundation
import Testing
@testable import ConversationEngine

@Suite("BM25 index")
struct BM25IndexTests {
    let index = BM25Index(documents: [
        .init(id: "refund", text: "refund refund money back to your card"),
        .init(id: "delivery", text: "your parcel is late, the carrier will deliver it"),
        .init(id: "long", text: "refund " + Array(repeating: "words about many other things", count: 20).joined(separator: " ")),
    ], tokenizer: SearchTokenizer())

    @Test func defaultsAreTheUsualParameters() {
        #expect(index.k1 == 1.2)
        #expect(index.b == 0.75)
        #expect(index.documentCount == 3)
    }

    @Test func theMatchingDocumentWinsAndShortBeatsLong() {
        let hits = index.search("refund")
        #expect(hits.map(\.id) == ["refund", "long"])
        #expect(index.search("late parcel").first?.id == "delivery")
        #expect(index.search("nothing here").isEmpty)
        #expect(index.search("").isEmpty)
    }

    @Test func theScoreFollowsTheFormula() {
        // One term in one of three documents: idf = ln(1 + (3 - 1 + 0.5) / (1 + 0.5)).
        let idf = log(1 + 2.5 / 1.5)
        #expect(abs(index.idf("carrier") - idf) < 1e-9)
        let lengths = [7.0, 9.0, 101.0]
        let average = lengths.reduce(0, +) / 3
        let expected = idf * 1 * 2.2 / (1 + 1.2 * (1 - 0.75 + 0.75 * 9 / average))
        #expect(abs(index.score("carrier", documentID: "delivery") - expected) < 1e-9)
    }

    @Test func rarerTermsWeighMore() {
        #expect(index.idf("carrier") > index.idf("refund"))
        #expect(index.idf("absent") > index.idf("carrier"))
    }
}
