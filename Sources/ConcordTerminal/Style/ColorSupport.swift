/// How many colours the terminal shows. The backend detects it; themes and every drawn
/// style are degraded to it, so an 8-colour console or `NO_COLOR` still works.
public enum ColorSupport: Int, Comparable, Sendable, CaseIterable {
    /// No colours at all (`NO_COLOR`, monochrome terminals): attributes only.
    case none = 0
    /// The 8 basic colours.
    case eight = 8
    /// 8 colours plus their bright variants.
    case sixteen = 16
    /// The xterm 256-colour palette (RGB colours map to the nearest entry).
    case extended256 = 256

    public static func < (lhs: ColorSupport, rhs: ColorSupport) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Chooses the support level from the terminal's colour count and the environment.
    /// - Parameters:
    ///   - colorCount: what the terminal reports (ncurses `COLORS`), 0 when it has none.
    ///   - environment: checked for `NO_COLOR` (https://no-color.org): set and non-empty
    ///     means no colours, whatever the terminal can do.
    public static func detect(colorCount: Int, environment: [String: String]) -> ColorSupport {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        switch colorCount {
        case 256...: return .extended256
        case 16...: return .sixteen
        case 8...: return .eight
        default: return .none
        }
    }
}
