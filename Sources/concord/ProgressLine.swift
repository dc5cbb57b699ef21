import ConcordIngest
import Foundation

/// One line on standard error that shows how an ingest is going, redrawn in place while it
/// runs on a terminal (never when output goes to a file or a pipe, where it would be noise).
final class ProgressLine {
    private let total: Int?
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private let enabled: Bool

    init(total: Int?, quiet: Bool) {
        self.total = total
        enabled = !quiet && isatty(STDERR_FILENO) == 1
    }

    func update(_ account: IngestAccount, force: Bool = false) {
        guard enabled else { return }
        let now = Date()
        guard force || now.timeIntervalSince(lastDrawn) >= 0.2 else { return }
        lastDrawn = now
        let rate = Double(account.read) / max(0.001, now.timeIntervalSince(started))
        var line = "\r  "
        if let total, total > 0 {
            let width = 24
            let filled = min(width, account.read * width / total)
            line += "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            line += "\(account.read)/\(total)"
        } else {
            line += "\(account.read) items"
        }
        line += String(format: "  %.0f/s", rate)
        if account.quarantined > 0 { line += "  \(account.quarantined) quarantined" }
        FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
    }

    func finish(_ account: IngestAccount) {
        guard enabled else { return }
        update(account, force: true)
        FileHandle.standardError.write(Data("\n".utf8))
    }

    var elapsed: TimeInterval { Date().timeIntervalSince(started) }
}
