/// Turns a message's cue hits into text situations with confidences.
///
/// Cues combine like independent witnesses (noisy-or: two weak ones make a fair case, a
/// strong one is enough); a negated cue is no witness; a counter-cue ("refund arrived") damps
/// its situation. A plain "thanks" under a complaint is a sign-off, not gratitude. Intensity
/// raises anger and a stated repeat contact, and shouting about a problem is anger even
/// without an angry word.
struct TextSituationReader: Sendable {
    let threshold: Double

    /// Situations that are trouble for the customer: they make a courtesy "thanks" a sign-off
    /// and give shouting something to be angry about.
    static let troubles: Set<SituationID> = [
        .deliveryDelay, .refundWait, .defect, .billingError, .repeatContact, .angry, .confused,
    ]

    /// Every text situation with any support, above the threshold or not (context may still
    /// raise one), keyed by id.
    func read(_ scan: CueScan) -> [SituationID: DetectedSituation] {
        var found: [SituationID: DetectedSituation] = [:]
        for id in SituationID.allCases where id.isFromText {
            if let situation = Self.combine(id, scan.evidence(for: .situation(id)), in: scan.text, courtesyFactor: 1) {
                found[id] = situation
            }
        }
        let troubled = Self.troubles.contains { (found[$0]?.confidence ?? 0) >= threshold }
        if troubled {
            found[.gratitude] = Self.combine(.gratitude, scan.evidence(for: .situation(.gratitude)), in: scan.text,
                                             courtesyFactor: 0.5)
        }
        applyIntensity(scan.intensity, to: &found)
        return found
    }

    private func applyIntensity(_ intensity: Intensity, to found: inout [SituationID: DetectedSituation]) {
        guard intensity.level > 0 else { return }
        if let angry = found[.angry] {
            let raised = angry.confidence + (1 - angry.confidence) * intensity.level * 0.6
            found[.angry] = DetectedSituation(id: .angry, confidence: raised,
                                              evidence: Self.merged(angry.evidence, intensity.markers))
        }
        let otherTrouble = Self.troubles.subtracting([.angry]).contains { (found[$0]?.confidence ?? 0) >= threshold }
        if intensity.level >= 0.5, otherTrouble, (found[.angry]?.confidence ?? 0) < threshold {
            let shouted = 0.3 + 0.4 * intensity.level
            found[.angry] = DetectedSituation(id: .angry, confidence: max(shouted, found[.angry]?.confidence ?? 0),
                                              evidence: Self.merged(found[.angry]?.evidence ?? [], intensity.markers))
        }
        // A repeat contact is a fact: emphasis makes a stated one surer but never invents one.
        if let repeated = found[.repeatContact], repeated.confidence >= threshold {
            let raised = repeated.confidence + (1 - repeated.confidence) * intensity.level * 0.4
            found[.repeatContact] = DetectedSituation(id: .repeatContact, confidence: raised, evidence: repeated.evidence)
        }
    }

    private static func merged(_ first: [String], _ second: [String]) -> [String] {
        var all = first
        for item in second where !all.contains(item) { all.append(item) }
        return all
    }

    private static func combine(
        _ id: SituationID, _ hits: (support: [CueHit], counter: [CueHit]), in text: MatchableText, courtesyFactor: Double
    ) -> DetectedSituation? {
        var doubt = 1.0
        var evidence: [String] = []
        for hit in hits.support where !hit.negated {
            doubt *= 1 - hit.cue.weight * (hit.cue.isCourtesy ? courtesyFactor : 1)
            let words = hit.evidence(in: text)
            if !evidence.contains(words) { evidence.append(words) }
        }
        guard !evidence.isEmpty else { return nil }
        var confidence = 1 - doubt
        for hit in hits.counter where !hit.negated { confidence *= 1 + hit.cue.weight }
        return DetectedSituation(id: id, confidence: confidence, evidence: evidence)
    }
}
