/// The cue words of one language: what signals each text situation, which words carry
/// plain good or bad feeling, which ones escalate, and how the language negates.
///
/// The lists are general vocabulary (stems, set phrases, common constructions), not sentences
/// from any test set; the per-language lists live in `SituationLexicon+<Language>.swift`.
struct SituationLexicon: Sendable {
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
    /// Finds the cues' first parts in one pass over a message.
    let heads: CueHeadIndex
    /// For each distinct first part in `heads`, the cues that start with it, in lexicon order.
    let cuesByHead: [[Int]]
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
        var headNumbers: [[Unicode.Scalar]: Int] = [:]
        var headScalars: [[Unicode.Scalar]] = []
        var cuesByHead: [[Int]] = []
        for (number, cue) in cues.enumerated() {
            let head = cue.pattern.parts[0].scalars
            if let known = headNumbers[head] {
                cuesByHead[known].append(number)
            } else {
                headNumbers[head] = headScalars.count
                headScalars.append(head)
                cuesByHead.append([number])
            }
        }
        self.heads = CueHeadIndex(headScalars)
        self.cuesByHead = cuesByHead
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
        // Where each cue's first part occurs; occurrences of one head come in ascending order.
        var candidates: [Int: [Int]] = [:]
        for (head, start) in heads.occurrences(in: text.scalars) {
            for cue in cuesByHead[head] { candidates[cue, default: []].append(start) }
        }
        var hits: [CueHit] = []
        for (number, starts) in candidates.sorted(by: { $0.key < $1.key }) {
            let cue = cues[number]
            for parts in cue.pattern.matches(in: text, maxGap: maxGap, candidates: starts) {
                guard let first = parts.first, let last = parts.last else { continue }
                let range = first.lowerBound..<last.upperBound
                let negated = cue.negatable && negation.negates(range, in: text)
                hits.append(CueHit(cue: cue, parts: parts, negated: negated, quotesWholeWords: quotesWholeWords))
            }
        }
        return hits
    }

    /// The first occurrence of each escalation that occurs in `text`, in lexicon order.
    func firstEscalations(in text: MatchableText) -> [(Intensity.Escalation, [Range<Int>])] {
        var candidates: [Int: [Int]] = [:]
        for (head, start) in escalationHeads.occurrences(in: text.scalars) { candidates[head, default: []].append(start) }
        return candidates.sorted { $0.key < $1.key }.compactMap { number, starts in
            let escalation = escalations[number]
            return escalation.pattern.matches(in: text, maxGap: maxGap, candidates: starts).first.map { (escalation, $0) }
        }
    }

    /// The same hits found by trying every cue on the whole text: the plain definition the
    /// index must agree with (tests compare the two).
    func hitsTryingEveryCue(in text: MatchableText) -> [CueHit] {
        var hits: [CueHit] = []
        for cue in cues {
            for parts in cue.pattern.matches(in: text, maxGap: maxGap) {
                guard let first = parts.first, let last = parts.last else { continue }
                let range = first.lowerBound..<last.upperBound
                let negated = cue.negatable && negation.negates(range, in: text)
                hits.append(CueHit(cue: cue, parts: parts, negated: negated, quotesWholeWords: quotesWholeWords))
            }
        }
        return hits
    }
}
