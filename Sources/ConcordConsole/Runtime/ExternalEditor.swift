import Foundation

/// Writes an email reply in the agent's own editor (`$VISUAL`, else `$EDITOR`, else `vi`), as
/// mutt does: the draft and the quoted message go into a private temporary file, the editor
/// gets the terminal, and what the agent saved comes back as the draft.
public struct ExternalEditor: Sendable {
    public enum Failure: Error, Sendable, CustomStringConvertible {
        case couldNotStart(command: String, reason: String)
        case exited(command: String, status: Int32)
        case unreadable(reason: String)

        public var description: String {
            switch self {
            case .couldNotStart(let command, let reason):
                "Could not start the editor \"\(command)\" (\(reason)); set VISUAL or EDITOR to one that is installed. The draft is unchanged."
            case .exited(let command, let status):
                "The editor \"\(command)\" exited with status \(status); the draft is unchanged."
            case .unreadable(let reason):
                "The edited reply could not be read back (\(reason)); the draft is unchanged."
            }
        }
    }

    /// The command line to run, with the file appended as its last argument.
    public var command: String
    /// Where the temporary file goes.
    public var directory: URL

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let visual = environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 }
        let editor = environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 }
        command = visual ?? editor ?? "vi"
        directory = URL(fileURLWithPath: environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? NSTemporaryDirectory())
    }

    /// Opens `text` in the editor and returns what was saved (nil when the agent left it as it was).
    public func edit(_ text: String, name: String) throws(Failure) -> String? {
        let file = directory.appendingPathComponent("concord-\(name)-\(UUID().uuidString.prefix(8)).txt")
        do {
            try Data(text.utf8).write(to: file, options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        } catch {
            throw .couldNotStart(command: command, reason: "the temporary file \(file.path) could not be written: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // Through the shell, so EDITOR="code --wait" or "vim -c 'set tw=72'" work as they do for mutt.
        process.arguments = ["-c", "\(command) \"$1\"", "concord-editor", file.path]
        do {
            try process.run()
        } catch {
            throw .couldNotStart(command: command, reason: error.localizedDescription)
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw .exited(command: command, status: process.terminationStatus) }
        let edited: String
        do {
            edited = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw .unreadable(reason: error.localizedDescription)
        }
        return edited == text ? nil : edited
    }
}
