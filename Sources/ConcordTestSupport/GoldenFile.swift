import Foundation
import Testing

/// Golden-file (snapshot) testing for text screens, like bubbletea's teatest golden files
/// and tig's screen tests: the expected output lives in a reviewed text file next to the
/// tests, and a record mode rewrites it after an intended change.
///
/// Usage from Swift Testing:
/// ```swift
/// import ConcordTestSupport
///
/// @Test func queueScreen() {
///     let frame = renderQueue(size: Size(width: 80, height: 24))
///     GoldenFile.assertMatches(frame.plainText(), named: "queue-80x24",
///                              directory: GoldenFile.snapshotDirectory(forTestFile: #filePath))
/// }
/// ```
/// - Files are `<directory>/<name>.txt` (by convention `Tests/<Target>/__Snapshots__/`,
///   which the test target must `exclude` in Package.swift).
/// - To (re)record, run the tests with `CONCORD_RECORD_SNAPSHOTS=1 swift test`, then
///   review the diff with `git diff` and commit the files.
/// - A missing file is written (so the first run produces it) but the test still fails,
///   so nobody commits a snapshot they never looked at; in record mode it passes.
/// - On a mismatch the failure shows a line-by-line diff (`-` expected, `+` actual).
public enum GoldenFile {
    /// The environment variable that switches record mode on (value `1`).
    public static let recordVariable = "CONCORD_RECORD_SNAPSHOTS"

    /// `__Snapshots__` next to the calling test file: pass `#filePath`.
    public static func snapshotDirectory(forTestFile filePath: String) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    }

    /// Whether record mode is on in `environment`.
    public static func isRecording(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        environment[recordVariable] == "1"
    }

    /// Compares `text` with `<directory>/<name>.txt`, writing the file in record mode or
    /// when it does not exist yet. Does not report anything itself: see ``assertMatches``.
    public static func compare(_ text: String, named name: String, directory: URL,
                               recording: Bool = GoldenFile.isRecording()) -> GoldenComparison {
        let file = directory.appendingPathComponent(name + ".txt")
        let normalized = text.hasSuffix("\n") ? text : text + "\n"
        let existing = try? String(contentsOf: file, encoding: .utf8)
        if recording || existing == nil {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try normalized.write(to: file, atomically: true, encoding: .utf8)
            } catch {
                return .writeFailed(file: file.path, reason: error.localizedDescription)
            }
            return recording ? .recorded(file: file.path) : .missing(file: file.path)
        }
        if existing == normalized { return .match }
        return .mismatch(file: file.path, diff: lineDiff(expected: existing ?? "", actual: normalized))
    }

    /// Compares and records a Swift Testing issue unless the text matches (or record mode
    /// is on). Returns the comparison for further checks.
    @discardableResult
    public static func assertMatches(_ text: String, named name: String, directory: URL,
                                     sourceLocation: SourceLocation = #_sourceLocation) -> GoldenComparison {
        let result = compare(text, named: name, directory: directory)
        if !result.passed {
            Issue.record(Comment(rawValue: result.message), sourceLocation: sourceLocation)
        }
        return result
    }

    /// A readable line diff: unchanged lines as "  ", removed as "- ", added as "+ ",
    /// trailing spaces shown as "·" so invisible differences are visible. Long runs of
    /// unchanged lines are elided to two lines of context.
    public static func lineDiff(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Longest common subsequence table (screens are small: 24–60 lines).
        var lcs = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                lcs[i][j] = old[i] == new[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var lines: [(kind: Character, text: String)] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                lines.append((" ", old[i])); i += 1; j += 1
            } else if i < old.count, j == new.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                lines.append(("-", old[i])); i += 1
            } else {
                lines.append(("+", new[j])); j += 1
            }
        }
        var output: [String] = []
        for (index, line) in lines.enumerated() {
            let nearChange = lines[max(0, index - 2)...min(lines.count - 1, index + 2)].contains { $0.kind != " " }
            if line.kind == " " && !nearChange {
                if output.last != "  …" { output.append("  …") }
                continue
            }
            output.append("\(line.kind) " + showTrailingSpaces(line.text))
        }
        return output.joined(separator: "\n")
    }

    private static func showTrailingSpaces(_ line: String) -> String {
        var trimmed = Substring(line)
        var spaces = 0
        while trimmed.last == " " {
            trimmed.removeLast()
            spaces += 1
        }
        return String(trimmed) + String(repeating: "·", count: spaces)
    }
}

/// The outcome of a golden-file comparison.
public enum GoldenComparison: Hashable, Sendable, CustomStringConvertible {
    case match
    /// Record mode wrote the file.
    case recorded(file: String)
    /// The file did not exist; it has now been written for review, and the check fails.
    case missing(file: String)
    case mismatch(file: String, diff: String)
    case writeFailed(file: String, reason: String)

    /// Whether the test should pass.
    public var passed: Bool {
        switch self {
        case .match, .recorded: true
        case .missing, .mismatch, .writeFailed: false
        }
    }

    public var message: String {
        switch self {
        case .match:
            return "Snapshot matches."
        case .recorded(let file):
            return "Recorded snapshot \(file)."
        case .missing(let file):
            return "No snapshot existed, so it was written to \(file). Review it, then run the tests again "
                + "(or record all with \(GoldenFile.recordVariable)=1 swift test) and commit it."
        case .mismatch(let file, let diff):
            return "Output differs from \(file) (- expected, + actual). If the change is intended, re-record with "
                + "\(GoldenFile.recordVariable)=1 swift test and review the diff.\n\(diff)"
        case .writeFailed(let file, let reason):
            return "Could not write snapshot \(file): \(reason)."
        }
    }

    public var description: String { message }
}
