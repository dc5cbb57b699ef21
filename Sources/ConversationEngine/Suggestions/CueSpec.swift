/// One line of a lexicon before compilation: some spellings of one cue and how much it says.
///
/// The strengths are few on purpose, so a lexicon reads as judgement rather than as fitted
/// numbers: a `strong` cue alone is decisive, a `clear` one is enough on its own, a `weak` one
/// needs company, a `hint` only tips a balance (two hints are still not enough).
struct CueSpec: Sendable {
    let patterns: [String]
    let weight: Double
    let negatable: Bool
    let isCourtesy: Bool

    static func strong(_ patterns: String...) -> CueSpec { CueSpec(patterns, weight: 0.85) }
    static func clear(_ patterns: String...) -> CueSpec { CueSpec(patterns, weight: 0.65) }
    static func weak(_ patterns: String...) -> CueSpec { CueSpec(patterns, weight: 0.4) }
    static func hint(_ patterns: String...) -> CueSpec { CueSpec(patterns, weight: 0.25) }
    /// Words that say the situation is over ("refund arrived") or was never it ("thanks in
    /// advance" is a sign-off): they damp whatever else was found.
    static func counter(_ patterns: String...) -> CueSpec { CueSpec(patterns, weight: -0.85) }
    /// A plain "thanks" that is also how people close a complaint: it counts fully only when
    /// the message carries nothing negative.
    static func courtesy(_ patterns: String...) -> CueSpec { CueSpec(patterns, weight: 0.65, isCourtesy: true) }

    /// A topic rather than a state: "no refund yet" is still about a refund, so negation does
    /// not turn it off.
    var topic: CueSpec { CueSpec(patterns, weight: weight, negatable: false, isCourtesy: isCourtesy) }

    private init(_ patterns: [String], weight: Double, negatable: Bool = true, isCourtesy: Bool = false) {
        self.patterns = patterns
        self.weight = weight
        self.negatable = negatable
        self.isCourtesy = isCourtesy
    }
}
