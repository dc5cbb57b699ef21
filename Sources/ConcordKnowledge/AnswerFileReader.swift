import ConversationEngine
import TOMLKit

/// Reads one answer-book file: approved answers under `[answer.ID]`, each with a title, a
/// version, tags and a table per language, and shared fragments under `[fragment.NAME]`
/// with one string per language.
///
/// ```toml
/// [answer.refund_timeline]
/// title = "Refund timeline"
/// version = 3
/// tags = ["refund_wait", "refund"]
///
/// [answer.refund_timeline.en]
/// title = "When your refund arrives"
/// text = """{customer.address}, … {fragment.refund_timeline}"""
///
/// [fragment.refund_timeline]
/// en = "Card refunds usually appear within 5–10 business days."
/// ```
enum AnswerFileReader {
    static func read(_ file: KnowledgeFile) -> (contents: AnswerFileContents?, errors: [KnowledgeError]) {
        var source: TOMLSource
        switch TOMLSource.parse(file) {
        case .success(let parsed): source = parsed
        case .failure(let error): return (nil, [error])
        }
        var contents = AnswerFileContents(file: file.name, text: file.text)
        for (key, value) in TOMLSource.entries(source.root) {
            switch key {
            case "answer":
                guard let answers = source.table(value, key: key) else { continue }
                for (id, answerValue) in TOMLSource.entries(answers) {
                    if let answer = readAnswer(id: id, answerValue, source: &source) { contents.answers.append(answer) }
                }
            case "fragment":
                guard let fragments = source.table(value, key: key) else { continue }
                for (name, fragmentValue) in TOMLSource.entries(fragments) {
                    if let fragment = readFragment(name: name, fragmentValue, source: &source) { contents.fragments.append(fragment) }
                }
            default:
                source.report(key, .unknownKey)
            }
        }
        return (contents, source.errors)
    }

    private static func readAnswer(id: String, _ value: any TOMLValueConvertible, source: inout TOMLSource) -> Answer? {
        let path = "answer.\(id)"
        guard PlaceholderCheck.isValidName(id) else {
            source.report(path, .invalidName(id))
            return nil
        }
        guard let table = source.table(value, key: path) else { return nil }
        let errorsBefore = source.errors.count
        var title: String?
        var version: Int?
        var tags: [String] = []
        var variants: [AnswerVariant] = []
        for (key, entry) in TOMLSource.entries(table) {
            let keyPath = "\(path).\(key)"
            switch key {
            case "title":
                title = source.text(entry, key: keyPath)
            case "version":
                guard let number = entry.int else {
                    source.report(keyPath, .wrongType(expected: "a whole number"))
                    continue
                }
                if number < 1 { source.report(keyPath, .versionNotPositive(number)) } else { version = number }
            case "tags":
                guard let array = entry.array else {
                    source.report(keyPath, .wrongType(expected: "an array of strings"))
                    continue
                }
                for element in array {
                    guard let tag = element.string else {
                        source.report(keyPath, .wrongType(expected: "an array of strings"))
                        break
                    }
                    tags.append(tag)
                }
            default:
                guard let language = Language(rawValue: key) else {
                    source.report(keyPath, entry.table != nil ? .unknownLanguage(key) : .unknownKey)
                    continue
                }
                if let variant = readVariant(language, entry, path: keyPath, source: &source) { variants.append(variant) }
            }
        }
        if table["title"] == nil { source.report("\(path).title", .missingKey) }
        if table["version"] == nil { source.report("\(path).version", .missingKey) }
        if variants.isEmpty, !Language.allCases.contains(where: { table[$0.rawValue] != nil }) {
            source.report(path, .answerWithoutLanguageVariant)
        }
        guard source.errors.count == errorsBefore, let title, let version else { return nil }
        return Answer(id: id, title: title, version: version, tags: tags, variants: variants)
    }

    private static func readVariant(_ language: Language, _ value: any TOMLValueConvertible, path: String,
                                    source: inout TOMLSource) -> AnswerVariant? {
        guard let table = source.table(value, key: path) else { return nil }
        var title: String?
        var text: String?
        for (key, entry) in TOMLSource.entries(table) {
            let keyPath = "\(path).\(key)"
            switch key {
            case "title": title = source.text(entry, key: keyPath)
            case "text": text = source.text(entry, key: keyPath)
            default: source.report(keyPath, .unknownKey)
            }
        }
        guard let text else {
            if table["text"] == nil { source.report("\(path).text", .missingKey) }
            return nil
        }
        let unknown = PlaceholderCheck.unknownPlaceholders(in: text, allowsFragments: true)
        unknown.forEach { source.report("\(path).text", .unknownPlaceholder($0)) }
        guard unknown.isEmpty else { return nil }
        return AnswerVariant(language: language, title: title, text: text)
    }

    private static func readFragment(name: String, _ value: any TOMLValueConvertible, source: inout TOMLSource) -> AnswerFragment? {
        let path = "fragment.\(name)"
        guard Placeholder.isValidFragmentName(name) else {
            source.report(path, .invalidName(name))
            return nil
        }
        guard let table = source.table(value, key: path) else { return nil }
        var texts: [Language: String] = [:]
        for (key, entry) in TOMLSource.entries(table) {
            let keyPath = "\(path).\(key)"
            guard let language = Language(rawValue: key) else {
                source.report(keyPath, .unknownLanguage(key))
                continue
            }
            guard let text = source.text(entry, key: keyPath) else { continue }
            let unknown = PlaceholderCheck.unknownPlaceholders(in: text, allowsFragments: true)
            unknown.forEach { source.report(keyPath, .unknownPlaceholder($0)) }
            if unknown.isEmpty { texts[language] = text }
        }
        return texts.isEmpty ? nil : AnswerFragment(name: name, texts: texts)
    }
}
