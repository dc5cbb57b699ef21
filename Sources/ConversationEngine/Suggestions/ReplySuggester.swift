import Foundation

/// Suggests what to say to a customer: detects the message's language, situations and
/// sentiment, then picks empathy, apology, expectation, loyalty and follow-up phrases in that
/// language and ranks the approved answers, all filled for this customer.
///
/// Pure: it reads only its request, so the CLI and the console give the same suggestions for
/// the same facts. Build one per session and reuse it: the answer index is built once.
///
/// ```swift
/// let suggester = ReplySuggester(phrasebook: knowledge.phrasebook, answerBook: knowledge.answerBook)
/// let suggestions = suggester.suggest(ReplySuggestionRequest(
///     text: "환불이 아직 안 들어왔어요", preferredLanguage: .ko, customerName: customer.name, now: now))
/// suggestions.phrases.first?.text   // "김민지 님, 환불을 기다리시느라 …"
/// ```
public struct ReplySuggester: Sendable {
    public let phrasebook: Phrasebook
    public let ranker: AnswerRanker
    public var detector: SituationDetector
    /// Phrases per kind; with the five kinds this keeps phrases and answers within nine keys.
    public var phrasesPerKind: Int
    /// At most this many phrases in all.
    public var phraseLimit: Int
    /// At most this many answers, and never more than the digit keys left after the phrases.
    public var answerLimit: Int

    /// Digit keys 1–9 reach every suggestion.
    public static let maximumNumbered = 9

    public init(phrasebook: Phrasebook, answerBook: AnswerBook, phrasesPerKind: Int = 1, phraseLimit: Int = 6,
                answerLimit: Int = 3, detector: SituationDetector = SituationDetector()) {
        self.phrasebook = phrasebook
        self.ranker = AnswerRanker(book: answerBook)
        self.detector = detector
        self.phrasesPerKind = phrasesPerKind
        self.phraseLimit = phraseLimit
        self.answerLimit = answerLimit
    }

    public func suggest(_ request: ReplySuggestionRequest) -> ReplySuggestions {
        let text = request.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let language = request.language ?? LanguageGuesser.detect(text, preferred: request.preferredLanguage)
        let scan = CueScan(text, language: language)
        let situations = detector.detect(scan, context: request.context)
        let values = PlaceholderValues(
            customerName: request.customerName, agentName: request.agentName, promiseDue: request.promise?.dueAt,
            promiseText: request.promise?.text, eta: request.eta, order: request.order ?? Self.orderReference(in: text, language: language),
            fragments: ranker.book.fragments, timeZone: request.timeZone, now: request.now)
        let phrases = PhraseSelector(phrasebook: phrasebook, perKind: phrasesPerKind)
            .suggestions(for: situations, language: language, values: values, history: request.history, now: request.now,
                         seed: request.seed, limit: min(phraseLimit, Self.maximumNumbered))
        let answerRoom = max(0, min(answerLimit, Self.maximumNumbered - phrases.count))
        let answers = text.isEmpty && situations.isEmpty ? [] :
            ranker.rank(query: text, language: language, situations: situations, limit: answerRoom, values: values)
        let address = request.customerName
            .map { CustomerAddressing.address($0, in: language).trimmingCharacters(in: .whitespaces) }
            .flatMap { $0.isEmpty ? nil : $0 }
        return ReplySuggestions(language: language, address: address, sentiment: Sentiment.score(scan),
                                situations: situations, phrases: phrases, answers: answers)
    }

    /// The first order number the customer mentions, for `{order}`.
    static func orderReference(in text: String, language: Language) -> String? {
        OrderReferences.find(in: AlignedText(text), language: language).sorted().first
    }
}
