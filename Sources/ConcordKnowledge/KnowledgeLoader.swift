import ConversationEngine
import Foundation

/// Loads the phrasebooks and answer books: the shipped files compiled into the binary, then
/// the team's own files from `$XDG_CONFIG_HOME/concord/phrasebooks/*.toml` and
/// `$XDG_CONFIG_HOME/concord/answers/*.toml` (`~/.config/concord/…` without XDG_CONFIG_HOME).
///
/// Merging, so a team can adapt the wording without forking the shipped data:
/// - a user phrase with the id of a shipped phrase replaces it;
/// - a user answer with the id of a shipped answer replaces it only when its `version` is
///   higher (an older local copy does not hide a shipped correction; a notice says so);
/// - a user fragment replaces the languages it defines of a shipped fragment of that name.
///
/// A mistake in any file fails the load with every problem listed (file, line, key), because
/// a phrasebook that silently lost its broken entries would suggest something else.
public struct KnowledgeLoader: Sendable {
    public var shippedPhrasebooks: [KnowledgeFile]
    public var shippedAnswers: [KnowledgeFile]
    /// The `concord` configuration directory holding `phrasebooks/` and `answers/`, or nil
    /// for the shipped data alone.
    public var userDirectory: URL?

    public init(shippedPhrasebooks: [KnowledgeFile] = ShippedKnowledge.phrasebooks,
                shippedAnswers: [KnowledgeFile] = ShippedKnowledge.answers,
                userDirectory: URL? = KnowledgeLoader.defaultUserDirectory()) {
        self.shippedPhrasebooks = shippedPhrasebooks
        self.shippedAnswers = shippedAnswers
        self.userDirectory = userDirectory
    }

    /// `$XDG_CONFIG_HOME/concord`, or `~/.config/concord`, or nil with neither variable set.
    public static func defaultUserDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("concord")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home).appendingPathComponent(".config/concord")
        }
        return nil
    }

    /// The shipped data alone; it is tested to load, so this never fails in a release.
    public static func shipped() throws(KnowledgeLoadError) -> Knowledge {
        try KnowledgeLoader(userDirectory: nil).load()
    }

    public func load() throws(KnowledgeLoadError) -> Knowledge {
        var errors: [KnowledgeError] = []
        let userPhrasebooks = userFiles(in: "phrasebooks", errors: &errors)
        let userAnswers = userFiles(in: "answers", errors: &errors)
        var notices: [KnowledgeNotice] = []

        let shippedPhrases = phrases(in: shippedPhrasebooks, errors: &errors)
        let ownPhrases = phrases(in: userPhrasebooks, errors: &errors)
        let phrasebook = Phrasebook(phrases: shippedPhrases.map(\.phrase)).merging(Phrasebook(phrases: ownPhrases.map(\.phrase)))

        let shippedContents = answerContents(in: shippedAnswers, errors: &errors)
        let ownContents = answerContents(in: userAnswers, errors: &errors)
        checkDuplicateAnswers(shippedContents, errors: &errors)
        checkDuplicateAnswers(ownContents, errors: &errors)
        for contents in shippedContents {
            for answer in contents.answers {
                for language in Language.allCases where answer.variant(in: language) == nil {
                    let key = "answer.\(answer.id)"
                    errors.append(KnowledgeError(file: contents.file, line: contents.line(of: key), key: key,
                                                 reason: .missingLanguage(language)))
                }
            }
        }
        let shippedBook = AnswerBook(answers: shippedContents.flatMap(\.answers), fragments: shippedContents.flatMap(\.fragments))
        var book = shippedBook
        for contents in ownContents {
            for answer in contents.answers {
                if let shipped = shippedBook.answer(id: answer.id), shipped.version >= answer.version {
                    notices.append(KnowledgeNotice(
                        file: contents.file, key: "answer.\(answer.id)",
                        message: "version \(answer.version) is not newer than the shipped version \(shipped.version); the shipped answer is used"))
                }
            }
            book = book.merging(AnswerBook(answers: contents.answers, fragments: contents.fragments))
        }
        errors += locate(book.problems(), in: shippedContents + ownContents)

        guard errors.isEmpty else { throw KnowledgeLoadError(errors: errors) }
        let files = (shippedPhrasebooks + shippedAnswers + userPhrasebooks + userAnswers).map(\.name)
        return Knowledge(phrasebook: phrasebook, answerBook: book, notices: notices, files: files)
    }

    // MARK: - Files

    /// The `.toml` files of one user folder, sorted by name; a missing folder is no error.
    private func userFiles(in folder: String, errors: inout [KnowledgeError]) -> [KnowledgeFile] {
        guard let directory = userDirectory?.appendingPathComponent(folder) else { return [] }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return names.filter { $0.hasSuffix(".toml") }.sorted().compactMap { name in
            let url = directory.appendingPathComponent(name)
            do {
                return KnowledgeFile(name: url.path, text: try String(contentsOf: url, encoding: .utf8))
            } catch {
                errors.append(KnowledgeError(file: url.path, reason: .unreadable(error.localizedDescription)))
                return nil
            }
        }
    }

    // MARK: - Phrases

    /// The phrases of one layer (shipped or user), each id once: an id twice in one layer is
    /// a mistake (two files fighting over one phrase), across layers it is an override.
    private func phrases(in files: [KnowledgeFile], errors: inout [KnowledgeError]) -> [(phrase: Phrase, file: String)] {
        var firstFile: [String: String] = [:]
        var result: [(phrase: Phrase, file: String)] = []
        for file in files {
            let (phrases, problems) = PhrasebookFileReader.read(file)
            errors += problems
            for phrase in phrases {
                if let first = firstFile[phrase.id] {
                    let key = "\(phrase.situation.rawValue).\(phrase.kind.rawValue).\(phrase.id.split(separator: ".").last ?? "")"
                    errors.append(KnowledgeError(file: file.name, line: TOMLKeyLines(file.text).line(of: key), key: key,
                                                 reason: .duplicate(id: phrase.id, firstFile: first)))
                    continue
                }
                firstFile[phrase.id] = file.name
                result.append((phrase, file.name))
            }
        }
        return result
    }

    // MARK: - Answers

    private func answerContents(in files: [KnowledgeFile], errors: inout [KnowledgeError]) -> [AnswerFileContents] {
        files.compactMap { file in
            let (contents, problems) = AnswerFileReader.read(file)
            errors += problems
            return contents
        }
    }

    /// An answer id or fragment name defined twice within one layer.
    private func checkDuplicateAnswers(_ layer: [AnswerFileContents], errors: inout [KnowledgeError]) {
        var answerFile: [String: String] = [:]
        var fragmentFile: [String: String] = [:]
        for contents in layer {
            for answer in contents.answers {
                let key = "answer.\(answer.id)"
                if let first = answerFile[answer.id] {
                    errors.append(KnowledgeError(file: contents.file, line: contents.line(of: key), key: key,
                                                 reason: .duplicate(id: answer.id, firstFile: first)))
                } else {
                    answerFile[answer.id] = contents.file
                }
            }
            for fragment in contents.fragments {
                let key = "fragment.\(fragment.name)"
                if let first = fragmentFile[fragment.name] {
                    errors.append(KnowledgeError(file: contents.file, line: contents.line(of: key), key: key,
                                                 reason: .duplicate(id: fragment.name, firstFile: first)))
                } else {
                    fragmentFile[fragment.name] = contents.file
                }
            }
        }
    }

    /// The merged book's problems, each placed in the last file that defines the answer or
    /// fragment holding the reference (the one in effect).
    private func locate(_ problems: [AnswerBookProblem], in contents: [AnswerFileContents]) -> [KnowledgeError] {
        problems.map { problem in
            switch problem {
            case .missingFragment(let name, let language, let referrer):
                let fragmentName = referrer.hasPrefix("fragment.") ? String(referrer.dropFirst("fragment.".count)) : nil
                let key = fragmentName.map { "fragment.\($0).\(language.rawValue)" } ?? "answer.\(referrer).\(language.rawValue).text"
                let holder = contents.last { file in
                    if let fragmentName {
                        return file.fragments.contains { $0.name == fragmentName && $0.text(in: language) != nil }
                    }
                    return file.answers.contains { $0.id == referrer && $0.variant(in: language) != nil }
                }
                return KnowledgeError(file: holder?.file ?? "answers", line: holder?.line(of: key), key: key,
                                      reason: .missingFragment(name: name, language: language))
            case .fragmentCycle(let names):
                let first = names.first ?? ""
                let key = "fragment.\(first)"
                let holder = contents.last { file in file.fragments.contains { $0.name == first } }
                return KnowledgeError(file: holder?.file ?? "answers", line: holder?.line(of: key), key: key,
                                      reason: .fragmentCycle(names))
            }
        }
    }
}
