/// Finds the approved answers that fit what the customer wrote: BM25 over every answer's
/// titles, texts and tags in all languages (a Korean query finds the Korean wording, a tag
/// such as "refund" is shared by all), plus a boost for answers tagged with a situation the
/// detector found, weighted by its confidence.
///
/// ```swift
/// let ranker = AnswerRanker(book: knowledge.answerBook)
/// let best = ranker.rank(query: "환불이 아직 안 들어왔어요", language: .ko,
///                        situations: detected, limit: 3, values: PlaceholderValues(customer: customer))
/// ```
public struct AnswerRanker: Sendable {
    public let book: AnswerBook
    /// Score added per detected situation the answer is tagged with, times its confidence:
    /// about one strong query word, so the words decide between answers of the same situation.
    public var situationBoostWeight: Double
    private let index: BM25Index

    public init(book: AnswerBook, situationBoostWeight: Double = 2.5, tokenizer: SearchTokenizer = .ranking) {
        self.book = book
        self.situationBoostWeight = situationBoostWeight
        index = BM25Index(documents: book.answers.map { Self.document(for: $0, in: book) }, tokenizer: tokenizer)
    }

    /// The best `limit` answers for `query`, best first. An answer without text in `language`
    /// is offered in English (marked by `RankedAnswer.language`); one that has neither, or
    /// whose fragments cannot be resolved, is left out.
    public func rank(query: String, language: Language, situations: [DetectedSituation] = [], limit: Int = 5,
                     values: PlaceholderValues = PlaceholderValues()) -> [RankedAnswer] {
        guard limit > 0 else { return [] }
        let textScores = Dictionary(index.search(query).map { ($0.id, $0.score) }, uniquingKeysWith: max)
        var values = values
        if values.fragments.isEmpty { values.fragments = book.fragments }
        var ranked: [RankedAnswer] = []
        for answer in book.answers {
            let textScore = textScores[answer.id] ?? 0
            let boost = situations.filter { answer.isTagged($0.id) }.map(\.confidence).reduce(0, +) * situationBoostWeight
            guard textScore + boost > 0 else { continue }
            let shown = answer.variant(in: language) != nil ? language : .en
            guard let expanded = try? book.expandedText(of: answer, in: shown) else { continue }
            let filled = PlaceholderFiller.fill(expanded, in: shown, with: values)
            ranked.append(RankedAnswer(
                answer: answer, score: textScore + boost, textScore: textScore, situationBoost: boost, language: shown,
                title: answer.title(in: shown), text: filled.text, unfilled: filled.unfilled))
        }
        ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.answer.id < $1.answer.id }
        return Array(ranked.prefix(limit))
    }

    /// What BM25 sees of an answer: titles twice (a title word is a strong signal), every
    /// language's text with fragments written out and placeholder names removed (so
    /// `{order}` does not match the word "order"), and the tags with `_` read as a space.
    static func document(for answer: Answer, in book: AnswerBook) -> BM25Index.Document {
        var parts: [String] = [answer.title, answer.title]
        for language in answer.languages {
            guard let variant = answer.variant(in: language) else { continue }
            if let title = variant.title { parts += [title, title] }
            let expanded = (try? book.expandedText(of: answer, in: language)) ?? variant.text
            parts.append(withoutPlaceholders(expanded))
        }
        parts += answer.tags
        return BM25Index.Document(id: answer.id, text: parts.joined(separator: "\n"))
    }

    private static func withoutPlaceholders(_ text: String) -> String {
        var result = ""
        var cursor = text.startIndex
        for occurrence in Placeholder.occurrences(in: text) {
            result += text[cursor..<occurrence.range.lowerBound]
            result += " "
            cursor = occurrence.range.upperBound
        }
        return result + text[cursor...]
    }
}
