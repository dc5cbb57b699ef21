/// An amount of money a message states, with what it is about and the words that said it.
public struct StatedAmount: Sendable, Hashable {
    public var amount: MoneyAmount
    /// A refund amount and a charge are different things even in the same currency.
    public var topic: FactTopic
    /// The amount as written ("121,000원", "۲۵۰٬۰۰۰ تومان").
    public var words: String
    /// The sentence it stands in, for quoting.
    public var sentence: String

    public init(amount: MoneyAmount, topic: FactTopic, words: String, sentence: String) {
        self.amount = amount
        self.topic = topic
        self.words = words
        self.sentence = sentence
    }
}
