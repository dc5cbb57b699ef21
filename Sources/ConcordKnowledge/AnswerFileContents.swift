import ConversationEngine

/// What one answer-book file defines, with where each thing is written, so problems found
/// only after every file is merged (a missing fragment, a cycle) can still name file and line.
struct AnswerFileContents: Sendable {
    var file: String
    var answers: [Answer] = []
    var fragments: [AnswerFragment] = []
    /// The file's text, for finding a key's line when a problem is reported.
    var text: String

    func line(of key: String) -> Int? { TOMLKeyLines(text).line(of: key) }
}
