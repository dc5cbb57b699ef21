import ConversationEngine
import TOMLKit

/// Reads one phrasebook file: a language and, per situation and kind, phrases by key.
///
/// ```toml
/// language = "ko"
///
/// [refund_wait.empathy]
/// 1 = "{customer.address}, 환불을 기다리시는 동안 마음이 편치 않으셨을 것 같습니다."
/// ```
///
/// The phrase's id is `language.situation.kind.key` ("ko.refund_wait.empathy.1"); a user's
/// file replaces a shipped phrase by writing the same key.
enum PhrasebookFileReader {
    static func read(_ file: KnowledgeFile) -> (phrases: [Phrase], errors: [KnowledgeError]) {
        var source: TOMLSource
        switch TOMLSource.parse(file) {
        case .success(let parsed): source = parsed
        case .failure(let error): return ([], [error])
        }
        guard let languageValue = source.root["language"] else {
            source.report("language", .missingKey)
            return ([], source.errors)
        }
        guard let languageCode = source.string(languageValue, key: "language") else { return ([], source.errors) }
        guard let language = Language(rawValue: languageCode) else {
            source.report("language", .unknownLanguage(languageCode))
            return ([], source.errors)
        }
        var phrases: [Phrase] = []
        for (situationKey, situationValue) in TOMLSource.entries(source.root) where situationKey != "language" {
            guard let situation = SituationID(rawValue: situationKey) else {
                source.report(situationKey, .unknownSituation(situationKey))
                continue
            }
            guard let kinds = source.table(situationValue, key: situationKey) else { continue }
            for (kindKey, kindValue) in TOMLSource.entries(kinds) {
                let kindPath = "\(situationKey).\(kindKey)"
                guard let kind = PhraseKind(rawValue: kindKey) else {
                    source.report(kindPath, .unknownKind(kindKey))
                    continue
                }
                guard let entries = source.table(kindValue, key: kindPath) else { continue }
                for (key, value) in TOMLSource.entries(entries) {
                    let path = "\(kindPath).\(key)"
                    guard PlaceholderCheck.isValidName(key) else {
                        source.report(path, .invalidName(key))
                        continue
                    }
                    guard let text = source.text(value, key: path) else { continue }
                    let unknown = PlaceholderCheck.unknownPlaceholders(in: text, allowsFragments: false)
                    guard unknown.isEmpty else {
                        unknown.forEach { source.report(path, .unknownPlaceholder($0)) }
                        continue
                    }
                    phrases.append(Phrase(
                        id: Phrase.conventionalID(language: language, situation: situation, kind: kind, key: key),
                        situation: situation, kind: kind, language: language, text: text))
                }
            }
        }
        return (phrases, source.errors)
    }
}
