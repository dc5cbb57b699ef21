/// How hard a message presses: runs of "!!!" and "?!", words in CAPITALS, stretched letters
/// ("sooo", "خیلیییی"), and words of escalation ("again", "third time", "세 번째", "第三次",
/// "в третий раз", "بار سوم"). It turns up anger and repeat contact and scales the sentiment;
/// on its own it proves nothing ("Thank you!!!" is not angry).
struct Intensity: Sendable, Hashable {
    /// 0 (calm) to 1 (shouting).
    let level: Double
    /// What was seen, as written: "!!!", "STILL", "third time".
    let markers: [String]

    static let calm = Intensity(level: 0, markers: [])

    init(level: Double, markers: [String]) {
        self.level = min(1, max(0, level))
        self.markers = markers
    }

    /// One escalation word and its weight in a language's lexicon.
    struct Escalation: Sendable, Hashable {
        let pattern: CuePattern
        let weight: Double
    }

    static func measure(_ text: MatchableText, lexicons: [SituationLexicon]) -> Intensity {
        var level = 0.0
        var markers: [String] = []
        let marks = punctuationRuns(in: text.original)
        level += min(0.5, Double(marks.emphatic.count) * 0.35) + min(0.2, Double(marks.single) * 0.1)
        level += min(0.3, Double(marks.doubledQuestions) * 0.15)
        markers += marks.emphatic
        let shouted = capitalisedWords(in: text.original)
        level += min(0.5, Double(shouted.count) * 0.3)
        markers += shouted
        if let stretched = stretchedWord(in: text.original) {
            level += 0.2
            markers.append(stretched)
        }
        for lexicon in lexicons {
            for (escalation, parts) in lexicon.firstEscalations(in: text) {
                guard let first = parts.first, let last = parts.last else { continue }
                level += escalation.weight
                markers.append(text.quote(first.lowerBound..<last.upperBound, wholeWords: lexicon.quotesWholeWords))
            }
        }
        var unique: [String] = []
        for marker in markers where !unique.contains(marker) { unique.append(marker) }
        return Intensity(level: level, markers: unique)
    }

    private struct PunctuationRuns {
        var emphatic: [String] = []
        var single = 0
        var doubledQuestions = 0
    }

    /// Runs of ! and ? in any script: "!!", "?!", "！！！" are emphatic, "??" a little.
    private static func punctuationRuns(in scalars: [Unicode.Scalar]) -> PunctuationRuns {
        var runs = PunctuationRuns()
        var index = 0
        while index < scalars.count {
            guard isMark(scalars[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, isMark(scalars[end]) { end += 1 }
            let run = scalars[index..<end]
            let exclamations = run.filter { $0 == "!" || $0 == "！" }.count
            if run.count >= 2, exclamations > 0 {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: run)
                runs.emphatic.append(String(view))
            } else if exclamations == 1 {
                runs.single += 1
            } else if run.count >= 2 {
                runs.doubledQuestions += 1
            }
            index = end
        }
        return runs
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "!" || scalar == "?" || scalar == "！" || scalar == "？" || scalar == "؟"
    }

    /// Words of four or more cased letters, all capitals (three-letter acronyms like "SMS" or
    /// "DHL" and order codes like "ORD-7731" are not shouting).
    private static func capitalisedWords(in scalars: [Unicode.Scalar]) -> [String] {
        var words: [String] = []
        var start = 0
        var allUpper = true
        func flush(_ end: Int) {
            if end - start >= 4, allUpper {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<end])
                words.append(String(view))
            }
            start = end + 1
            allUpper = true
        }
        for (index, scalar) in scalars.enumerated() {
            switch letterCase(scalar) {
            case .upper: break
            case .lower, .uncasedLetterOrDigit: allUpper = false
            case .other: flush(index)
            }
        }
        flush(scalars.count)
        return words
    }

    private enum LetterCase { case upper, lower, uncasedLetterOrDigit, other }

    /// What `capitalisedWords` needs to know of a scalar, without Unicode's tables for ASCII.
    @inline(__always)
    private static func letterCase(_ scalar: Unicode.Scalar) -> LetterCase {
        if scalar.isASCII {
            switch scalar.value {
            case 0x41...0x5A: return .upper
            case 0x61...0x7A: return .lower
            case 0x30...0x39: return .uncasedLetterOrDigit
            default: return .other
            }
        }
        switch scalar.value {
        case 0x0410...0x042F: return .upper  // Cyrillic А-Я
        case 0x0430...0x044F: return .lower
        case 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0x0621...0x064A: return .uncasedLetterOrDigit  // Han, Hangul, Arabic letters
        default: break
        }
        let properties = scalar.properties
        if properties.isAlphabetic, properties.isUppercase || properties.isLowercase {
            return properties.isUppercase ? .upper : .lower
        }
        return properties.isAlphabetic ? .uncasedLetterOrDigit : .other
    }

    /// The first word with one letter three or more times in a row ("sooo", "pleeease").
    private static func stretchedWord(in scalars: [Unicode.Scalar]) -> String? {
        var index = 2
        while index < scalars.count {
            let scalar = scalars[index]
            // The cheap test first: three in a row is rare, and most letters need a script lookup.
            if scalar == scalars[index - 1], scalar == scalars[index - 2], isStretchable(scalar) {
                var start = index
                while start > 0, scalars[start - 1].properties.isAlphabetic { start -= 1 }
                var end = index
                while end + 1 < scalars.count, scalars[end + 1].properties.isAlphabetic { end += 1 }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start...end])
                return String(view)
            }
            index += 1
        }
        return nil
    }

    /// Alphabets stretch a letter for emphasis; in Han and Hangul a repeated syllable is a
    /// word of its own (哈哈哈, ㅋㅋㅋ is laughter), so only alphabetic scripts count.
    private static func isStretchable(_ scalar: Unicode.Scalar) -> Bool {
        switch Script.of(scalar) {
        case .latin, .cyrillic, .arabic: true
        default: false
        }
    }
}
