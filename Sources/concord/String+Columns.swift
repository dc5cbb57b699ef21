/// Fixed-width columns for the line-oriented commands' plain-text tables (ASCII fields only:
/// ids, channel names, statuses, durations).
extension String {
    func padded(_ width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
