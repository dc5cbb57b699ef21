import Foundation
import TOMLKit

/// A knowledge file parsed by TOMLKit, with what its readers need to report problems: the
/// file's name, the line of each key, and the problems found so far. Readers keep going
/// after a problem, so one load lists every mistake in a file, not just the first.
struct TOMLSource {
    let file: String
    let root: TOMLTable
    private let sourceText: String
    /// Found only when a problem needs a line: most loads report none.
    private var keyLines: TOMLKeyLines?
    private(set) var errors: [KnowledgeError] = []

    /// Parses `file`, or returns the syntax error with TOMLKit's line.
    static func parse(_ file: KnowledgeFile) -> Result<TOMLSource, KnowledgeError> {
        do {
            let table = try TOMLTable(string: file.text)
            return .success(TOMLSource(file: file.name, root: table, sourceText: file.text))
        } catch let error as TOMLParseError {
            return .failure(KnowledgeError(file: file.name, line: error.source.begin.line, reason: .syntax(error.description)))
        } catch {
            return .failure(KnowledgeError(file: file.name, reason: .syntax("\(error)")))
        }
    }

    mutating func report(_ key: String, _ reason: KnowledgeError.Reason) {
        let lines = keyLines ?? TOMLKeyLines(sourceText)
        keyLines = lines
        errors.append(KnowledgeError(file: file, line: lines.line(of: key), key: key, reason: reason))
    }

    /// A string value, reporting a wrong type.
    mutating func string(_ value: any TOMLValueConvertible, key: String) -> String? {
        guard let text = value.string else {
            report(key, .wrongType(expected: "a string"))
            return nil
        }
        return text
    }

    /// A non-empty string value.
    mutating func text(_ value: any TOMLValueConvertible, key: String) -> String? {
        guard let text = string(value, key: key) else { return nil }
        // Only white space (the scalars `.whitespacesAndNewlines` trims: Unicode's White_Space),
        // checked without Foundation's trimming, which copies every phrase through UTF-16.
        guard !text.unicodeScalars.allSatisfy(\.properties.isWhitespace) else {
            report(key, .emptyText)
            return nil
        }
        return text
    }

    mutating func table(_ value: any TOMLValueConvertible, key: String) -> TOMLTable? {
        guard let table = value.table else {
            report(key, .wrongType(expected: "a table"))
            return nil
        }
        return table
    }

    /// The table's entries sorted by key, so problems are listed in a stable order.
    static func entries(_ table: TOMLTable) -> [(key: String, value: any TOMLValueConvertible)] {
        table.keys.sorted().compactMap { key in table[key].map { (key, $0) } }
    }
}
