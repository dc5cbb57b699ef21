import ConcordTestSupport
import Foundation

/// A real terminal for end-to-end tests: a detached tmux session on a private server socket,
/// driven with send-keys and read with capture-pane, as an agent's SSH session in tmux would be.
final class TmuxSession {
    let socket = "concord-e2e-\(UUID().uuidString.prefix(8))"
    let statusFile: String
    private let environment: [String: String]

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Starts `command` (argv) in a new session of `width`x`height`; its exit status is
    /// written to a file so tests can read it after the program ends.
    init(command: [String], width: Int = 160, height: Int = 45, environment: [String: String], scratch: URL) throws {
        self.environment = environment
        statusFile = scratch.appendingPathComponent("status-\(UUID().uuidString)").path
        let quoted = command.map(Self.shellQuote).joined(separator: " ")
        let script = "\(quoted); echo $? > \(Self.shellQuote(statusFile)); sleep 600"
        try tmux(["new-session", "-d", "-x", String(width), "-y", String(height), "-s", "e2e", "sh", "-c", script])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    func sendKeys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "e2e"] + keys)
    }

    /// The pane's title (what an OSC 0/2 escape would have changed).
    func paneTitle() throws -> String {
        try tmux(["display-message", "-p", "-t", "e2e", "#{pane_title}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "e2e", "-x", String(width), "-y", String(height)])
    }

    /// The visible screen as text.
    func capture() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "e2e"])
    }

    /// The pid of the program running in the pane's shell (the shell's child).
    func programPID() throws -> Int32? {
        let shell = try tmux(["display-message", "-p", "-t", "e2e", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return children.split(separator: " ").first.flatMap { Int32($0) }
    }

    /// Polls the screen until `predicate` holds on a screen that stays the same for `quiet`
    /// seconds, or fails after `timeout` seconds with the last screen. A big frame reaches the
    /// terminal in several writes, and a capture can fall between them: a torn screen can match
    /// the predicate while the rest of what the test goes on to check is not drawn yet.
    @discardableResult
    func waitFor(_ what: String, quiet: TimeInterval = 0.25, timeout: TimeInterval = 90,
                 _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        var matched: String?
        while Date() < deadline {
            screen = try capture()
            if let candidate = matched, candidate == screen { return screen }
            matched = predicate(screen) ? screen : nil
            Thread.sleep(forTimeInterval: matched == nil ? 0.1 : quiet)
        }
        throw Failure(description: "Timed out waiting for \(what). Last screen:\n\(screen)")
    }

    /// The exit status of the program, once it has ended.
    func waitForExit(timeout: TimeInterval = 20) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: statusFile, encoding: .utf8),
               let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw Failure(description: "The program did not exit within \(Int(timeout)) s. Screen:\n\((try? capture()) ?? "")")
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try Subprocess.run([Self.tmuxPath, "-L", socket, "-f", "/dev/null"] + arguments, environment: environment)
        guard result.status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed with status \(result.status)")
        }
        return result.output
    }

    static let tmuxPath = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/bin/tmux"

    static func shellQuote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
