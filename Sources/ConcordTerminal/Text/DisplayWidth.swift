/// Terminal column widths, measured the way ncurses and tmux will place the text.
///
/// Width is a property of a grapheme cluster (a Swift `Character`), never of `String.count`:
/// 한 is one Character but two columns, `e` + U+0301 is two scalars but one column.
///
/// Two levels:
/// - ``of(_:)-(Unicode.Scalar)`` is the per-scalar width and agrees with glibc's `wcwidth`
///   for every assigned scalar glibc knows (tested exhaustively), because ncurses and tmux
///   use `wcwidth` to advance the cursor. Disagreeing with them corrupts pane borders.
/// - ``of(_:)-(Character)`` is the width of a cluster *as the canvas draws it*: the width of
///   its base scalar clamped to 1...2, regional-indicator pairs (flags) as 2, and the
///   sanitiser's placeholders (1) for controls. Clusters that are pure format characters
///   (ZWSP, LRM, RLM, BOM) take no cell at all.
///
/// Emoji presentation: VS16 (U+FE0F) after a base that is narrow in `wcwidth` (❤️ = U+2764
/// U+FE0F) does **not** widen it. Terminals disagree about such sequences, so the canvas
/// drops the VS16 and draws the text-presentation base in one column (see
/// ``DrawableCluster``). Emoji whose base has Emoji_Presentation (😀, 👍🏽, ZWJ families) are
/// East Asian Wide already and measure 2.
public enum DisplayWidth {
    /// Width of one scalar: 0 (combining marks, format characters, Hangul medial/final jamo),
    /// 1 or 2 (East Asian Wide/Fullwidth). Controls (C0, DEL, C1) measure 1: the width of
    /// the visible placeholder the sanitiser turns them into.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        // Nothing below U+0300 is zero-width or wide (U+00AD SOFT HYPHEN is visible).
        if value < 0x300 { return 1 }
        return nonASCIIWidth(value)
    }

    static func nonASCIIWidth(_ value: UInt32) -> Int {
        if contains(UnicodeWidthTables.zero, value) { return 0 }
        if value < 0x1100 { return 1 }
        if contains(UnicodeWidthTables.wide, value) { return 2 }
        return 1
    }

    /// Width of one grapheme cluster as the canvas draws it (0, 1 or 2).
    public static func of(_ character: Character) -> Int {
        let utf8 = character.utf8
        if utf8.count == 1 { return 1 }
        // "\r\n" is one Character: the sanitiser draws it as two placeholders.
        if utf8.count == 2, utf8.first == 0x0D { return 2 }
        return clusterWidth(character)
    }

    static func clusterWidth(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let base = scalars.first else { return 0 }
        if isControlOrBidiControl(base) {
            // Controls are clusters of their own and become one placeholder per scalar.
            return scalars.count
        }
        if isRegionalIndicator(base) {
            return scalars.count >= 2 ? 2 : 1
        }
        let baseWidth = of(base)
        if baseWidth == 0 {
            // Only format characters (ZWSP, LRM, BOM, a stray ZWJ): nothing to draw.
            // A combining mark without a base is drawn on a dotted circle: one column.
            return scalars.allSatisfy({ of($0) == 0 && isFormat($0) }) ? 0 : 1
        }
        return baseWidth
    }

    /// Display width of a whole string as the canvas draws it: the sum of its clusters.
    /// Pure printable ASCII takes a fast path (one column per byte).
    public static func of(_ text: some StringProtocol) -> Int {
        var isPrintableASCII = true
        for byte in text.utf8 where byte < 0x20 || byte >= 0x7F {
            isPrintableASCII = false
            break
        }
        if isPrintableASCII { return text.utf8.count }
        var total = 0
        for scalar in text.unicodeScalars {
            guard let width = StandaloneScalars.width(of: scalar.value) else {
                // Something may join a neighbour: measure by grapheme cluster.
                total = 0
                for character in text { total += of(character) }
                return total
            }
            total += width
        }
        return total
    }

    // MARK: - classification helpers

    /// C0, DEL, C1, bidi embedding/override/isolate controls, line/paragraph separators:
    /// everything the sanitiser replaces.
    static func isControlOrBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0) || TerminalSanitizer.isBidiControl(v) || v == 0x2028 || v == 0x2029
    }

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    static func isFormat(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .format
    }

    static func contains(_ table: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0
        var high = table.count - 1
        if high < 0 || value < table[0].lowerBound || value > table[high].upperBound { return false }
        while low <= high {
            let mid = (low + high) >> 1
            let range = table[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
