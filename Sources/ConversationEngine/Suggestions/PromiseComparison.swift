import Foundation

/// Compares the promises of a draft with the customer's open promises.
///
/// A draft that promises a refund for next Monday, when a refund was promised for Wednesday,
/// quietly breaks the earlier promise. Promises are compared only with promises about the same
/// thing: the kind an open promise was recorded with, or else the kind read from its text; a
/// delivery and a replacement are one thing, and promises whose words name nothing are not
/// compared. A later due time counts when it falls on a later day, or, for a promise with a
/// time of day, more than an hour later on the same day; "by Friday" against a promise due at
/// Friday's closing time is not a contradiction.
struct PromiseComparison {
    let wording: WarningWording
    let now: Date
    let timeZone: TimeZone
    let language: Language

    func warnings(for drafted: [ExtractedPromise], openPromises: [Promise], history: [Message]) -> [DraftWarning] {
        let open = openPromises.filter { $0.state == .open }
        guard !drafted.isEmpty, !open.isEmpty else { return [] }
        let messages = Dictionary(history.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let subjects = open.map { FactTopic(kind(of: $0)) }
        var result: [DraftWarning] = []
        for promise in drafted {
            for (earlier, subject) in zip(open, subjects) where subject.isSameSubject(as: FactTopic(promise.kind))
                && isLater(promise.dueAt, than: earlier.dueAt) {
                let source = earlier.messageID.flatMap { messages[$0] }
                let agent = source.flatMap { $0.author.kind == .customer || $0.author.name.isEmpty ? nil : $0.author.name }
                let message = "This draft promises \(wording.subject(promise.kind)) by \(wording.moment(promise.dueAt)), "
                    + "later than the open promise due \(wording.moment(earlier.dueAt)) made on \(wording.day(earlier.madeAt)), "
                    + "so keep that time or explain the delay."
                result.append(DraftWarning(kind: .contradictsPromise, message: message, quote: earlier.text, draftWords: promise.expression,
                                           earlierMessageID: earlier.messageID, earlierChannel: source?.channel,
                                           earlierAt: earlier.madeAt, earlierAgent: agent))
            }
        }
        return result
    }

    private func isLater(_ drafted: Date, than promised: Date) -> Bool {
        guard drafted > promised else { return false }
        let draftedDay = LocalDate(drafted.addingTimeInterval(-1), in: timeZone)
        let promisedDay = LocalDate(promised.addingTimeInterval(-1), in: timeZone)
        if draftedDay > promisedDay { return true }
        // "By Friday" names a day, not an hour: it keeps a promise due at Friday's close.
        let endOfDraftedDay = draftedDay.next.start(in: timeZone)?.addingTimeInterval(-1)
        return drafted != endOfDraftedDay && drafted.timeIntervalSince(promised) > 3600
    }

    /// The kind of an open promise: as recorded in the ledger, or else read from its text (what
    /// the extractor would call it, or the topic its words name).
    private func kind(of promise: Promise) -> PromiseKind {
        if promise.kind != .other { return promise.kind }
        let language = LanguageGuesser.guess(promise.text, preferred: self.language) ?? self.language
        if let extracted = PromiseExtractor().extract(from: promise.text, language: language, sentAt: promise.madeAt, timeZone: timeZone).first {
            return extracted.kind
        }
        let text = AlignedText(promise.text)
        return FactTopicClassifier.lastTopic(in: text.fullRange, text: text, language: language).map(PromiseKind.init) ?? .other
    }
}
