/// Every empathy, apology, expectation, loyalty and follow-up phrase Concord can suggest, in
/// every language, looked up by situation, kind and language.
///
/// Phrase ids are unique: a phrase given later with the same id replaces the earlier one,
/// which is how a team's own phrasebook files replace shipped phrases.
public struct Phrasebook: Sendable {
    private struct Slot: Hashable {
        var situation: SituationID
        var kind: PhraseKind
        var language: Language
    }

    /// All phrases in a stable order: by language, situation, kind, then id (numbers in ids
    /// compared as numbers, so ".10" follows ".9").
    public let phrases: [Phrase]
    private let byID: [String: Phrase]
    private let bySlot: [Slot: [Phrase]]

    public init(phrases: [Phrase]) {
        let unique = Dictionary(phrases.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        let sorted = unique.values.sorted(by: Self.precedes)
        self.phrases = sorted
        byID = unique
        bySlot = Dictionary(grouping: sorted) { Slot(situation: $0.situation, kind: $0.kind, language: $0.language) }
    }

    public static let empty = Phrasebook(phrases: [])

    public func phrase(id: String) -> Phrase? { byID[id] }

    /// The phrases for one situation, kind and language, in stable order.
    public func phrases(for situation: SituationID, kind: PhraseKind, language: Language) -> [Phrase] {
        bySlot[Slot(situation: situation, kind: kind, language: language)] ?? []
    }

    public func phrases(in language: Language) -> [Phrase] { phrases.filter { $0.language == language } }

    /// This phrasebook with `other`'s phrases added, replacing those with the same id.
    public func merging(_ other: Phrasebook) -> Phrasebook {
        // Most teams add no phrases of their own: nothing to replace, nothing to sort again.
        guard !other.phrases.isEmpty else { return self }
        return Phrasebook(phrases: phrases + other.phrases)
    }

    static func precedes(_ a: Phrase, _ b: Phrase) -> Bool {
        if a.language != b.language {
            return (Language.allCases.firstIndex(of: a.language) ?? 0) < (Language.allCases.firstIndex(of: b.language) ?? 0)
        }
        if a.situation != b.situation { return a.situation < b.situation }
        if a.kind != b.kind {
            return (PhraseKind.allCases.firstIndex(of: a.kind) ?? 0) < (PhraseKind.allCases.firstIndex(of: b.kind) ?? 0)
        }
        return naturalOrder(a.id, b.id)
    }

    /// "a.9" before "a.10": runs of ASCII digits compare by value (leading zeros ignored),
    /// everything else by Unicode scalar value.
    ///
    /// Compares UTF-8 bytes without allocating: the phrasebook sorts about a thousand phrases
    /// at every start, so this runs ten thousand times before the console's first frame. Byte
    /// order is scalar order in UTF-8, and an ASCII digit byte never occurs inside a multi-byte
    /// scalar, so the result is the scalar comparison's.
    static func naturalOrder(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { left in b.withUTF8 { right in naturalOrder(left, right) } }
    }

    private static func naturalOrder(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        var i = 0, j = 0
        while i < left.count, j < right.count {
            let x = left[i], y = right[j]
            if isDigit(x), isDigit(y) {
                var leftEnd = i, rightEnd = j
                while leftEnd < left.count, isDigit(left[leftEnd]) { leftEnd += 1 }
                while rightEnd < right.count, isDigit(right[rightEnd]) { rightEnd += 1 }
                var leftStart = i, rightStart = j
                while leftStart < leftEnd, left[leftStart] == 0x30 { leftStart += 1 }
                while rightStart < rightEnd, right[rightStart] == 0x30 { rightStart += 1 }
                let leftLength = leftEnd - leftStart, rightLength = rightEnd - rightStart
                if leftLength != rightLength { return leftLength < rightLength }
                for offset in 0..<leftLength where left[leftStart + offset] != right[rightStart + offset] {
                    return left[leftStart + offset] < right[rightStart + offset]
                }
                i = leftEnd
                j = rightEnd
                continue
            }
            if x != y { return x < y }
            i += 1
            j += 1
        }
        return i == left.count && j < right.count
    }
}
