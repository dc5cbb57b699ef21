import Foundation

/// The checkable facts a message states: amounts of money, lengths of time, dates and refund
/// methods, each with what it is about, plus the order numbers it mentions.
///
/// This is what consistency checks compare: more than three quarters of customers are
/// frustrated by contradictory answers (DOMAIN.md, principle 3), and the contradictions that
/// hurt are in these facts ("5 business days" by email, "10 days" in chat). Facts are read with
/// the message's own send time, so "by Friday" is the Friday after that message was sent.
///
/// Durations and dates count when the words commit to them or state them about a named thing,
/// never when they report the past ("we sent it 3 days ago"). Amounts count in any tense. A
/// refund method counts only in a sentence about a refund ("paid by card" is not one). Questions
/// state nothing.
///
/// ```swift
/// let facts = StatementFacts(reading: "환불은 5영업일 이내에 원 결제 수단으로 처리됩니다.", language: .ko,
///                            sentAt: sent, timeZone: seoul)
/// facts.durations.first?.description  // "5 business days"
/// facts.refundMethods.first?.method    // .originalPayment
/// ```
public struct StatementFacts: Sendable, Hashable {
    public var amounts: [StatedAmount]
    public var durations: [StatedDuration]
    public var dates: [StatedDate]
    public var refundMethods: [StatedRefundMethod]
    /// Order, ticket and case numbers, upper-cased ("1042", "A-77"): facts about different
    /// orders are not compared.
    public var references: Set<String>

    public init(amounts: [StatedAmount] = [], durations: [StatedDuration] = [], dates: [StatedDate] = [],
                refundMethods: [StatedRefundMethod] = [], references: Set<String> = []) {
        self.amounts = amounts
        self.durations = durations
        self.dates = dates
        self.refundMethods = refundMethods
        self.references = references
    }

    /// Reads the facts of `text`.
    ///
    /// - Parameters:
    ///   - text: a message; quoted lines of earlier emails are skipped.
    ///   - language: the language it is written in.
    ///   - sentAt: when it was sent, for pinning "tomorrow" and "by Friday" to dates.
    ///   - timeZone: whose calendar those dates are on.
    public init(reading text: String, language: Language, sentAt: Date, timeZone: TimeZone) {
        self.init()
        let matchable = AlignedText(text)
        let resolver = DueDateResolver(sentAt: sentAt, timeZone: timeZone, calendar: nil, language: language)
        readTimes(matchable, language: language, resolver: resolver)
        readAmountsAndMethods(matchable, language: language)
        references = OrderReferences.find(in: matchable, language: language)
    }

    /// Whether the message states nothing checkable.
    public var isEmpty: Bool { amounts.isEmpty && durations.isEmpty && dates.isEmpty && refundMethods.isEmpty }

    /// Whether facts of this message and of `other` may be about the same order: always, unless
    /// both name orders and none is common to them.
    public func mayConcernSameOrder(as other: StatementFacts) -> Bool {
        references.isEmpty || other.references.isEmpty || !references.isDisjoint(with: other.references)
    }

    private mutating func readTimes(_ text: AlignedText, language: Language, resolver: DueDateResolver) {
        for statement in TimeStatementReader.read(text, language: language, mode: .statement) where statement.topic != .other {
            let words = Whitespace.collapsed(text.original(statement.phrase.range))
            let sentence = Whitespace.collapsed(text.original(statement.sentence))
            if let span = statement.phrase.expression.span {
                durations.append(StatedDuration(low: span.low, high: span.high, unit: span.unit, topic: statement.topic,
                                                words: words, sentence: sentence))
            } else if let day = resolver.localDay(statement.phrase.expression) {
                dates.append(StatedDate(date: day, topic: statement.topic, words: words, sentence: sentence))
            }
        }
    }

    private mutating func readAmountsAndMethods(_ text: AlignedText, language: Language) {
        var carried: FactTopic?
        for sentence in SentenceRanges.sentences(in: text) {
            let topics = FactTopicClassifier.mentions(in: sentence, text: text, language: language)
            defer { carried = topics.last ?? carried }
            if text.folded(sentence).hasSuffix("?") { continue }
            let quote = Whitespace.collapsed(text.original(sentence))
            for found in MoneyScanner.amounts(in: text, range: sentence, language: language) {
                let topic = topics.topic(of: found.range, within: sentence) ?? carried ?? .other
                amounts.append(StatedAmount(amount: found.amount, topic: topic, words: Whitespace.collapsed(text.original(found.range)),
                                            sentence: quote))
            }
            for found in RefundMethodScanner.methods(in: text, range: sentence, language: language) {
                let topic = topics.topic(of: found.range, within: sentence) ?? carried
                guard topic == .refund else { continue }
                refundMethods.append(StatedRefundMethod(method: found.method, words: Whitespace.collapsed(text.original(found.range)),
                                                        sentence: quote))
            }
        }
    }
}
