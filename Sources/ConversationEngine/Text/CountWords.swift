import Foundation

/// Small counts written as digits or as words, in the five languages: "two days", "두 시간",
/// "两天", "двух дней", "دو روز", "twenty-four hours", "二十四小时", "بیست و چهار ساعت".
///
/// Promises and facts use small numbers (hours, days, weeks), so words cover one to ninety-nine;
/// anything larger is written in digits in practice. Digits are ASCII here: `AlignedText`
/// has already folded Persian, Arabic-Indic and full-width digits.
enum CountWords {
    /// The value of a count as folded text ("24", "two", "두", "两", "двух", "دو"), or nil.
    static func value(of word: String, language: Language) -> Int? {
        let trimmed = word.trimmingCharacters(in: .whitespaces)
        if let number = Int(trimmed), number >= 0 { return number }
        let key = trimmed.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        switch language {
        case .en: return english(key)
        case .ko: return korean[key] ?? sinoKorean(key)
        case .zh: return chinese(key)
        case .ru: return compound(key, units: russianUnits, tens: russianTens, joiner: nil)
        case .fa: return compound(key, units: persianUnits, tens: persianTens, joiner: "و")
        }
    }

    /// A regular-expression alternation of every count word of `language` (digits not included).
    static func pattern(for language: Language) -> String {
        switch language {
        case .en:
            let tens = englishTens.keys.sorted()
            let units = englishUnits.keys.filter { (englishUnits[$0] ?? 0) < 10 && (englishUnits[$0] ?? 0) > 0 }
            let compounds = tens.flatMap { ten in units.map { "\(ten)-\($0)" } + units.map { "\(ten) \($0)" } }
            return AlignedPattern.alternation(Array(englishUnits.keys) + tens + compounds + ["a couple of", "a", "an"])
        case .ko: return AlignedPattern.alternation(korean.keys)
        case .zh: return "[一二两三四五六七八九十]+"
        case .ru:
            let compounds = russianTens.keys.flatMap { ten in russianUnits.keys.filter { (russianUnits[$0] ?? 0) < 10 }.map { "\(ten) \($0)" } }
            return AlignedPattern.alternation(Array(russianUnits.keys) + Array(russianTens.keys) + compounds)
        case .fa:
            let compounds = persianTens.keys.flatMap { ten in persianUnits.keys.filter { (persianUnits[$0] ?? 0) < 10 }.map { "\(ten) و \($0)" } }
            return AlignedPattern.alternation(Array(persianUnits.keys) + Array(persianTens.keys) + compounds)
        }
    }

    // MARK: English

    private static let englishUnits: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19,
    ]
    private static let englishTens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    private static func english(_ key: String) -> Int? {
        switch key {
        case "a", "an": return 1
        case "a couple of", "a couple", "couple of": return 2
        default: break
        }
        let normalized = key.replacingOccurrences(of: "-", with: " ")
        return compound(normalized, units: englishUnits, tens: englishTens, joiner: nil)
    }

    // MARK: Korean

    /// Native Korean counts, as they stand before a counter (두 시간, 세 달), and the usual
    /// Sino-Korean ones before 일 and 영업일.
    private static let korean: [String: Int] = [
        "한": 1, "하나": 1, "두": 2, "둘": 2, "세": 3, "셋": 3, "네": 4, "넷": 4, "다섯": 5, "여섯": 6, "일곱": 7,
        "여덟": 8, "아홉": 9, "열": 10, "열한": 11, "열두": 12, "열세": 13, "열네": 14, "열다섯": 15, "스무": 20,
        "스물": 20, "스물한": 21, "스물두": 22, "스물세": 23, "스물네": 24, "마흔여덟": 48, "일흔두": 72,
    ]

    private static let sinoKoreanDigits: [Character: Int] = ["일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9]

    private static func sinoKorean(_ key: String) -> Int? {
        positional(key, digits: sinoKoreanDigits, ten: "십")
    }

    // MARK: Chinese

    private static let chineseDigits: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    private static func chinese(_ key: String) -> Int? {
        positional(key, digits: chineseDigits, ten: "十")
    }

    /// "二十四" = 24, "十二" = 12, "十" = 10, "三" = 3: the tens-and-units system Chinese and
    /// Sino-Korean share.
    private static func positional(_ key: String, digits: [Character: Int], ten: Character) -> Int? {
        guard !key.isEmpty else { return nil }
        let parts = key.split(separator: ten, maxSplits: 1, omittingEmptySubsequences: false)
        if parts.count == 1 {
            guard key.count == 1, let digit = key.first.flatMap({ digits[$0] }) else { return nil }
            return digit
        }
        let tensPart = parts[0], unitsPart = parts[1]
        let tens: Int
        if tensPart.isEmpty { tens = 1 } else if tensPart.count == 1, let digit = tensPart.first.flatMap({ digits[$0] }) { tens = digit } else { return nil }
        let units: Int
        if unitsPart.isEmpty { units = 0 } else if unitsPart.count == 1, let digit = unitsPart.first.flatMap({ digits[$0] }) { units = digit } else { return nil }
        return tens * 10 + units
    }

    // MARK: Russian

    /// Every case form a count takes after "в течение", "до", "через": двух, трёх, пяти…
    private static let russianUnits: [String: Int] = [
        "один": 1, "одна": 1, "одно": 1, "одного": 1, "одной": 1, "одну": 1, "одних": 1, "одни": 1,
        "два": 2, "две": 2, "двух": 2, "пара": 2, "пару": 2, "пары": 2,
        "три": 3, "трёх": 3, "трех": 3, "четыре": 4, "четырёх": 4, "четырех": 4,
        "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8,
        "девять": 9, "девяти": 9, "десять": 10, "десяти": 10, "одиннадцать": 11, "одиннадцати": 11,
        "двенадцать": 12, "двенадцати": 12, "четырнадцать": 14, "четырнадцати": 14, "пятнадцать": 15, "пятнадцати": 15,
    ]
    private static let russianTens: [String: Int] = [
        "двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40,
        "пятьдесят": 50, "пятидесяти": 50, "семьдесят": 70, "семидесяти": 70,
    ]

    // MARK: Persian

    private static let persianUnits: [String: Int] = [
        "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "شیش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10,
        "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14, "پانزده": 15, "پونزده": 15, "شانزده": 16,
        "هفده": 17, "هجده": 18, "هیجده": 18, "نوزده": 19,
    ]
    private static let persianTens: [String: Int] = [
        "بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "شصت": 60, "هفتاد": 70, "هشتاد": 80, "نود": 90,
    ]

    // MARK: Shared

    /// "twenty four", "двадцать четыре", "بیست و چهار": a tens word, an optional joiner, a unit word.
    private static func compound(_ key: String, units: [String: Int], tens: [String: Int], joiner: String?) -> Int? {
        if let unit = units[key] { return unit }
        if let ten = tens[key] { return ten }
        var words = key.split(separator: " ").map(String.init)
        if let joiner { words.removeAll { $0 == joiner } }
        guard words.count == 2, let ten = tens[words[0]], let unit = units[words[1]], unit < 10 else { return nil }
        return ten + unit
    }
}
