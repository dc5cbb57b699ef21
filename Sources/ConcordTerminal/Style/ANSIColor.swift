/// The 16 named terminal colours. Their raw value is the terminal's colour number, so
/// 0...7 work everywhere and 8...15 (the bright variants) on 16-colour terminals.
public enum ANSIColor: UInt8, CaseIterable, Hashable, Sendable {
    case black = 0, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite

    /// The name used in theme files: `red`, `bright-black`, …
    public var name: String {
        switch self {
        case .black: "black"
        case .red: "red"
        case .green: "green"
        case .yellow: "yellow"
        case .blue: "blue"
        case .magenta: "magenta"
        case .cyan: "cyan"
        case .white: "white"
        case .brightBlack: "bright-black"
        case .brightRed: "bright-red"
        case .brightGreen: "bright-green"
        case .brightYellow: "bright-yellow"
        case .brightBlue: "bright-blue"
        case .brightMagenta: "bright-magenta"
        case .brightCyan: "bright-cyan"
        case .brightWhite: "bright-white"
        }
    }

    /// Looks a colour up by its theme-file name (case-insensitive).
    public init?(name: String) {
        let lowered = name.lowercased()
        guard let match = ANSIColor.allCases.first(where: { $0.name == lowered }) else { return nil }
        self = match
    }

    /// The dark counterpart used on 8-colour terminals (bright-red -> red).
    public var dim: ANSIColor {
        ANSIColor(rawValue: rawValue & 7) ?? .white
    }

    /// xterm's default palette, used to find the nearest named colour for 256/RGB colours.
    var rgb: (r: Int, g: Int, b: Int) {
        switch self {
        case .black: (0, 0, 0)
        case .red: (205, 0, 0)
        case .green: (0, 205, 0)
        case .yellow: (205, 205, 0)
        case .blue: (0, 0, 238)
        case .magenta: (205, 0, 205)
        case .cyan: (0, 205, 205)
        case .white: (229, 229, 229)
        case .brightBlack: (127, 127, 127)
        case .brightRed: (255, 0, 0)
        case .brightGreen: (0, 255, 0)
        case .brightYellow: (255, 255, 0)
        case .brightBlue: (92, 92, 255)
        case .brightMagenta: (255, 0, 255)
        case .brightCyan: (0, 255, 255)
        case .brightWhite: (255, 255, 255)
        }
    }
}
