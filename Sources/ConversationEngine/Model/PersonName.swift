/// A person's name in parts, because addressing someone correctly depends on the parts
/// and on the language: Korean uses the full name, Russian the first name and patronymic,
/// Persian and Chinese an honorific with the family name.
public struct PersonName: Codable, Sendable, Hashable {
    /// The name as the customer presented it ("김민지", "Sarah Miller", "Иванова Анна Сергеевна").
    public var displayName: String
    public var givenName: String?
    public var familyName: String?
    /// Russian отчество, when known.
    public var patronymic: String?
    public var gender: Gender

    public init(displayName: String, givenName: String? = nil, familyName: String? = nil,
                patronymic: String? = nil, gender: Gender = .unspecified) {
        self.displayName = displayName
        self.givenName = givenName.flatMap { $0.isEmpty ? nil : $0 }
        self.familyName = familyName.flatMap { $0.isEmpty ? nil : $0 }
        self.patronymic = patronymic.flatMap { $0.isEmpty ? nil : $0 }
        self.gender = gender
    }
}
