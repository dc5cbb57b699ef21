import Foundation
import ConcordTestSupport

/// The server's own account of what the consoles and the ingester asked of it: with
/// `log_min_duration_statement = 0` PostgreSQL logs every statement's duration, and this sums
/// them per statement (its first words), so a slow refresh can be traced to the reads it makes
/// and how many times it makes them.
enum StatementLog {
    /// Turns the logging on from now (a reload, no restart).
    static func start(_ cluster: PostgresCluster) throws {
        try cluster.psql("ALTER SYSTEM SET log_min_duration_statement = 0")
        try cluster.psql("SELECT pg_reload_conf()")
    }

    /// The server log's statements since `start`, summed per statement, most expensive first:
    /// (statement, calls, total milliseconds).
    static func summary(_ cluster: PostgresCluster) -> [(statement: String, calls: Int, milliseconds: Double)] {
        let path = URL(fileURLWithPath: cluster.socketDirectory).deletingLastPathComponent().appendingPathComponent("server.log").path
        guard let log = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        var entries: [(phase: String, statement: String, milliseconds: Double)] = []
        for line in log.split(separator: "\n", omittingEmptySubsequences: false) {
            // A statement's further lines follow its first, indented with a tab.
            if line.hasPrefix("\t"), !entries.isEmpty {
                if entries[entries.count - 1].statement.count < 120 { entries[entries.count - 1].statement += " " + line }
                continue
            }
            // "... LOG:  duration: 0.153 ms  execute <unnamed>: SELECT ..." (parse and bind lines too).
            guard let marker = line.range(of: "duration: "), let unit = line.range(of: " ms", range: marker.upperBound..<line.endIndex),
                  let milliseconds = Double(line[marker.upperBound..<unit.lowerBound]) else { continue }
            let rest = line[unit.upperBound...].trimmingCharacters(in: .whitespaces)
            let phase = rest.split(separator: " ").first.map(String.init) ?? ""
            let statement = rest.range(of: ": ").map { String(rest[$0.upperBound...]) } ?? rest
            entries.append((phase, statement, milliseconds))
        }
        var totals: [String: (calls: Int, milliseconds: Double)] = [:]
        for entry in entries {
            let key = entry.phase + " " + String(entry.statement.split(whereSeparator: \.isWhitespace).joined(separator: " ").prefix(100))
            totals[key, default: (0, 0)].calls += 1
            totals[key, default: (0, 0)].milliseconds += entry.milliseconds
        }
        return totals.map { ($0.key, $0.value.calls, $0.value.milliseconds) }.sorted { $0.milliseconds > $1.milliseconds }
    }
}
