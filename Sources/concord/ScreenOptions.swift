import ArgumentParser
import Foundation

/// The options every full-screen command shares (`console`, `supervise`): the colour theme, and
/// a frozen clock for benchmarks and screenshots, which need a screen that does not change on
/// its own (waits and countdowns stay put, so nothing is redrawn between keys).
struct ScreenOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Colour theme (default, light, high-contrast, monochrome, or your own).", valueName: "name"))
    var theme: String?

    @Option(help: ArgumentHelp("Stop the screen's clock at this ISO 8601 time (waits and countdowns stay put), for reproducible screens and benchmarks.", valueName: "time"))
    var now: String?

    /// The time `--now` names, if it was given.
    var frozenTime: Date? { now.flatMap(DemoCommand.parseDate) }

    mutating func validate() throws {
        if let now, DemoCommand.parseDate(now) == nil {
            throw ValidationError("--now must be an ISO 8601 time such as 2026-11-23T09:00:00Z.")
        }
    }
}
