import Foundation

/// The topic words of one sentence, so that every time phrase, amount and refund method in it
/// is classified without searching the sentence again.
struct TopicMentions {
    let mentions: [FactTopicClassifier.Mention]
    let language: Language

    /// The topic of the words at `target` from the words in `region`: the nearest direct
    /// mention, with a slight preference for the side where the language puts its verb or
    /// noun; arrival verbs only when nothing else is named; asides only when nothing else is.
    /// Words inside the target do not classify it ("payment" in "original payment method").
    func topic(of target: NSRange, within region: NSRange) -> FactTopic? {
        let nearby = mentions.filter {
            NSIntersectionRange($0.range, target).length == 0 && $0.range.location >= region.location && $0.range.upperBound <= region.upperBound
        }
        guard !nearby.isEmpty else { return nil }
        let strong = nearby.filter { !$0.isAside && !$0.isArrival }
        let direct = nearby.filter { !$0.isAside }
        let candidates = !strong.isEmpty ? strong : (!direct.isEmpty ? direct : nearby)
        return candidates.min { cost($0, target) < cost($1, target) }?.topic
    }

    /// The topic named last, preferring direct mentions over arrival verbs and asides.
    var last: FactTopic? {
        (mentions.last { !$0.isAside && !$0.isArrival } ?? mentions.last { !$0.isAside } ?? mentions.last)?.topic
    }

    private func cost(_ mention: FactTopicClassifier.Mention, _ target: NSRange) -> Int {
        let preferBefore = language == .en || language == .ru
        // Hangul and Han pack a word into a syllable or two, so distances there are shorter;
        // Persian puts its verb last, so words after the phrase weigh more.
        let penalty = switch language {
        case .ko, .zh: 4
        case .fa: 15
        case .en, .ru: 10
        }
        if mention.range.upperBound <= target.location {
            return target.location - mention.range.upperBound + (preferBefore ? 0 : penalty)
        }
        if mention.range.location >= target.upperBound {
            return mention.range.location - target.upperBound + (preferBefore ? penalty : 0)
        }
        return 0
    }
}
