import Foundation

/// Finds what is going on for a customer in one inbound message and its context, so the
/// console can suggest the right empathy phrases and answers (DOMAIN: Situation).
///
/// Text situations come from multilingual cue lexicons with negation ("I'm not angry" is not
/// anger) and intensity ("third time!!!" is more than a repeat); context situations come from
/// the clocks, the customer card and the promise ledger. Several situations at once are normal:
/// a late parcel asked about for the third time, in capitals, is delay, repeat contact and
/// anger. Every result says why (its evidence), so the agent can overrule it.
public struct SituationDetector: Sendable {
    /// Situations below this confidence are not reported: a suggestion the detector is unsure
    /// of costs the agent more attention than it saves.
    public var threshold: Double

    public init() { threshold = 0.5 }

    public init(threshold: Double) { self.threshold = threshold }

    /// The situations in `text` (written in `language`) and its `context`, most certain first,
    /// none below `threshold`.
    public func detect(_ text: String, language: Language, context: SituationContext? = nil) -> [DetectedSituation] {
        detect(CueScan(text, language: language), context: context)
    }

    /// The situations of an already read message (the suggester reads it once for the
    /// situations and the sentiment).
    func detect(_ scan: CueScan, context: SituationContext?) -> [DetectedSituation] {
        var found = TextSituationReader(threshold: threshold).read(scan)
        if let context {
            let reader = ContextSituationReader(threshold: threshold)
            for situation in reader.read(context, text: found, sentiment: Sentiment.score(scan)) {
                found[situation.id] = situation
            }
        }
        return found.values
            .filter { $0.confidence >= threshold }
            .sorted { $0.confidence != $1.confidence ? $0.confidence > $1.confidence : $0.id < $1.id }
    }
}
