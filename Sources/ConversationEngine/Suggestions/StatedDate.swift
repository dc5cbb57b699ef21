/// A day a message names for something ("delivery on 3 December", "by Friday", "明天送达"),
/// pinned to the calendar from the day the message was sent, so "by Friday" on Monday and
/// "tomorrow" on Thursday are recognised as the same day.
public struct StatedDate: Sendable, Hashable {
    public var date: LocalDate
    public var topic: FactTopic
    /// The time words as written ("by Friday", "12월 3일까지").
    public var words: String
    /// The sentence it stands in, for quoting.
    public var sentence: String

    public init(date: LocalDate, topic: FactTopic, words: String, sentence: String) {
        self.date = date
        self.topic = topic
        self.words = words
        self.sentence = sentence
    }
}
