import Foundation

/// Reads the time commitments of a reply, sentence by sentence.
///
/// A phrase counts when its clause commits to the future ("will", "드리겠습니다", "会",
/// "вернём", "خواهیم"), and not when it reports the past ("3 days ago", "3일 전에"), asks the
/// customer for something ("please reply within 7 days"), sets a condition ("if you have not
/// heard from us within 24 hours") or refuses ("we cannot promise it by Friday"), or when the
/// sentence is a question. With no word either way, a phrase that sets its own limit ("within",
/// "까지", "内", "до", "تا") about a named thing ("Refund within 5 business days.") still counts.
///
/// A sentence that names no topic of its own carries on the topic of the sentence before it:
/// "About your refund. It will take 5 business days."
enum TimeStatementReader {
    enum Mode {
        /// Only words that promise: for the promise ledger.
        case promise
        /// Also plain statements about a named thing ("Refunds: 5 business days"): for
        /// consistency checks, which compare what was said, promised or not.
        case statement
    }

    static func read(_ text: AlignedText, language: Language, mode: Mode) -> [TimeStatement] {
        let cues = CommitmentCues.cues(for: language)
        var result: [TimeStatement] = []
        // The topic carried on from earlier sentences is looked for only when a sentence has a
        // time phrase: most sentences have none, and classifying each for a topic no phrase
        // would use was a third of reading a reply.
        var carry = CarriedTopic()
        let sentences = SentenceRanges.sentences(in: text)
        for (position, sentence) in sentences.enumerated() {
            let phrases = TimePhraseScanner.phrases(in: text, range: sentence, language: language)
            guard !phrases.isEmpty else { continue }
            let topics = FactTopicClassifier.mentions(in: sentence, text: text, language: language)
            let carried = carry.topic(before: position, in: sentences, text: text, language: language)
            defer { carry.settle(topics.last, at: position) }
            let clauses = SentenceRanges.clauses(of: sentence, in: text)
            let isQuestion = text.folded(sentence).hasSuffix("?")
            for (index, phrase) in phrases.enumerated() {
                // Words far from the phrase say nothing about it; looking only nearby also keeps a
                // pasted wall of text from costing time in proportion to its square.
                let near = window(around: phrase.range, in: sentence)
                let regionStart = index > 0 ? max(phrases[index - 1].range.upperBound, near.location) : near.location
                let regionEnd = index + 1 < phrases.count ? min(phrases[index + 1].range.location, near.upperBound) : near.upperBound
                let region = NSRange(location: regionStart, length: max(0, regionEnd - regionStart))
                let topic = topics.topic(of: phrase.range, within: region) ?? topics.topic(of: phrase.range, within: near) ?? carried ?? .other
                let punctuated = clauses.first { NSIntersectionRange($0, phrase.range).length > 0 } ?? sentence
                let clause = joinedClause(around: phrase.range, in: NSIntersectionRange(punctuated, near), text: text, cues: cues)
                if !isQuestion && commits(phrase, clause: clause, sentence: near, topic: topic, text: text, cues: cues, mode: mode) {
                    result.append(TimeStatement(phrase: phrase, sentence: sentence, topic: topic))
                }
            }
        }
        return result
    }

    /// The topic of the latest earlier sentence that names one, found by reading back only as far
    /// as the sentences not read yet.
    private struct CarriedTopic {
        /// The latest topic found so far.
        private var known: FactTopic?
        /// Sentences before this position have been looked at for a topic.
        private var readUpTo = 0

        mutating func topic(before position: Int, in sentences: [NSRange], text: AlignedText, language: Language) -> FactTopic? {
            var index = position - 1
            while index >= readUpTo {
                if let topic = FactTopicClassifier.mentions(in: sentences[index], text: text, language: language).last {
                    known = topic
                    break
                }
                index -= 1
            }
            readUpTo = position
            return known
        }

        /// The sentence at `position` has been read; its own last topic, if any, is carried on.
        mutating func settle(_ topic: FactTopic?, at position: Int) {
            if let topic { known = topic }
            readUpTo = position + 1
        }
    }

    /// How far around a phrase its sentence is read, in UTF-16 units.
    static let reach = 160

    private static func window(around phrase: NSRange, in sentence: NSRange) -> NSRange {
        let start = max(sentence.location, phrase.location - reach)
        let end = min(sentence.upperBound, phrase.upperBound + reach)
        return NSRange(location: start, length: end - start)
    }

    /// The part of `clause` between the conjunctions ("and", "-며", "并且", "и", "و") on either
    /// side of the phrase, ignoring any inside the phrase itself ("بیست و چهار ساعت").
    private static func joinedClause(around phrase: NSRange, in clause: NSRange, text: AlignedText, cues: CommitmentCues) -> NSRange {
        var start = clause.location, end = clause.upperBound
        for match in cues.conjunction.matches(in: text, range: clause) where NSIntersectionRange(match.range, phrase).length == 0 {
            if match.range.upperBound <= phrase.location {
                start = max(start, match.range.upperBound)
            } else if match.range.location >= phrase.upperBound {
                end = min(end, match.range.location)
            }
        }
        return NSRange(location: start, length: end - start)
    }

    /// Whether the words around `phrase` commit to it; `sentence` is the part of the sentence
    /// near the phrase.
    private static func commits(_ phrase: TimePhrase, clause: NSRange, sentence: NSRange, topic: FactTopic,
                                text: AlignedText, cues: CommitmentCues, mode: Mode) -> Bool {
        let isSpan = phrase.expression.span != nil
        let after = NSRange(location: phrase.range.upperBound, length: min(12, max(0, sentence.upperBound - phrase.range.upperBound)))
        if isSpan && cues.ago.occurs(in: text, range: after) { return false }
        let windowStart = max(clause.location, phrase.range.location - 24)
        let before = NSRange(location: windowStart, length: phrase.range.location - windowStart)
        if isSpan && !phrase.isDeadline && cues.elapsedBefore.occurs(in: text, range: before) { return false }

        let clauseBefore = NSRange(location: clause.location, length: max(0, phrase.range.location - clause.location))
        let clauseAfter = NSRange(location: phrase.range.upperBound, length: max(0, clause.upperBound - phrase.range.upperBound))
        let clauseParts = [clauseBefore, clauseAfter]
        func inClause(_ pattern: AlignedPattern) -> Bool { clauseParts.contains { pattern.occurs(in: text, range: $0) } }
        if cues.conditionBefore.occurs(in: text, range: clauseBefore) || cues.conditionAfter.occurs(in: text, range: clauseAfter) { return false }
        if inClause(cues.negation) { return false }
        // "Please allow 3–5 business days", "기다려 주세요": asking the customer to wait is a promise.
        if inClause(cues.allowance) { return true }
        if inClause(cues.request) { return false }
        if inClause(cues.future) { return true }
        if inClause(cues.past) { return false }
        // "…ارسال شد و فردا می‌رسد": a present tense about a named thing, after a past clause.
        if topic != .other && inClause(cues.present) { return true }

        let sentenceParts = [NSRange(location: sentence.location, length: max(0, phrase.range.location - sentence.location)),
                             NSRange(location: phrase.range.upperBound, length: max(0, sentence.upperBound - phrase.range.upperBound))]
        func inSentence(_ pattern: AlignedPattern) -> Bool { sentenceParts.contains { pattern.occurs(in: text, range: $0) } }
        if inSentence(cues.future) { return true }
        if inSentence(cues.past) { return false }

        guard topic != .other else { return false }
        switch mode {
        case .promise: return phrase.isDeadline
        case .statement: return true
        }
    }
}
