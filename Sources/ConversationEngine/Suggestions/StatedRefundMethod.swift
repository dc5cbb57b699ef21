/// A refund method a message names, with the words that said it.
public struct StatedRefundMethod: Sendable, Hashable {
    public var method: RefundMethod
    /// The words as written ("original card", "적립금", "原路退回").
    public var words: String
    /// The sentence it stands in, for quoting.
    public var sentence: String

    public init(method: RefundMethod, words: String, sentence: String) {
        self.method = method
        self.words = words
        self.sentence = sentence
    }
}
