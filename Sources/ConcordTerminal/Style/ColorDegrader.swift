/// Maps colours and styles to what a terminal with a given ``ColorSupport`` can show:
/// nearest named colour for 256/RGB on 8/16-colour terminals, nearest palette entry for RGB
/// on 256-colour terminals, and no colour at all for `.none`, where a coloured background
/// becomes reverse video so that selections and status bars stay visible.
public enum ColorDegrader {
    public static func degrade(_ style: Style, to support: ColorSupport) -> Style {
        if support == .none {
            var attributes = style.attributes
            if style.background != .default && !attributes.contains(.reverse) {
                attributes.insert(.reverse)
            }
            return Style(foreground: .default, background: .default, attributes: attributes)
        }
        return Style(
            foreground: degrade(style.foreground, to: support),
            background: degrade(style.background, to: support),
            attributes: style.attributes
        )
    }

    public static func degrade(_ color: Color, to support: ColorSupport) -> Color {
        switch (color, support) {
        case (.default, _): return .default
        case (_, .none): return .default
        case (.ansi(let named), .eight): return .ansi(named.dim)
        case (.ansi, _): return color
        case (.indexed(let index), .extended256): return .indexed(index)
        case (.indexed(let index), _):
            if index < 16, let named = ANSIColor(rawValue: index) { return degrade(.ansi(named), to: support) }
            return .ansi(nearestNamed(rgb: paletteRGB(index), support: support))
        case (.rgb, .extended256):
            return .indexed(nearestPaletteIndex(color))
        case (.rgb(let r, let g, let b), _):
            return .ansi(nearestNamed(rgb: (Int(r), Int(g), Int(b)), support: support))
        }
    }

    /// The terminal colour number ncurses uses for a colour already degraded to `support`;
    /// -1 is the terminal default.
    public static func terminalColorNumber(_ color: Color, support: ColorSupport) -> Int {
        switch degrade(color, to: support) {
        case .default: -1
        case .ansi(let named): Int(named.rawValue)
        case .indexed(let index): Int(index)
        case .rgb: -1
        }
    }

    // MARK: - palette arithmetic

    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// RGB of an xterm 256-colour index.
    static func paletteRGB(_ index: UInt8) -> (Int, Int, Int) {
        let i = Int(index)
        if i < 16 {
            let c = ANSIColor(rawValue: index)?.rgb ?? (r: 0, g: 0, b: 0)
            return (c.r, c.g, c.b)
        }
        if i < 232 {
            let n = i - 16
            return (cubeLevels[n / 36], cubeLevels[(n / 6) % 6], cubeLevels[n % 6])
        }
        let grey = 8 + (i - 232) * 10
        return (grey, grey, grey)
    }

    /// Nearest of the 8 (or 16) named colours to an RGB value.
    static func nearestNamed(rgb: (Int, Int, Int), support: ColorSupport) -> ANSIColor {
        nearest(rgb: rgb, among: support == .eight ? Array(ANSIColor.allCases.prefix(8)) : ANSIColor.allCases)
    }

    private static func nearest(rgb: (Int, Int, Int), among candidates: [ANSIColor]) -> ANSIColor {
        var best = candidates[0]
        var bestDistance = Int.max
        for candidate in candidates {
            let c = candidate.rgb
            let d = distance(rgb, (c.r, c.g, c.b))
            if d < bestDistance {
                bestDistance = d
                best = candidate
            }
        }
        return best
    }

    /// Nearest xterm palette index (cube or grey ramp) for an RGB colour.
    static func nearestPaletteIndex(_ color: Color) -> UInt8 {
        guard case .rgb(let r, let g, let b) = color else { return 0 }
        let rgb = (Int(r), Int(g), Int(b))
        func level(_ v: Int) -> Int {
            var best = 0
            for (i, l) in cubeLevels.enumerated() where abs(l - v) < abs(cubeLevels[best] - v) { best = i }
            return best
        }
        let cubeIndex = 16 + 36 * level(rgb.0) + 6 * level(rgb.1) + level(rgb.2)
        let average = (rgb.0 + rgb.1 + rgb.2) / 3
        let greyStep = min(23, max(0, (average - 8 + 5) / 10))
        let greyIndex = 232 + greyStep
        let cubeDistance = distance(rgb, paletteRGB(UInt8(cubeIndex)))
        let greyDistance = distance(rgb, paletteRGB(UInt8(greyIndex)))
        return UInt8(greyDistance < cubeDistance ? greyIndex : cubeIndex)
    }

    /// Weighted squared distance (a cheap approximation of perceived difference).
    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return 3 * dr * dr + 4 * dg * dg + 2 * db * db
    }
}
