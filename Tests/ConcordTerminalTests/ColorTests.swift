import Testing
@testable import ConcordTerminal

@Suite("Colours")
struct ColorTests {
    @Test func parsesEveryNotationAndRoundTrips() {
        #expect(Color(parsing: "default") == .default)
        #expect(Color(parsing: "red") == .ansi(.red))
        #expect(Color(parsing: "Bright-Black") == .ansi(.brightBlack))
        #expect(Color(parsing: "color0") == .indexed(0))
        #expect(Color(parsing: "color255") == .indexed(255))
        #expect(Color(parsing: "#ff8800") == .rgb(255, 136, 0))
        for bad in ["color256", "color-1", "colorx", "#ff880", "#gg0000", "pruple", "", "color 1"] {
            #expect(Color(parsing: bad) == nil, "\(bad) should be rejected")
        }
        let all: [Color] = [.default, .indexed(17), .rgb(1, 2, 3)] + ANSIColor.allCases.map(Color.ansi)
        for color in all { #expect(Color(parsing: color.description) == color) }
    }

    @Test func degradesToEightColours() {
        #expect(ColorDegrader.degrade(.ansi(.brightRed), to: .eight) == .ansi(.red))
        #expect(ColorDegrader.degrade(.indexed(196), to: .eight) == .ansi(.red))
        #expect(ColorDegrader.degrade(.rgb(0, 0, 200), to: .eight) == .ansi(.blue))
        #expect(ColorDegrader.degrade(.indexed(236), to: .eight) == .ansi(.black))
        #expect(ColorDegrader.degrade(.indexed(9), to: .eight) == .ansi(.red))
        #expect(ColorDegrader.degrade(.default, to: .eight) == .default)
        for index in 0...255 {
            guard case .ansi(let named) = ColorDegrader.degrade(.indexed(UInt8(index)), to: .eight) else {
                Issue.record("color\(index) did not become a named colour")
                continue
            }
            #expect(named.rawValue < 8)
        }
    }

    @Test func degradesToSixteenAnd256() {
        #expect(ColorDegrader.degrade(.ansi(.brightRed), to: .sixteen) == .ansi(.brightRed))
        #expect(ColorDegrader.degrade(.indexed(231), to: .sixteen) == .ansi(.brightWhite))
        #expect(ColorDegrader.degrade(.rgb(255, 0, 0), to: .extended256) == .indexed(196))
        #expect(ColorDegrader.degrade(.rgb(128, 128, 128), to: .extended256) == .indexed(244))
        #expect(ColorDegrader.degrade(.indexed(100), to: .extended256) == .indexed(100))
    }

    @Test func noColourKeepsSelectionsVisible() {
        let selected = Style(foreground: .black, background: .cyan)
        let degraded = ColorDegrader.degrade(selected, to: .none)
        #expect(degraded.foreground == .default)
        #expect(degraded.background == .default)
        #expect(degraded.attributes.contains(.reverse))
        let bold = ColorDegrader.degrade(Style(foreground: .red, attributes: .bold), to: .none)
        #expect(bold == Style(attributes: .bold))
    }

    @Test func detectsSupportFromColourCountAndNoColor() {
        #expect(ColorSupport.detect(colorCount: 256, environment: [:]) == .extended256)
        #expect(ColorSupport.detect(colorCount: 16, environment: [:]) == .sixteen)
        #expect(ColorSupport.detect(colorCount: 8, environment: [:]) == .eight)
        #expect(ColorSupport.detect(colorCount: 0, environment: [:]) == ColorSupport.none)
        #expect(ColorSupport.detect(colorCount: 256, environment: ["NO_COLOR": "1"]) == ColorSupport.none)
        #expect(ColorSupport.detect(colorCount: 256, environment: ["NO_COLOR": ""]) == .extended256)
    }

    @Test func patchingLayersStyles() {
        let base = Style(foreground: .red, background: .blue, attributes: .bold)
        let top = Style(foreground: .default, background: .green, attributes: .underline)
        #expect(base.patched(with: top) == Style(foreground: .red, background: .green, attributes: [.bold, .underline]))
    }
}
