import Foundation

/// Compares the facts of a draft with those of earlier messages, one kind of fact at a time.
///
/// For each fact in the draft, the most recent earlier message that stated a fact of the same
/// kind about the same thing (and, when both name orders, the same order) is the one the
/// customer remembers. If any of its facts agrees with the draft, all is well; otherwise the
/// draft contradicts it. Newer messages win over older ones, so a correction sent yesterday
/// is what a draft is held to today.
struct FactComparison {
    let wording: WarningWording
    let draft: StatementFacts
    /// Newest first.
    let earlier: [EarlierStatement]

    func durationWarnings() -> [DraftWarning] {
        draft.durations.compactMap { stated in
            guard let (source, previous) = latest(\.durations, where: { $0.topic.isSameSubject(as: stated.topic) }) else { return nil }
            if previous.contains(where: { $0.tellsSameWait(as: stated) }) { return nil }
            guard let first = previous.first else { return nil }
            let message = "\(told(source)) that \(wording.subject(stated.topic)) would take \(first.description), "
                + "but this draft says \(stated.description)."
            return warning(.differentDuration, message, quote: first.sentence, draftWords: stated.words, source: source)
        }
    }

    func amountWarnings() -> [DraftWarning] {
        draft.amounts.compactMap { stated in
            guard stated.topic != .other,
                  let (source, previous) = latest(\.amounts, where: { $0.topic.isSameSubject(as: stated.topic) && $0.amount.isComparable(with: stated.amount) })
            else { return nil }
            if previous.contains(where: { $0.amount.isSameMoney(as: stated.amount) }) { return nil }
            guard let first = previous.first else { return nil }
            let message = "\(told(source)) that \(wording.subject(stated.topic)) is \(first.amount.description), "
                + "but this draft says \(stated.amount.description)."
            return warning(.differentAmount, message, quote: first.sentence, draftWords: stated.words, source: source)
        }
    }

    func dateWarnings() -> [DraftWarning] {
        draft.dates.compactMap { stated in
            guard let (source, previous) = latest(\.dates, where: { $0.topic.isSameSubject(as: stated.topic) }) else { return nil }
            if previous.contains(where: { $0.date == stated.date }) { return nil }
            guard let first = previous.first else { return nil }
            let message = "\(told(source)) that \(wording.subject(stated.topic)) is due on \(wording.weekdayAndDay(first.date)), "
                + "but this draft says \(wording.weekdayAndDay(stated.date))."
            return warning(.differentDate, message, quote: first.sentence, draftWords: stated.words, source: source)
        }
    }

    func refundMethodWarnings() -> [DraftWarning] {
        guard let stated = draft.refundMethods.first,
              let (source, previous) = latest(\.refundMethods, where: { _ in true }) else { return [] }
        let agrees = draft.refundMethods.contains { mine in previous.contains { $0.method.isCompatible(with: mine.method) } }
        if agrees { return [] }
        guard let first = previous.first else { return [] }
        let message = "\(told(source)) that the refund goes to \(first.method.description), "
            + "but this draft says \(stated.method.description)."
        return [warning(.differentRefundMethod, message, quote: first.sentence, draftWords: stated.words, source: source)]
    }

    // MARK: Helpers

    /// The newest earlier message with facts matching `condition`, and those facts.
    private func latest<Fact>(_ facts: KeyPath<StatementFacts, [Fact]>, where condition: (Fact) -> Bool) -> (EarlierStatement, [Fact])? {
        for statement in earlier where statement.facts.mayConcernSameOrder(as: draft) {
            let matching = statement.facts[keyPath: facts].filter(condition)
            if !matching.isEmpty { return (statement, matching) }
        }
        return nil
    }

    private func told(_ source: EarlierStatement) -> String {
        wording.told(by: source.agent, on: source.message.channel, at: source.message.sentAt)
    }

    private func warning(_ kind: DraftWarning.Kind, _ message: String, quote: String, draftWords: String,
                         source: EarlierStatement) -> DraftWarning {
        DraftWarning(kind: kind, message: message, quote: quote, draftWords: draftWords, earlierMessageID: source.message.id,
                     earlierChannel: source.message.channel, earlierAt: source.message.sentAt, earlierAgent: source.agent)
    }
}
