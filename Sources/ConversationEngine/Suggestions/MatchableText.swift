import Foundation

/// A message folded into one spelling per word, so that one cue list catches the ways customers
/// actually type: case, Russian ё/е, Arabic ي/ك for Persian ی/ک, with or without the
/// zero-width non-joiner, "می رسد" written with a space, Persian and Arabic-Indic digits,
/// full-width Latin. Hangul syllables are split into their letters, because Korean endings
/// change the last syllable of a stem (나요, 났어요, 납니다 all start with 나). Every folded
/// scalar remembers where it came from, so evidence is quoted as the customer wrote it, not
/// as the matcher saw it.
struct MatchableText: Sendable {
    /// The message's scalars after canonical composition (Hangul syllables precomposed).
    let original: [Unicode.Scalar]
    /// The folded scalars the cues are matched against.
    let scalars: [Unicode.Scalar]
    /// For each folded scalar, the index of the original scalar it came from.
    let origins: [Int]

    init(_ text: String) {
        // Text of scalars that are composed already and never combine with a neighbour needs
        // no normaliser (Foundation's is slow); anything else goes through it.
        let given = Array(text.unicodeScalars)
        let composed = Self.isComposedAlready(given) ? given
            : Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
        var folded: [Unicode.Scalar] = []
        var origins: [Int] = []
        folded.reserveCapacity(composed.count + composed.count / 2)
        origins.reserveCapacity(composed.count + composed.count / 2)
        for (index, scalar) in composed.enumerated() {
            // The common cases without building an array per scalar: ASCII and Hangul syllables.
            if scalar.isASCII {
                Self.append(Self.foldASCII(scalar), origin: index, to: &folded, origins: &origins)
            } else if scalar.value >= 0xAC00, scalar.value <= 0xD7A3 {
                let syllable = scalar.value - 0xAC00
                Self.append(Unicode.Scalar(0x1100 + syllable / 588)!, origin: index, to: &folded, origins: &origins)
                Self.append(Unicode.Scalar(0x1161 + syllable % 588 / 28)!, origin: index, to: &folded, origins: &origins)
                if syllable % 28 != 0 {
                    Self.append(Unicode.Scalar(0x11A7 + syllable % 28)!, origin: index, to: &folded, origins: &origins)
                }
            } else if Self.foldsToItself(scalar.value) {
                Self.append(scalar, origin: index, to: &folded, origins: &origins)
            } else if scalar.value >= 0x0410, scalar.value <= 0x042F {
                Self.append(Unicode.Scalar(scalar.value + 0x20)!, origin: index, to: &folded, origins: &origins)  // А-Я: а-я
            } else {
                for replacement in Self.fold(scalar) { Self.append(replacement, origin: index, to: &folded, origins: &origins) }
            }
        }
        while let last = folded.last, last == " " || last == "\n" {
            folded.removeLast()
            origins.removeLast()
        }
        (scalars, self.origins) = Self.joiningPersianVerbPrefixes(folded, origins)
        original = composed
    }

    /// The folded form of a cue, so cues may be written in any of the spellings above.
    static func folded(_ text: String) -> [Unicode.Scalar] { MatchableText(text).scalars }

    var count: Int { scalars.count }

    /// Whether the folded scalar at `index` belongs to a word (letters and digits).
    func isWord(at index: Int) -> Bool {
        guard index >= 0, index < scalars.count else { return false }
        return Self.isWordScalar(scalars[index])
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9")
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Punctuation that ends a clause: negation does not reach across it, nor do gapped cues
    /// (sentence ends only) or evidence.
    static func endsClause(_ scalar: Unicode.Scalar) -> Bool {
        clauseMarks.contains(scalar)
    }

    static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        sentenceMarks.contains(scalar)
    }

    private static let sentenceMarks: Set<Unicode.Scalar> = [".", "!", "?", "\n", "。", "！", "？", "؟", "…"]
    private static let clauseMarks: Set<Unicode.Scalar> = sentenceMarks.union([
        ",", ";", ":", "，", "；", "：", "、", "،", "؛", "—", "–", "(", ")", "（", "）",
    ])

    /// The words of the original message around the folded range `range`, as the customer
    /// wrote them. With `wholeWords`, a match inside a word is widened to the word ("refund"
    /// found in "refunds", "환불" in "환불이"); Chinese has no spaces, so it quotes the match.
    func quote(_ range: Range<Int>, wholeWords: Bool) -> String {
        guard !range.isEmpty, range.upperBound <= origins.count else { return "" }
        var start = origins[range.lowerBound]
        var end = origins[range.upperBound - 1]
        if wholeWords {
            while start > 0, Self.isInsideWord(original[start - 1]) { start -= 1 }
            while end + 1 < original.count, Self.isInsideWord(original[end + 1]) { end += 1 }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: original[start...end])
        return String(view).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Letters, digits, joiners, marks and apostrophes: what a quoted word may contain.
    private static func isInsideWord(_ scalar: Unicode.Scalar) -> Bool {
        if isWordScalar(scalar) { return true }
        switch scalar.value {
        case 0x200C, 0x200D, 0x27, 0x2019: return true
        default: return scalar.properties.generalCategory == .nonspacingMark
        }
    }

    // MARK: - Folding

    /// Adds one folded scalar, collapsing runs of spaces and line breaks (a break wins) and
    /// dropping them at the start.
    @inline(__always)
    private static func append(_ replacement: Unicode.Scalar, origin: Int, to folded: inout [Unicode.Scalar],
                               origins: inout [Int]) {
        if replacement == " " || replacement == "\n" {
            guard let last = folded.last else { return }
            if last == " " || last == "\n" {
                if replacement == "\n" { folded[folded.count - 1] = "\n" }
                return
            }
        }
        folded.append(replacement)
        origins.append(origin)
    }

    /// Whether canonical composition would leave `scalars` as they are: every scalar is stable
    /// (below), or one of the Arabic short vowels and tanwin (U+064B–U+0652) in canonical order.
    /// Those marks compose with nothing, but two in a row are reordered by combining class
    /// unless they already stand in it; Persian and Arabic text writes them often enough
    /// (tanwin in "لطفاً") that sending every such message through the normaliser showed.
    static func isComposedAlready(_ scalars: [Unicode.Scalar]) -> Bool {
        var lastMarkClass: UInt32 = 0
        for scalar in scalars {
            let value = scalar.value
            if value >= 0x064B, value <= 0x0652 {
                let markClass = value - 0x064B + 27  // their combining classes are 27 to 34, in order
                if markClass < lastMarkClass { return false }
                lastMarkClass = markClass
                continue
            }
            guard isStableComposed(scalar) else { return false }
            lastMarkClass = 0
        }
        return true
    }

    /// Scalars that never combine with a neighbour (`CanonicalComposition`).
    @inline(__always)
    static func isStableComposed(_ scalar: Unicode.Scalar) -> Bool { CanonicalComposition.leavesAlone(scalar) }

    /// Letters of the scripts Concord reads most that `fold` would leave alone (no case, no
    /// variant spelling), answered without Unicode's property tables.
    @inline(__always)
    private static func foldsToItself(_ value: UInt32) -> Bool {
        switch value {
        case 0x4E00...0x9FFF: true  // CJK ideographs
        case 0x0430...0x044F: true  // Cyrillic а-я
        case 0x0627...0x0628, 0x062A...0x063A, 0x0641...0x0642, 0x0644...0x0648: true  // Arabic letters (not ة ك ى ي)
        case 0x067E, 0x0686, 0x0698, 0x06A9, 0x06AF, 0x06CC: true  // پ چ ژ ک گ ی
        default: false
        }
    }

    @inline(__always)
    private static func foldASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value >= 0x41, value <= 0x5A { return Unicode.Scalar(UInt8(value + 0x20)) }
        if value == 0x0A || value == 0x0D { return "\n" }
        if value == 0x09 || value == 0x0B || value == 0x0C { return " " }
        return scalar
    }

    static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let value = scalar.value
        if scalar.isASCII { return [foldASCII(scalar)] }
        switch value {
        case 0x2028, 0x2029, 0x85: return ["\n"]
        case 0x200C, 0x200D, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x0640:
            return []  // joiners, direction marks, tatweel: invisible, and spelled either way
        case 0x064B...0x065F, 0x0670:
            return []  // Arabic short vowels and tanwin, rarely written and never meant
        case 0x064A, 0x0649: return ["\u{06CC}"]  // Arabic yeh and alef maksura: Persian yeh
        case 0x0643: return ["\u{06A9}"]  // Arabic kaf: Persian keheh
        case 0x0623, 0x0625: return ["\u{0627}"]  // alef with hamza: plain alef
        case 0x0624: return ["\u{0648}"]  // waw with hamza (مؤدب): plain waw, as most people type it
        case 0x0626: return ["\u{06CC}"]  // yeh with hamza: Persian yeh
        case 0x06C0, 0x0629: return ["\u{0647}"]  // heh with yeh, teh marbuta: heh
        case 0x0660...0x0669: return Unicode.Scalar(value - 0x0660 + 0x30).map { [$0] } ?? []
        case 0x06F0...0x06F9: return Unicode.Scalar(value - 0x06F0 + 0x30).map { [$0] } ?? []
        case 0xFF01...0xFF5E:
            // Full-width ASCII (ＡＢＣ１２３！): the ASCII it stands for, lower-cased.
            return Unicode.Scalar(value - 0xFF01 + 0x21).map { fold($0) } ?? []
        case 0x0451: return ["\u{0435}"]  // ё: е
        case 0x0401: return ["\u{0435}"]  // Ё: е
        case 0x2018, 0x2019, 0x02BC: return ["'"]
        case 0xAC00...0xD7A3: return hangulLetters(of: value)
        default:
            break
        }
        if scalar.properties.isWhitespace { return [" "] }
        if scalar.properties.changesWhenLowercased {
            return Array(scalar.properties.lowercaseMapping.unicodeScalars)
        }
        return [scalar]
    }

    /// The leading consonant, vowel and (if any) final consonant of a precomposed syllable.
    private static func hangulLetters(of value: UInt32) -> [Unicode.Scalar] {
        let index = value - 0xAC00
        let parts = [0x1100 + index / 588, 0x1161 + index % 588 / 28] + (index % 28 == 0 ? [] : [0x11A7 + index % 28])
        return parts.compactMap { Unicode.Scalar($0) }
    }

    /// Persian writes the verb prefixes می and نمی joined by a non-joiner, glued, or with a
    /// space; the non-joiner is already gone, so drop the space too.
    private static func joiningPersianVerbPrefixes(
        _ scalars: [Unicode.Scalar], _ origins: [Int]
    ) -> ([Unicode.Scalar], [Int]) {
        let mim: Unicode.Scalar = "\u{0645}", yeh: Unicode.Scalar = "\u{06CC}", noon: Unicode.Scalar = "\u{0646}"
        guard scalars.contains(mim) else { return (scalars, origins) }
        var outScalars: [Unicode.Scalar] = []
        var outOrigins: [Int] = []
        outScalars.reserveCapacity(scalars.count)
        outOrigins.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            outScalars.append(scalar)
            outOrigins.append(origins[index])
            // "...می " at a word start, with a letter after the space: skip the space.
            if scalar == yeh, index >= 1, scalars[index - 1] == mim, index + 2 < scalars.count,
               scalars[index + 1] == " ", isWordScalar(scalars[index + 2]) {
                let wordStart = index - 1
                let prefixStart = wordStart >= 1 && scalars[wordStart - 1] == noon ? wordStart - 1 : wordStart
                if prefixStart == 0 || !isWordScalar(scalars[prefixStart - 1]) {
                    index += 2
                    continue
                }
            }
            index += 1
        }
        return (outScalars, outOrigins)
    }
}
