/// One empathy, apology, expectation, loyalty or follow-up sentence in one language, for one
/// situation, with placeholders (`{customer.address}`, `{eta}`) that are filled per customer.
///
/// Phrases are data, not code: teams write them in phrasebook files and replace shipped ones
/// by id, so the id is the phrase's stable identity ("ko.refund_wait.empathy.2") and is what
/// the history of a customer remembers, so the same sentence is not said to them twice.
public struct Phrase: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var situation: SituationID
    public var kind: PhraseKind
    public var language: Language
    /// The sentence as written in the phrasebook, placeholders unfilled.
    public var text: String

    public init(id: String, situation: SituationID, kind: PhraseKind, language: Language, text: String) {
        self.id = id
        self.situation = situation
        self.kind = kind
        self.language = language
        self.text = text
    }

    /// The conventional id of a phrase: language, situation, kind and a key unique among them,
    /// so an id alone says where the phrase belongs and which file to edit.
    public static func conventionalID(language: Language, situation: SituationID, kind: PhraseKind, key: String) -> String {
        "\(language.rawValue).\(situation.rawValue).\(kind.rawValue).\(key)"
    }

    /// The placeholders the text uses, in order of first use.
    public var placeholders: [Placeholder] {
        var seen = Set<String>()
        return Placeholder.occurrences(in: text).compactMap { occurrence in
            seen.insert(occurrence.name).inserted ? Placeholder(name: occurrence.name) : nil
        }
    }
}
