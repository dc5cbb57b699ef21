/// A foreground or background colour as a theme asks for it. Backends degrade it to what the
/// terminal can show (see ``ColorSupport``), so themes can use 256 or RGB colours freely.
public enum Color: Hashable, Sendable, CustomStringConvertible {
    /// The terminal's own default colour (keeps transparent backgrounds transparent).
    case `default`
    /// One of the 16 named colours.
    case ansi(ANSIColor)
    /// An xterm 256-colour palette index.
    case indexed(UInt8)
    /// A 24-bit colour, shown as the nearest palette colour.
    case rgb(UInt8, UInt8, UInt8)

    public static let black = Color.ansi(.black)
    public static let red = Color.ansi(.red)
    public static let green = Color.ansi(.green)
    public static let yellow = Color.ansi(.yellow)
    public static let blue = Color.ansi(.blue)
    public static let magenta = Color.ansi(.magenta)
    public static let cyan = Color.ansi(.cyan)
    public static let white = Color.ansi(.white)

    /// Parses the theme-file notation: `default`, a named colour (`red`, `bright-blue`),
    /// `color0`…`color255`, or `#rrggbb`. Returns nil for anything else so the caller can
    /// name the offending value in its error.
    public init?(parsing text: String) {
        let value = text.trimmingWhitespace().lowercased()
        if value == "default" {
            self = .default
        } else if let named = ANSIColor(name: value) {
            self = .ansi(named)
        } else if value.hasPrefix("color"), let index = Int(value.dropFirst(5)), (0...255).contains(index),
                  value.dropFirst(5).allSatisfy(\.isASCIIDigit) {
            self = .indexed(UInt8(index))
        } else if value.hasPrefix("#"), value.utf8.count == 7, let rgb = UInt32(value.dropFirst(), radix: 16) {
            self = .rgb(UInt8((rgb >> 16) & 0xFF), UInt8((rgb >> 8) & 0xFF), UInt8(rgb & 0xFF))
        } else {
            return nil
        }
    }

    /// The theme-file notation of this colour; `Color(parsing: c.description) == c`.
    public var description: String {
        switch self {
        case .default: "default"
        case .ansi(let named): named.name
        case .indexed(let index): "color\(index)"
        case .rgb(let r, let g, let b): "#" + [r, g, b].map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
        }
    }

    /// A sentence listing the accepted notations, for error messages.
    static let acceptedNotation =
        "use default, one of \(ANSIColor.allCases.map(\.name).joined(separator: ", ")), color0…color255 or #rrggbb"
}
