import TOMLKit

/// Typed reads of single TOML values shared by the configuration's section readers, each
/// failing with the file, the key and what was expected.
enum ConfigurationValue {
    static func bool(_ value: (any TOMLValueConvertible)?, key: String, file: String) throws(ConfigurationError) -> Bool? {
        guard let value else { return nil }
        guard let flag = value.bool else { throw .invalidValue(file: file, key: key, value: "\(value)", expected: "true or false") }
        return flag
    }

    static func string(_ value: (any TOMLValueConvertible)?, key: String, file: String) throws(ConfigurationError) -> String? {
        guard let value else { return nil }
        guard let text = value.string, !text.isEmpty else {
            throw .invalidValue(file: file, key: key, value: "\(value)", expected: "a non-empty string in quotes")
        }
        return text
    }

    /// An array of non-empty strings (`[]` when the key is absent).
    static func strings(_ value: (any TOMLValueConvertible)?, key: String, file: String) throws(ConfigurationError) -> [String] {
        guard let value else { return [] }
        guard let array = value.array else {
            throw .invalidValue(file: file, key: key, value: "\(value)", expected: "an array of strings like [\"a\", \"b\"]")
        }
        var result: [String] = []
        for element in array {
            guard let text = element.string, !text.isEmpty else {
                throw .invalidValue(file: file, key: key, value: "\(element)", expected: "non-empty strings in quotes")
            }
            result.append(text)
        }
        return result
    }

    /// The seconds of "90s", "30m", "1h30m" (and "1d" when `allowingDays`), or nil when `text`
    /// is not a positive duration in those units.
    static func seconds(in text: String, allowingDays: Bool) -> Double? {
        var total = 0.0
        var number = ""
        var sawUnit = false
        for character in text.lowercased() where character != " " {
            if character.isASCII, character.isNumber {
                number.append(character)
                continue
            }
            let unit: Double? = switch character {
            case "s": 1
            case "m": 60
            case "h": 3600
            case "d" where allowingDays: 86_400
            default: nil
            }
            guard let unit, let amount = Double(number) else { return nil }
            total += amount * unit
            number = ""
            sawUnit = true
        }
        guard sawUnit, number.isEmpty, total > 0 else { return nil }
        return total
    }
}
