/// Tells whether a sentence was already said in earlier messages, allowing for an agent's
/// edits: a phrase counts as said when most of its consecutive word pairs (character
/// bigram pairs in Chinese and Korean) appear in one earlier message, so changing a word or
/// two, or adding a sentence around it, does not make it new.
struct RepeatedTextMatcher: Sendable {
    /// The share of the phrase's word pairs that must reappear.
    static let threshold = 0.6

    private let tokenizer = SearchTokenizer()
    private let messages: [(pairs: Set<String>, tokens: Set<String>)]

    init(earlierTexts: [String]) {
        let tokenizer = self.tokenizer
        messages = earlierTexts.map { text in
            let tokens = tokenizer.tokens(text)
            return (Set(Self.pairs(tokens)), Set(tokens))
        }
    }

    func wasSaid(_ text: String) -> Bool {
        let tokens = tokenizer.tokens(text)
        guard !tokens.isEmpty else { return false }
        let pairs = Self.pairs(tokens)
        for message in messages {
            if pairs.isEmpty {
                if tokens.allSatisfy(message.tokens.contains) { return true }
                continue
            }
            let shared = pairs.filter(message.pairs.contains).count
            if Double(shared) >= Self.threshold * Double(pairs.count) { return true }
        }
        return false
    }

    private static func pairs(_ tokens: [String]) -> [String] {
        guard tokens.count > 1 else { return [] }
        return (0..<(tokens.count - 1)).map { tokens[$0] + "\u{1F}" + tokens[$0 + 1] }
    }
}
