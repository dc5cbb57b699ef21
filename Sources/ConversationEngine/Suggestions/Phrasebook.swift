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
        Phrasebook(phrases: phrases + other.phrases)
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

    /// "a.9" before "a.10": runs of digits compare by value.
    static func naturalOrder(_ a: String, _ b: String) -> Bool {
        var left = a.unicodeScalars.makeIterator(), right = b.unicodeScalars.makeIterator()
        var l = left.next(), r = right.next()
        while let x = l, let y = r {
            if x.properties.numericType == .decimal, y.properties.numericType == .decimal,
               x.isASCII, y.isASCII {
                var leftNumber = "", rightNumber = ""
                while let d = l, d.isASCII, d.properties.numericType == .decimal { leftNumber.unicodeScalars.append(d); l = left.next() }
                while let d = r, d.isASCII, d.properties.numericType == .decimal { rightNumber.unicodeScalars.append(d); r = right.next() }
                let trimmedLeft = leftNumber.drop { $0 == "0" }, trimmedRight = rightNumber.drop { $0 == "0" }
                if trimmedLeft.count != trimmedRight.count { return trimmedLeft.count < trimmedRight.count }
                if trimmedLeft != trimmedRight { return trimmedLeft < trimmedRight }
                continue
            }
            if x != y { return x.value < y.value }
            l = left.next()
            r = right.next()
        }
        return l == nil && r != nil
    }
}
