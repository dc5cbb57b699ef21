import Foundation

/// Situations read from the message's context rather than its words: a public complaint, a
/// reply later than its target, a loyal customer, a broken promise, and repeat contact from
/// the conversation's own history.
struct ContextSituationReader: Sendable {
    let threshold: Double

    /// The context situations, with repeat contact merged with what the text said about it.
    func read(_ context: SituationContext, text: [SituationID: DetectedSituation], sentiment: Double) -> [DetectedSituation] {
        [
            publicComplaint(context, text: text, sentiment: sentiment),
            longWait(context),
            loyalCustomer(context),
            brokenPromise(context),
            repeatContact(context, text: text[.repeatContact]),
        ].compactMap { $0 }
    }

    /// A complaint anyone can read: a public post with trouble in it or clearly bad feeling.
    private func publicComplaint(
        _ context: SituationContext, text: [SituationID: DetectedSituation], sentiment: Double
    ) -> DetectedSituation? {
        guard context.isPublic else { return nil }
        let troubles = text.values
            .filter { TextSituationReader.troubles.contains($0.id) && $0.confidence >= threshold }
            .sorted { $0.confidence > $1.confidence }
        let strongest = max(troubles.first?.confidence ?? 0, -sentiment)
        guard !troubles.isEmpty || sentiment <= -0.25 else { return nil }
        var evidence = ["public post on \(context.channel.label)"]
        for word in troubles.flatMap(\.evidence) where evidence.count < 4 && !evidence.contains(word) {
            evidence.append(word)
        }
        return DetectedSituation(id: .publicComplaint, confidence: 0.5 + 0.5 * strongest, evidence: evidence)
    }

    /// Waiting past the reply target: just over it is worth an apology, twice over a strong one.
    private func longWait(_ context: SituationContext) -> DetectedSituation? {
        guard let waited = context.waited, let target = context.replyTarget, target > 0, waited > target else { return nil }
        let confidence = 0.55 + 0.3 * log2(waited / target)
        let fact = "waited \(DurationText.short(waited)) against a \(DurationText.short(target)) target"
        return DetectedSituation(id: .longWait, confidence: confidence, evidence: [fact])
    }

    /// Three years or more with the company, or a gold or platinum tier.
    private func loyalCustomer(_ context: SituationContext) -> DetectedSituation? {
        var doubt = 1.0
        var evidence: [String] = []
        if let years = context.tenureYears, years >= 3 {
            doubt *= 1 - min(0.9, 0.6 + 0.05 * Double(years - 3))
            evidence.append("customer for \(years) years")
        }
        switch context.loyalty {
        case .platinum:
            doubt *= 1 - 0.85
            evidence.append("platinum tier")
        case .gold:
            doubt *= 1 - 0.7
            evidence.append("gold tier")
        case .none, .bronze, .silver:
            break
        }
        guard !evidence.isEmpty else { return nil }
        return DetectedSituation(id: .loyalCustomer, confidence: 1 - doubt, evidence: evidence)
    }

    /// Any promise past its due time that was not kept.
    private func brokenPromise(_ context: SituationContext) -> DetectedSituation? {
        let broken = context.overduePromises
            .filter { $0.state(at: context.now) == .broken }
            .sorted { $0.dueAt < $1.dueAt }
        guard !broken.isEmpty else { return nil }
        let evidence = broken.map { "promise \"\($0.text)\" overdue since \(DurationText.day($0.dueAt))" }
        let confidence = min(1, 0.85 + 0.05 * Double(broken.count - 1))
        return DetectedSituation(id: .brokenPromise, confidence: confidence, evidence: evidence)
    }

    /// Two or more earlier messages in the last fortnight, merged with what the text said.
    private func repeatContact(_ context: SituationContext, text: DetectedSituation?) -> DetectedSituation? {
        guard context.priorContacts >= 2 else { return nil }
        let fromHistory = min(0.9, 0.55 + 0.1 * Double(context.priorContacts - 2))
        let fromText = text?.confidence ?? 0
        let fact = "\(context.priorContacts) earlier messages in the last 14 days"
        return DetectedSituation(id: .repeatContact, confidence: 1 - (1 - fromHistory) * (1 - fromText),
                                 evidence: (text?.evidence ?? []) + [fact])
    }
}
