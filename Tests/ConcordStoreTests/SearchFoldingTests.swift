import Foundation
import Testing
@testable import ConcordStore

@Suite("Search folding: the one-pass fold writes the bytes the old fold wrote")
struct SearchFoldingTests {
    /// `SearchTextNormalizer.folded` as it was before `SearchFolding`, kept to hold the new one
    /// to the bytes the indexes already hold.
    static func referenceFolded(_ text: String) -> String {
        // ASCII folds by case alone (the standard library's ASCII path).
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        // NFKC is costly and only matters for compatibility characters (ligatures, half-width
        // kana, Arabic presentation forms, superscripts): most mail holds none. The spaces
        // (no-break in nearly every HTML mail) and the full-width punctuation that fills
        // Chinese text (，！？（）) have plain ASCII as their NFKC form, mapped here directly.
        var needsCompatibility = false
        var hasNarrowable = false
        for scalar in text.unicodeScalars where scalar.value >= 0xA0 {
            if SearchTextNormalizer.narrowed(scalar) != nil {
                hasNarrowable = true
            } else if CompatibilityScalars.contains(scalar.value) {
                needsCompatibility = true
                break
            }
        }
        let compatible: String
        if needsCompatibility {
            compatible = text.precomposedStringWithCompatibilityMapping.lowercased()
        } else if hasNarrowable {
            var narrow = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                narrow.append(SearchTextNormalizer.narrowed(scalar) ?? scalar)
            }
            compatible = String(narrow).lowercased()
        } else {
            compatible = text.lowercased()
        }
        guard compatible.unicodeScalars.contains(where: { $0.value >= 0x600 && $0.value <= 0x6FF || $0.value == 0x200C }) else {
            return compatible
        }
        var result = String.UnicodeScalarView()
        for scalar in compatible.unicodeScalars {
            switch scalar.value {
            case 0x64A, 0x649: result.append("\u{06CC}")       // Arabic yeh / alef maksura -> Persian yeh
            case 0x643: result.append("\u{06A9}")              // Arabic kaf -> Persian keheh
            case 0x200C, 0x640: continue                        // ZWNJ, tatweel
            case 0x660...0x669: result.append(Unicode.Scalar(scalar.value - 0x660 + 0x30)!)
            case 0x6F0...0x6F9: result.append(Unicode.Scalar(scalar.value - 0x6F0 + 0x30)!)
            default: result.append(scalar)
            }
        }
        return String(result)
    }


    @Test("every scalar of the BMP, among Latin, Chinese, full-width and Persian neighbours, folds to the same bytes")
    func everyScalarFoldsToTheSameBytes() {
        var disagreements: [String] = []
        for value in UInt32(0x20)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in ["Ab\(Character(scalar))cD ，（Ｘ）", "Ж\(Character(scalar))ي ۱ 退", "\(Character(scalar))"] {
                if Array(SearchTextNormalizer.folded(text).utf8) != Array(Self.referenceFolded(text).utf8) {
                    disagreements.append(String(value, radix: 16))
                }
            }
        }
        #expect(disagreements.isEmpty, "U+\(disagreements.prefix(20).joined(separator: ", U+"))")
    }

    @Test func signsExpandAloneOnlyWhenNothingAroundThemComposes() {
        #expect(SearchTextNormalizer.folded("Заказ №5521 — ждём…") == "заказ no5521 — ждём...")
        #expect(SearchTextNormalizer.folded("Order™ ²") == "ordertm 2")
        // With a combining mark anywhere, the whole text goes through NFKC, as before.
        let decomposed = "cafe\u{301} №1"
        #expect(Array(SearchTextNormalizer.folded(decomposed).utf8) == Array(Self.referenceFolded(decomposed).utf8))
        #expect(SearchTextNormalizer.folded(decomposed) == "café no1")
        for scalar in ["\u{2116}", "\u{2122}", "\u{2026}", "\u{2025}", "\u{2024}", "\u{B9}", "\u{B2}", "\u{B3}"] {
            let expansion = SearchFolding.expansion(of: scalar.unicodeScalars.first!)
            #expect(expansion == scalar.precomposedStringWithCompatibilityMapping, "\(scalar)")
        }
    }

    @Test func mixedScriptsFoldInOnePass() {
        let text = "ЁЛКА Ёлка İstanbul ΣΊΣΥΦΟΣ ＡＢＣ　ك ي ى ـ ٣ ۴ می\u{200C}خواهم 退款 환불 カタカナ"
        #expect(Array(SearchTextNormalizer.folded(text).utf8) == Array(Self.referenceFolded(text).utf8))
    }
}
