/// What a lexicon cue speaks for: a situation, plain feeling for the sentiment score, or
/// emphasis that turns up anger and repetition.
enum CueTarget: Sendable, Hashable {
    case situation(SituationID)
    case positive
    case negative

    /// +1 for good feeling, -1 for bad; cancelling is a loss but not always an upset.
    var polarity: Double {
        switch self {
        case .positive, .situation(.gratitude): 1
        case .negative: -1
        case .situation(.cancellation): -0.5
        case .situation: -1
        }
    }
}
