/// A length of time a message states ("refund within 5 business days", "배송은 3~5일 소요"),
/// with what it is about and the words that said it.
public struct StatedDuration: Sendable, Hashable {
    /// The quick end of a range ("3" in "3–5 business days"); equal to `high` for one number.
    public var low: Int
    /// The slow end: the one a customer holds the team to.
    public var high: Int
    public var unit: DurationUnit
    public var topic: FactTopic
    /// The time words as written ("within 5 business days", "10天").
    public var words: String
    /// The sentence it stands in, for quoting.
    public var sentence: String

    public init(low: Int, high: Int, unit: DurationUnit, topic: FactTopic, words: String, sentence: String) {
        self.low = low
        self.high = high
        self.unit = unit
        self.topic = topic
        self.words = words
        self.sentence = sentence
    }

    /// Whether two durations tell the customer the same wait: the same slow end on the same
    /// scale. "24 hours" is "1 day" and "2 weeks" is "14 days", but "5 business days" is not
    /// "7 days", and "3–5 days" is not "3 days".
    public func tellsSameWait(as other: StatedDuration) -> Bool {
        unit.isBusiness == other.unit.isBusiness && Double(high) * unit.seconds == Double(other.high) * other.unit.seconds
    }

    /// "3–5 business days", "10 days": the English words warnings use.
    public var description: String {
        let count = low == high ? "\(high)" : "\(low)–\(high)"
        return "\(count) \(high == 1 ? unit.singular : unit.plural)"
    }
}
