/// A ``Style`` packed into two integers, as cells store it: comparing two cells is then a
/// handful of integer comparisons, which the per-frame diff of every cell relies on.
struct PackedStyle: Hashable, Sendable {
    /// Foreground in the low 32 bits, background in the high 32 bits (see `pack`).
    var colors: UInt64
    var attributes: UInt8

    static let plain = PackedStyle(Style.plain)

    init(_ style: Style) {
        colors = UInt64(PackedStyle.pack(style.foreground)) | UInt64(PackedStyle.pack(style.background)) << 32
        attributes = style.attributes.rawValue
    }

    var style: Style {
        Style(
            foreground: PackedStyle.unpack(UInt32(truncatingIfNeeded: colors)),
            background: PackedStyle.unpack(UInt32(truncatingIfNeeded: colors >> 32)),
            attributes: TextAttributes(rawValue: attributes)
        )
    }

    /// Kind in bits 24…25 (0 default, 1 named, 2 indexed, 3 RGB), payload in bits 0…23.
    private static func pack(_ color: Color) -> UInt32 {
        switch color {
        case .default: 0
        case .ansi(let named): 1 << 24 | UInt32(named.rawValue)
        case .indexed(let index): 2 << 24 | UInt32(index)
        case .rgb(let r, let g, let b): 3 << 24 | UInt32(r) << 16 | UInt32(g) << 8 | UInt32(b)
        }
    }

    private static func unpack(_ value: UInt32) -> Color {
        let payload = value & 0xFF_FFFF
        switch value >> 24 {
        case 1: return .ansi(ANSIColor(rawValue: UInt8(payload & 0xFF)) ?? .white)
        case 2: return .indexed(UInt8(payload & 0xFF))
        case 3: return .rgb(UInt8(payload >> 16), UInt8((payload >> 8) & 0xFF), UInt8(payload & 0xFF))
        default: return .default
        }
    }
}
