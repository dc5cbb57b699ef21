import CNcurses

/// Allocates ncurses colour pairs on demand, one per (foreground, background) actually
/// drawn, cached for the life of the screen. When the terminal's pairs run out, further
/// combinations fall back to the default pair: colours degrade, text stays readable.
struct CursesColorPairs {
    struct Key: Hashable {
        var foreground: Int16
        var background: Int16
    }

    private var pairs: [Key: Int32] = [:]
    private var nextPair: Int32 = 1
    private let limit: Int32
    private let support: ColorSupport
    private let hasDefaultColors: Bool

    init(support: ColorSupport, pairLimit: Int32, hasDefaultColors: Bool) {
        self.support = support
        self.limit = pairLimit
        self.hasDefaultColors = hasDefaultColors
    }

    /// The pair number for a style's colours (0 = the terminal default pair).
    mutating func pair(for style: Style) -> Int32 {
        guard support != .none else { return 0 }
        var foreground = ColorDegrader.terminalColorNumber(style.foreground, support: support)
        var background = ColorDegrader.terminalColorNumber(style.background, support: support)
        if foreground == -1 && background == -1 { return 0 }
        if !hasDefaultColors {
            // Without use_default_colors, -1 is not allowed: assume light text on black.
            if foreground == -1 { foreground = 7 }
            if background == -1 { background = 0 }
        }
        let key = Key(foreground: Int16(foreground), background: Int16(background))
        if let existing = pairs[key] { return existing }
        guard nextPair < limit else { return 0 }
        let number = nextPair
        guard cn_init_pair(number, Int32(foreground), Int32(background)) != ERR else { return 0 }
        nextPair += 1
        pairs[key] = number
        return number
    }
}
