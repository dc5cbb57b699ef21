import Foundation

/// How to address a customer by name, correctly for their language (DOMAIN principle 1).
///
/// About half of customers ignore communication that is not personalised, and getting the
/// form wrong is worse than generic: a Korean customer is "김민지 님" (full name and 님),
/// a Russian one "Анна Сергеевна" (first name and patronymic), a Chinese one "王先生" or
/// "李女士", a Persian one "آقای رضایی" or "خانم احمدی", an English one just "Sarah".
public enum CustomerAddressing {
    /// The form of address to use in a reply to `name`, in `language`.
    ///
    /// ```swift
    /// let name = PersonName(displayName: "김민지", givenName: "민지", familyName: "김")
    /// CustomerAddressing.address(name, in: .ko)   // "김민지 님"
    /// ```
    public static func address(_ name: PersonName, in language: Language) -> String {
        let display = name.displayName.trimmingCharacters(in: .whitespaces)
        switch language {
        case .ko:
            // A name in Hangul is family name + given name without a space; a customer who
            // writes their name in Latin letters is addressed the way they wrote it.
            let full = isHangul(name) ? (joined(name.familyName, name.givenName, separator: "") ?? display) : display
            return "\(full) 님"
        case .zh:
            if let family = name.familyName {
                switch name.gender {
                case .male: return "\(family)先生"
                case .female: return "\(family)女士"
                case .unspecified:
                    let separator = isHan(name) ? "" : " "
                    return joined(family, name.givenName, separator: separator) ?? display
                }
            }
            return display
        case .ru:
            if let given = name.givenName {
                return name.patronymic.map { "\(given) \($0)" } ?? given
            }
            return display
        case .fa:
            if let family = name.familyName {
                switch name.gender {
                case .male: return "آقای \(family)"
                case .female: return "خانم \(family)"
                case .unspecified: return joined(name.givenName, family, separator: " ") ?? display
                }
            }
            return display
        case .en:
            return name.givenName ?? display.split(separator: " ").first.map(String.init) ?? display
        }
    }

    /// The address for a customer, in the customer's own language.
    public static func address(_ customer: Customer) -> String {
        address(customer.name, in: customer.language)
    }

    private static func joined(_ first: String?, _ second: String?, separator: String) -> String? {
        switch (first, second) {
        case let (a?, b?): a + separator + b
        case let (a?, nil): a
        case let (nil, b?): b
        default: nil
        }
    }

    private static func isHangul(_ name: PersonName) -> Bool {
        (name.familyName ?? name.displayName).unicodeScalars.contains { Script.of($0) == .hangul }
    }

    private static func isHan(_ name: PersonName) -> Bool {
        (name.familyName ?? name.displayName).unicodeScalars.contains { Script.of($0) == .han }
    }
}
