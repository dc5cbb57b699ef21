/// A compiled lexicon cue: a pattern, what it speaks for and how strongly.
struct SituationCue: Sendable, Hashable {
    let target: CueTarget
    let pattern: CuePattern
    /// Positive evidence in 0...1, or negative for a counter-cue that damps its target.
    let weight: Double
    /// Whether a preceding "not" (or a following "아니에요", "نیستم") turns it off.
    let negatable: Bool
    let isCourtesy: Bool

    var isCounter: Bool { weight < 0 }
}
