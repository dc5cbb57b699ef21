import Foundation
import ConversationEngine

/// Customers and clocks for the knowledge tests: one per language, in their own zone.
enum KnowledgeFixtures {
    static let now: Date = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar.date(from: DateComponents(year: 2026, month: 12, day: 1, hour: 9)) ?? Date()
    }()

    static func name(for language: Language) -> PersonName {
        switch language {
        case .en: PersonName(displayName: "Sarah Miller", givenName: "Sarah", familyName: "Miller", gender: .female)
        case .ko: PersonName(displayName: "김민지", givenName: "민지", familyName: "김")
        case .zh: PersonName(displayName: "王小明", givenName: "小明", familyName: "王", gender: .male)
        case .ru: PersonName(displayName: "Иванова Анна Сергеевна", givenName: "Анна", familyName: "Иванова", patronymic: "Сергеевна", gender: .female)
        case .fa: PersonName(displayName: "علی رضایی", givenName: "علی", familyName: "رضایی", gender: .male)
        }
    }

    static func zone(for language: Language) -> TimeZone {
        let identifier = switch language {
        case .en: "Europe/London"
        case .ko: "Asia/Seoul"
        case .zh: "Asia/Shanghai"
        case .ru: "Europe/Moscow"
        case .fa: "Asia/Tehran"
        }
        return TimeZone(identifier: identifier) ?? PlaceholderValues.utc
    }

    static func values(for language: Language) -> PlaceholderValues {
        PlaceholderValues(customerName: name(for: language), agentName: "Jordan",
                          promiseDue: now.addingTimeInterval(2 * 86_400), promiseText: "a call back",
                          eta: now.addingTimeInterval(3 * 86_400), order: "A-1042",
                          timeZone: zone(for: language), now: now)
    }
}
