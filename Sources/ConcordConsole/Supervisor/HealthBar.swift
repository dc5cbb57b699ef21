import ConcordStore
import ConcordTerminal

/// A bar of a queue's SLA health: on time (█), at risk (▒) and breached (░) in proportion,
/// each in its own theme colour, so the share of late customers reads before any number.
/// The glyphs differ too, so the bar reads in monochrome and under `NO_COLOR`.
enum HealthBar {
    static let onTime = "█", atRisk = "▒", breached = "░"

    /// The bar, exactly `width` columns; a queue nobody waits in is a dim dotted line.
    static func line(_ health: SLAHealth, width: Int, theme: Theme) -> StyledLine {
        guard width > 0 else { return StyledLine() }
        guard health.total > 0 else { return StyledLine(String(repeating: "·", count: width), style: theme.style("dim")) }
        let cells = widths([health.onTime, health.atRisk, health.breached], total: width)
        var line = StyledLine()
        let parts = [(onTime, "supervisor.sla.ontime"), (atRisk, "supervisor.sla.risk"), (breached, "supervisor.sla.breached")]
        for (index, (glyph, style)) in parts.enumerated() where cells[index] > 0 {
            line.append(Span(String(repeating: glyph, count: cells[index]), style: theme.style(style)))
        }
        return line
    }

    /// Columns per part, adding up to `total`: largest remainders, and at least one column for
    /// every part above zero when there is room (one late customer among ninety is still shown).
    static func widths(_ parts: [Int], total: Int) -> [Int] {
        let sum = parts.reduce(0, +)
        guard sum > 0, total > 0 else { return parts.map { _ in 0 } }
        var cells = parts.map { $0 * total / sum }
        var left = total - cells.reduce(0, +)
        let byRemainder = parts.indices.sorted { (parts[$0] * total) % sum > (parts[$1] * total) % sum }
        for index in byRemainder where left > 0 && parts[index] > 0 {
            cells[index] += 1
            left -= 1
        }
        for index in parts.indices where parts[index] > 0 && cells[index] == 0 {
            // Taken from the widest part, which can spare a column.
            guard let widest = cells.indices.max(by: { cells[$0] < cells[$1] }), cells[widest] > 1 else { break }
            cells[widest] -= 1
            cells[index] = 1
        }
        return cells
    }
}
