import Foundation

/// The weighted length X counts a post by, after twitter-text with its config v3: the text
/// is NFC-normalised; each code point weighs 1 in the ranges below and 2 elsewhere (CJK,
/// Hangul, most symbols); every emoji, however many code points it is made of (a family, a
/// skin tone, a flag), weighs 2; every link weighs 23, as X shortens it to t.co.
public enum TwitterTextLength {
    /// Code points that weigh 1 (config v3 `ranges`): Latin, Greek, Cyrillic, Hebrew, Arabic
    /// and the other scripts below U+1100, and common punctuation and spaces.
    static let lightRanges: [ClosedRange<UInt32>] = [0...4_351, 8_192...8_205, 8_208...8_223, 8_242...8_247]
    /// config v3 `transformedURLLength`.
    public static let linkWeight = 23

    /// The weighted length of `text`.
    public static func weightedLength(_ text: String) -> Int {
        let normalized = text.precomposedStringWithCanonicalMapping
        var total = 0
        var rest = Substring(normalized)
        for link in LinkFinder.links(in: normalized) {
            total += weight(of: normalized[rest.startIndex..<link.lowerBound])
            total += linkWeight
            rest = normalized[link.upperBound...]
        }
        return total + weight(of: rest)
    }

    static func weight(of text: Substring) -> Int {
        var total = 0
        for character in text {
            if isEmoji(character) {
                total += 2
                continue
            }
            for scalar in character.unicodeScalars {
                total += lightRanges.contains { $0.contains(scalar.value) } ? 1 : 2
            }
        }
        return total
    }

    /// Whether a character is drawn as an emoji: one shown as an emoji by default, or a text
    /// symbol made into one (a keycap, a variation selector 16, a skin tone, a joined sequence).
    static func isEmoji(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, first.properties.isEmoji else { return false }
        if first.properties.isEmojiPresentation { return true }
        return scalars.count > 1 && scalars.dropFirst().contains {
            $0 == "\u{FE0F}" || $0 == "\u{20E3}" || $0 == "\u{200D}" || $0.properties.isEmojiModifier
        }
    }
}
