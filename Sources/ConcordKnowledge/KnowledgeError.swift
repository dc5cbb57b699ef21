import ConversationEngine

/// A problem in a phrasebook or answer-book file, named so that whoever edited the file can
/// fix it without guessing: the file, the line (TOMLKit's for syntax errors, otherwise the
/// line the key is written on when it can be found), the key, and what is wrong.
///
/// `phrasebooks/ko.toml:14: delivery_delya: unknown situation "delivery_delya" (known: …)`
public struct KnowledgeError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// Not valid TOML.
        case syntax(String)
        case unreadable(String)
        case unknownLanguage(String)
        case unknownSituation(String)
        case unknownKind(String)
        case unknownPlaceholder(String)
        /// A key the format does not have ("titel").
        case unknownKey
        /// A required key is absent.
        case missingKey
        case wrongType(expected: String)
        case emptyText
        /// An id or fragment name with characters other than letters, digits, `_` and `-`.
        case invalidName(String)
        /// The same phrase or answer id twice in the shipped files, or twice in the user's.
        case duplicate(id: String, firstFile: String)
        /// An answer without text in any language.
        case answerWithoutLanguageVariant
        /// A shipped answer that lacks a language: every shipped answer speaks all five.
        case missingLanguage(Language)
        /// `{fragment.NAME}` with no fragment of that name in that language.
        case missingFragment(name: String, language: Language)
        case fragmentCycle([String])
        case versionNotPositive(Int)
    }

    public var file: String
    public var line: Int?
    /// The dotted TOML key of the entry ("answer.refund_timeline.ko.text"), when there is one.
    public var key: String?
    public var reason: Reason

    public init(file: String, line: Int? = nil, key: String? = nil, reason: Reason) {
        self.file = file
        self.line = line
        self.key = key
        self.reason = reason
    }

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        let entry = key.map { "\($0): " } ?? ""
        return "\(place): \(entry)\(explanation)"
    }

    /// What is wrong and what would be right.
    public var explanation: String {
        switch reason {
        case .syntax(let message):
            return "not valid TOML: \(message)"
        case .unreadable(let message):
            return "cannot be read: \(message)"
        case .unknownLanguage(let value):
            return "unknown language \"\(value)\" (known: \(Language.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .unknownSituation(let value):
            return "unknown situation \"\(value)\" (known: \(SituationID.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .unknownKind(let value):
            return "unknown phrase kind \"\(value)\" (known: \(PhraseKind.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .unknownPlaceholder(let value):
            return "unknown placeholder \"\(value)\" (known: \(Placeholder.fixedNames.map { "{\($0)}" }.joined(separator: ", "))"
                + ", and {fragment.NAME} in answers)"
        case .unknownKey:
            return "unknown key"
        case .missingKey:
            return "required key is missing"
        case .wrongType(let expected):
            return "should be \(expected)"
        case .emptyText:
            return "text is empty"
        case .invalidName(let value):
            return "\"\(value)\" is not a valid name (letters, digits, _ and - only)"
        case .duplicate(let id, let firstFile):
            return "\"\(id)\" is already defined in \(firstFile)"
        case .answerWithoutLanguageVariant:
            return "answer has no language variant (add [answer.ID.en] with text = \"…\", or another language)"
        case .missingLanguage(let language):
            return "shipped answer has no \(language.rawValue) variant"
        case .missingFragment(let name, let language):
            return "missing fragment \"\(name)\" for \(language.rawValue) (define [fragment.\(name)] with \(language.rawValue) = \"…\")"
        case .fragmentCycle(let names):
            return "fragments include each other in a cycle: \(names.joined(separator: " -> "))"
        case .versionNotPositive(let version):
            return "version \(version) should be a whole number of at least 1"
        }
    }
}

