import Foundation

/// Splits a display name ("김민지", "王小明", "Иванова Анна Сергеевна", "مریم احمدی",
/// "Miller, Sarah") into parts, so a customer who only ever gave an email "From:" name can
/// still be addressed correctly in their language.
///
/// The rules are the conventional ones for each script; a name that fits none is kept whole
/// as the display name and addressing falls back to it.
public enum PersonNameParser {
    /// Two-syllable Korean family names; every other Korean family name is one syllable.
    static let koreanCompoundFamilyNames: Set<String> = ["남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방", "망절"]
    /// Two-character Chinese family names; the rest are one character.
    static let chineseCompoundFamilyNames: Set<String> = [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐",
        "歐陽", "諸葛", "東方", "長孫", "司空", "端木", "申屠", "轩辕", "軒轅",
    ]
    static let russianPatronymicSuffixes = ["овна", "евна", "ична", "инична", "овича", "евич", "ович", "ич"]
    static let russianFemaleFamilySuffixes = ["ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ая"]
    static let russianMaleFamilySuffixes = ["ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ой", "ий"]

    /// Parses `displayName`; `language` is used only when the script alone cannot tell.
    public static func parse(_ displayName: String, language: Language? = nil) -> PersonName {
        let cleaned = clean(displayName)
        guard !cleaned.isEmpty else { return PersonName(displayName: displayName) }
        let counts = LanguageGuesser.scriptCounts(in: cleaned)
        let dominant = counts.max { $0.value < $1.value }?.key
        switch dominant {
        case .hangul: return parseEastAsian(cleaned, compounds: koreanCompoundFamilyNames)
        case .han: return parseEastAsian(cleaned, compounds: chineseCompoundFamilyNames)
        case .cyrillic: return parseRussian(cleaned)
        case .arabic: return parseGivenFirst(cleaned)
        default: return parseWestern(cleaned)
        }
    }

    static func clean(_ name: String) -> String {
        var text = Whitespace.trimmed(name)
        for (open, close) in [("\"", "\""), ("'", "'"), ("“", "”"), ("«", "»")]
        where text.hasPrefix(open) && text.hasSuffix(close) && text.count >= 2 {
            text = Whitespace.trimmed(text.dropFirst().dropLast())
        }
        return Whitespace.collapsed(text)
    }

    /// Korean and Chinese: family name first, usually one syllable, no space needed.
    static func parseEastAsian(_ name: String, compounds: Set<String>) -> PersonName {
        let words = name.split(separator: " ").map(String.init)
        if words.count == 2 {
            return PersonName(displayName: name, givenName: words[1], familyName: words[0])
        }
        guard words.count == 1, (2...5).contains(name.count) else { return PersonName(displayName: name) }
        let familyLength = name.count >= 3 && compounds.contains(String(name.prefix(2))) ? 2 : 1
        return PersonName(displayName: name, givenName: String(name.dropFirst(familyLength)),
                          familyName: String(name.prefix(familyLength)))
    }

    /// Russian: "Имя Отчество Фамилия", official "Фамилия Имя Отчество", or "Имя Фамилия".
    static func parseRussian(_ name: String) -> PersonName {
        let words = name.split(separator: " ").map(String.init)
        func isPatronymic(_ word: String) -> Bool {
            let lower = word.lowercased()
            return lower.count > 4 && russianPatronymicSuffixes.contains { lower.hasSuffix($0) }
        }
        var given: String?, family: String?, patronymic: String?
        switch words.count {
        case 3 where isPatronymic(words[2]):
            (family, given, patronymic) = (words[0], words[1], words[2])
        case 3 where isPatronymic(words[1]):
            (given, patronymic, family) = (words[0], words[1], words[2])
        case 2 where isPatronymic(words[1]):
            (given, patronymic) = (words[0], words[1])
        case 2:
            (given, family) = (words[0], words[1])
        case 1:
            given = words[0]
        default:
            return PersonName(displayName: name)
        }
        return PersonName(displayName: name, givenName: given, familyName: family, patronymic: patronymic,
                          gender: russianGender(given: given, family: family, patronymic: patronymic))
    }

    static func russianGender(given: String?, family: String?, patronymic: String?) -> Gender {
        if let p = patronymic?.lowercased() {
            if p.hasSuffix("вна") || p.hasSuffix("чна") { return .female }
            if p.hasSuffix("ич") { return .male }
        }
        if let f = family?.lowercased() {
            if russianFemaleFamilySuffixes.contains(where: { f.hasSuffix($0) }) { return .female }
            if russianMaleFamilySuffixes.contains(where: { f.hasSuffix($0) }) { return .male }
        }
        return .unspecified
    }

    /// Persian: given name(s) first, family name last.
    static func parseGivenFirst(_ name: String) -> PersonName {
        let words = name.split(separator: " ").map(String.init)
        guard words.count >= 2 else { return PersonName(displayName: name, givenName: words.first) }
        return PersonName(displayName: name, givenName: words.dropLast().joined(separator: " "), familyName: words.last)
    }

    /// Latin script: "First Last", "First Middle Last" or "Last, First".
    static func parseWestern(_ name: String) -> PersonName {
        if name.contains(",") {
            let parts = name.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !parts[1].contains(" ") || parts[0].split(separator: " ").count == 1 {
                return PersonName(displayName: "\(parts[1]) \(parts[0])", givenName: parts[1], familyName: parts[0])
            }
        }
        let words = name.split(separator: " ").map(String.init)
        if words.count == 1 { return PersonName(displayName: name, givenName: name.contains("@") ? nil : name) }
        return PersonName(displayName: name, givenName: words.first, familyName: words.count > 1 ? words.last : nil)
    }
}
