import Foundation

/// Chooses the phrases to offer for a reply: for each kind in reply order (empathy, apology,
/// expectation, loyalty thanks, follow-up), phrases of the detected situations, the most
/// confident situation first, in the reply's language.
///
/// A phrase is offered only when every placeholder can be filled (no "{eta}" reaches a
/// customer) and when it was not said to this customer recently, by id or by its filled text
/// (agents edit). The choice among a situation's phrases is shuffled by `seed`: varied from
/// reply to reply, identical for the same seed.
public struct PhraseSelector: Sendable {
    public var phrasebook: Phrasebook
    /// How many phrases to offer per kind; they come from different situations when more
    /// than one was detected.
    public var perKind: Int
    /// The kinds to offer, in the order they are listed.
    public var kinds: [PhraseKind]

    public init(phrasebook: Phrasebook, perKind: Int = 1, kinds: [PhraseKind] = PhraseKind.allCases) {
        self.phrasebook = phrasebook
        self.perKind = max(1, perKind)
        self.kinds = kinds
    }

    /// Numbered suggestions, at most `limit` in all.
    public func suggestions(for situations: [DetectedSituation], language: Language,
                            values: PlaceholderValues = PlaceholderValues(), history: PhraseHistory = .none,
                            now: Date, seed: UInt64 = 0, limit: Int? = nil) -> [PhraseSuggestion] {
        let ordered = Self.byConfidence(situations)
        let usedIDs = history.recentPhraseIDs(at: now)
        let earlier = RepeatedTextMatcher(earlierTexts: history.recentTexts(at: now))
        var offeredTexts = Set<String>()
        var chosen: [(Phrase, String)] = []

        for kind in kinds {
            var candidates = Self.ordered(ordered, for: kind).map { situation in
                let pool = phrasebook.phrases(for: situation, kind: kind, language: language)
                var random = SuggestionRandom(seed: seed, pool: "\(language.rawValue).\(situation.rawValue).\(kind.rawValue)")
                return random.shuffled(pool)[...]
            }
            var taken = 0
            // Round robin over the situations, so a second phrase of a kind comes from the
            // second situation before a first situation gets two.
            while taken < perKind, candidates.contains(where: { !$0.isEmpty }) {
                for index in candidates.indices where taken < perKind {
                    while let phrase = candidates[index].popFirst() {
                        guard !usedIDs.contains(phrase.id) else { continue }
                        let filled = PlaceholderFiller.fill(phrase.text, in: language, with: values)
                        let key = SearchTokenizer().tokens(filled.text).joined(separator: " ")
                        guard filled.isComplete, !offeredTexts.contains(key), !earlier.wasSaid(filled.text) else { continue }
                        offeredTexts.insert(key)
                        chosen.append((phrase, filled.text))
                        taken += 1
                        break
                    }
                }
            }
        }
        let limited = limit.map { Array(chosen.prefix(max(0, $0))) } ?? chosen
        return limited.enumerated().map { PhraseSuggestion(number: $0.offset + 1, phrase: $0.element.0, text: $0.element.1) }
    }

    /// Distinct situations, most confident first; equal confidence in `SituationID` order.
    /// The problems a customer is waiting on an answer about: what an expectation or a
    /// follow-up phrase should speak to, before feelings and circumstances (a repeat contact,
    /// a long wait), however confidently those were detected.
    static let problems: Set<SituationID> = [.deliveryDelay, .refundWait, .defect, .billingError, .cancellation, .brokenPromise]

    /// Situations in the order a kind of phrase should draw on them: empathy, apology and
    /// thanks follow the confidence; setting expectations and following up start with the
    /// problem ("your refund will…"), so a message that is both a third contact and a late
    /// refund gets an expectation about the refund.
    static func ordered(_ situations: [SituationID], for kind: PhraseKind) -> [SituationID] {
        switch kind {
        case .expectation, .followUp: situations.filter(problems.contains) + situations.filter { !problems.contains($0) }
        case .empathy, .apology, .loyalty: situations
        }
    }

    static func byConfidence(_ situations: [DetectedSituation]) -> [SituationID] {
        var best: [SituationID: Double] = [:]
        for situation in situations { best[situation.id] = max(best[situation.id] ?? 0, situation.confidence) }
        return best.keys.sorted { (best[$0] ?? 0) != (best[$1] ?? 0) ? (best[$0] ?? 0) > (best[$1] ?? 0) : $0 < $1 }
    }
}
