import Foundation

/// Okapi BM25 over a small, fixed set of documents (the answer book: tens to hundreds of
/// answers), kept in memory: an agent's query or a customer's message finds the approved
/// answer that shares its rarest words, with long answers not favoured for being long.
///
/// score(q, d) = Σ idf(t) · tf(t, d) · (k1 + 1) / (tf(t, d) + k1 · (1 − b + b · |d| / avgdl))
/// with idf(t) = ln(1 + (N − n(t) + 0.5) / (n(t) + 0.5)), which is never negative, and each
/// distinct query term counted once.
public struct BM25Index: Sendable {
    /// A document to index: an id and its searchable text.
    public struct Document: Sendable, Hashable {
        public var id: String
        public var text: String

        public init(id: String, text: String) {
            self.id = id
            self.text = text
        }
    }

    /// A document's score for a query.
    public struct Hit: Sendable, Hashable {
        public var id: String
        public var score: Double
    }

    public let k1: Double
    public let b: Double
    public let tokenizer: SearchTokenizer

    private let ids: [String]
    private let termCounts: [[String: Int]]
    private let lengths: [Int]
    private let documentFrequency: [String: Int]
    private let averageLength: Double

    public init(documents: [Document], tokenizer: SearchTokenizer = .ranking, k1: Double = 1.2, b: Double = 0.75) {
        self.k1 = k1
        self.b = b
        self.tokenizer = tokenizer
        var counts: [[String: Int]] = []
        var lengths: [Int] = []
        var frequency: [String: Int] = [:]
        for document in documents {
            let tokens = tokenizer.tokens(document.text)
            var count: [String: Int] = [:]
            for token in tokens { count[token, default: 0] += 1 }
            for term in count.keys { frequency[term, default: 0] += 1 }
            counts.append(count)
            lengths.append(tokens.count)
        }
        ids = documents.map(\.id)
        termCounts = counts
        self.lengths = lengths
        documentFrequency = frequency
        averageLength = lengths.isEmpty ? 0 : Double(lengths.reduce(0, +)) / Double(lengths.count)
    }

    public var documentCount: Int { ids.count }

    /// The inverse document frequency of a term already tokenized.
    public func idf(_ term: String) -> Double {
        let n = Double(documentFrequency[term] ?? 0)
        return log(1 + (Double(ids.count) - n + 0.5) / (n + 0.5))
    }

    /// Every document with a positive score for `query`, best first (ties by id, so the
    /// order is the same on every run).
    public func search(_ query: String) -> [Hit] {
        let terms = Set(tokenizer.tokens(query)).filter { documentFrequency[$0] != nil }
        guard !terms.isEmpty, averageLength > 0 else { return [] }
        var hits: [Hit] = []
        for (index, counts) in termCounts.enumerated() {
            let normaliser = k1 * (1 - b + b * Double(lengths[index]) / averageLength)
            var score = 0.0
            for term in terms {
                guard let tf = counts[term] else { continue }
                let frequency = Double(tf)
                score += idf(term) * frequency * (k1 + 1) / (frequency + normaliser)
            }
            if score > 0 { hits.append(Hit(id: ids[index], score: score)) }
        }
        return hits.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
    }

    /// The score of one document (0 when it is not indexed or shares no term).
    public func score(_ query: String, documentID: String) -> Double {
        search(query).first { $0.id == documentID }?.score ?? 0
    }
}
