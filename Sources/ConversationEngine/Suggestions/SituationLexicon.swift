/// The cue words of one language: what signals each text situation, which words carry
/// plain good or bad feeling, which ones escalate, and how the language negates.
///
/// The lists are general vocabulary (stems, set phrases, common constructions), not sentences
/// from any test set; the per-language lists live in `SituationLexicon+<Language>.swift`.
final class SituationLexicon: Sendable {
    let language: Language
    /// Korean and Chinese cues match inside words: particles attach, Chinese has no spaces.
    let matchesInsideWords: Bool
    /// Whether evidence is widened to whole words (everywhere but Chinese).
    let quotesWholeWords: Bool
    /// How many folded scalars a gapped cue may skip between its parts (Korean counts letters,
    /// two or three to a syllable).
    let maxGap: Int
    let cues: [SituationCue]
    let escalations: [Intensity.Escalation]
    let negation: Negation
    /// Finds the cues' first parts in one pass over a message (head N is cue N's).
    let heads: CueHeadIndex
    /// The escalations' first parts, one head per escalation.
    let escalationHeads: CueHeadIndex

    init(language: Language, matchesInsideWords: Bool, maxGap: Int,
         situations: [SituationID: [CueSpec]], positive: [CueSpec], negative: [CueSpec],
         escalations: [(String, Double)], negation: Negation) {
        self.language = language
        self.matchesInsideWords = matchesInsideWords
        self.quotesWholeWords = language != .zh
        self.maxGap = maxGap
        self.negation = negation
        var cues: [SituationCue] = []
        func compile(_ specs: [CueSpec], as target: CueTarget) {
            for spec in specs {
                for source in spec.patterns {
                    guard let pattern = CuePattern(source, matchesInsideWords: matchesInsideWords) else { continue }
                    cues.append(SituationCue(target: target, pattern: pattern, weight: spec.weight,
                                             negatable: spec.negatable, isCourtesy: spec.isCourtesy))
                }
            }
        }
        for situation in SituationID.allCases {
            if let specs = situations[situation] { compile(specs, as: .situation(situation)) }
        }
        compile(positive, as: .positive)
        compile(negative, as: .negative)
        self.cues = cues
        self.heads = CueHeadIndex(cues.map { $0.pattern.parts[0].scalars })
        let compiled = escalations.compactMap { source, weight in
            CuePattern(source, matchesInsideWords: matchesInsideWords).map { Intensity.Escalation(pattern: $0, weight: weight) }
        }
        self.escalations = compiled
        self.escalationHeads = CueHeadIndex(compiled.map { $0.pattern.parts[0].scalars })
    }

    /// The lexicon of `language`.
    static func of(_ language: Language) -> SituationLexicon {
        switch language {
        case .en: english
        case .ko: korean
        case .zh: chinese
        case .ru: russian
        case .fa: persian
        }
    }

    /// The lexicons to read a message in: its own language, plus English, because support
    /// messages everywhere borrow "refund", "cancel" or "app crash" from English.
    static func reading(_ language: Language) -> [SituationLexicon] {
        language == .en ? [english] : [of(language), english]
    }

    /// Every occurrence of every cue in `text`, with negation checked, cue by cue in lexicon
    /// order and left to right within a cue.
    func hits(in text: MatchableText) -> [CueHit] {
        heads.startsByHead(in: text.scalars).flatMap { number, starts in
            hits(of: cues[number], in: text, matches: cues[number].pattern.matches(in: text, maxGap: maxGap, candidates: starts))
        }
    }

    /// The first occurrence of each escalation that occurs in `text`, in lexicon order.
    func firstEscalations(in text: MatchableText) -> [(Intensity.Escalation, [Range<Int>])] {
        escalationHeads.startsByHead(in: text.scalars).compactMap { number, starts in
            let escalation = escalations[number]
            return escalation.pattern.matches(in: text, maxGap: maxGap, candidates: starts).first.map { (escalation, $0) }
        }
    }

    /// The same hits found by trying every cue on the whole text: the plain definition the
    /// index must agree with (tests compare the two).
    func hitsTryingEveryCue(in text: MatchableText) -> [CueHit] {
        cues.flatMap { cue in hits(of: cue, in: text, matches: cue.pattern.matches(in: text, maxGap: maxGap)) }
    }

    private func hits(of cue: SituationCue, in text: MatchableText, matches: [[Range<Int>]]) -> [CueHit] {
        matches.compactMap { parts in
            guard let first = parts.first, let last = parts.last else { return nil }
            let negated = cue.negatable && negation.negates(first.lowerBound..<last.upperBound, in: text)
            return CueHit(cue: cue, parts: parts, negated: negated, quotesWholeWords: quotesWholeWords)
        }
    }
}
