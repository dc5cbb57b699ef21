import Foundation

/// Checks a draft reply against what this customer was already told and promised, before it
/// is sent.
///
/// Customers are frustrated by contradictory answers from different agents (DOMAIN.md,
/// principle 3) and hold the team to what it promised (principle 4). The agent writing in chat
/// today rarely remembers the email a colleague sent last week, so the checker does:
/// - **Stated facts**: every amount, duration, date and refund method in the draft is compared
///   with the most recent outbound message to this customer, on any channel, that stated a
///   fact of the same kind about the same thing (a refund duration with a refund duration, an
///   amount with an amount in the same currency). Facts about different things (a delivery ETA
///   and a refund duration) or different orders are never compared, and a draft that repeats
///   what was said gets no warning.
/// - **Open promises**: a draft promising something later than an open promise of the same
///   kind contradicts it. Restating a relative promise ("within 5 business days" again, days
///   later) moves the deadline, so it warns too: say the original date instead.
/// - **Honest reply times**: a draft promising a reply, call back or update sooner than the
///   team honestly replies on this channel over-promises ("within the hour" when replies take
///   six hours).
///
/// ```swift
/// let warnings = ConsistencyChecker().check(draft: "Your refund will arrive within 10 days.", language: .en,
///                                           channel: .chat, at: now, history: timeline.messages,
///                                           openPromises: [], honestReplyTime: 6 * 3600, timeZone: zone)
/// warnings.first?.message
/// // "On 3 Dec, Dana told this customer by email that the refund would take 5 business days, but this draft says 10 days."
/// ```
public struct ConsistencyChecker: Sendable {
    /// Facts of earlier messages already read: keep one checker per console session so a draft
    /// checked on every pause in typing reads the history once.
    private let memo = StatementFactsMemo()

    public init() {}

    /// The warnings for `draft`, most serious first (promises, then facts), without repeats.
    ///
    /// - Parameters:
    ///   - draft: the reply being written.
    ///   - language: the draft's language; earlier messages are read in their own (guessed) one.
    ///   - channel: where the draft will be sent.
    ///   - now: when it will be sent.
    ///   - history: this customer's messages on every channel; only outbound ones sent by `now`
    ///     are compared, the newest `historyLimit` of them.
    ///   - openPromises: the customer's promise ledger; only open promises are compared.
    ///   - honestReplyTime: how long replies on `channel` honestly take now, when known.
    ///   - timeZone: the customer's time zone, for "tomorrow" and "by Friday".
    public func check(draft: String, language: Language, channel: Channel, at now: Date, history: [Message],
                      openPromises: [Promise], honestReplyTime: TimeInterval?, timeZone: TimeZone) -> [DraftWarning] {
        let wording = WarningWording(timeZone: timeZone, now: now)
        let draftFacts = StatementFacts(reading: draft, language: language, sentAt: now, timeZone: timeZone)
        let draftPromises = PromiseExtractor().extract(from: draft, language: language, sentAt: now, timeZone: timeZone)
        // Only when the draft states something is the history read, newest first and at most
        // `historyLimit` messages back: what was said long before is what later messages restate.
        let earlier = draftFacts.isEmpty ? [] : history
            .filter { $0.direction == .outbound && $0.sentAt <= now && !$0.text.isEmpty }
            .sorted { $0.sentAt > $1.sentAt }
            .prefix(Self.historyLimit)
            .map { message -> EarlierStatement in
                let ownLanguage = LanguageGuesser.guess(message.text, preferred: language) ?? language
                return EarlierStatement(message: message, facts: memo.facts(of: message, language: ownLanguage, timeZone: timeZone))
            }

        var warnings: [DraftWarning] = []
        warnings += PromiseComparison(wording: wording, now: now, timeZone: timeZone, language: language)
            .warnings(for: draftPromises, openPromises: openPromises, history: history)
        if let honestReplyTime {
            warnings += overPromises(draftPromises, honestReplyTime: honestReplyTime, channel: channel, now: now, wording: wording)
        }
        let facts = FactComparison(wording: wording, draft: draftFacts, earlier: earlier)
        warnings += facts.durationWarnings() + facts.amountWarnings() + facts.dateWarnings() + facts.refundMethodWarnings()

        var seen = Set<DraftWarning>()
        return warnings.filter { seen.insert($0).inserted }
    }

    /// How many earlier outbound messages are read, newest first.
    public static let historyLimit = 200

    private func overPromises(_ promises: [ExtractedPromise], honestReplyTime: TimeInterval, channel: Channel, now: Date,
                              wording: WarningWording) -> [DraftWarning] {
        promises.compactMap { promise in
            let promisedWait = promise.dueAt.timeIntervalSince(now)
            guard promise.kind.isAboutHearingBack, promisedWait + 60 < honestReplyTime else { return nil }
            let message = "This draft promises \(wording.subject(promise.kind)) within \(WarningWording.length(promisedWait)) "
                + "(“\(promise.expression)”), but on \(channel.label) the team honestly replies in about "
                + "\(WarningWording.length(honestReplyTime)), so promise no less than that."
            return DraftWarning(kind: .overPromise, message: message, quote: promise.text, draftWords: promise.expression)
        }
    }
}
