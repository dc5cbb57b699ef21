import Foundation
@testable import ConversationEngine

/// Customers, dates and zones shared by the phrase, placeholder and answer tests.
enum PhraseFixtures {
    /// 2026-12-03 (a Thursday) at `hour`:`minute` UTC.
    static func december3(hourUTC hour: Int, minute: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar.date(from: DateComponents(year: 2026, month: 12, day: 3, hour: hour, minute: minute)) ?? Date()
    }

    static let now = december3(hourUTC: 0).addingTimeInterval(-2 * 86_400)

    static func zone(_ identifier: String) -> TimeZone {
        TimeZone(identifier: identifier) ?? PlaceholderValues.utc
    }

    static let korean = PersonName(displayName: "김민지", givenName: "민지", familyName: "김")
    static let chinese = PersonName(displayName: "王小明", givenName: "小明", familyName: "王", gender: .male)
    static let russian = PersonName(displayName: "Иванова Анна Сергеевна", givenName: "Анна", familyName: "Иванова",
                                    patronymic: "Сергеевна", gender: .female)
    static let persian = PersonName(displayName: "علی رضایی", givenName: "علی", familyName: "رضایی", gender: .male)
    static let english = PersonName(displayName: "Sarah Miller", givenName: "Sarah", familyName: "Miller", gender: .female)

    static func name(for language: Language) -> PersonName {
        switch language {
        case .en: english
        case .ko: korean
        case .zh: chinese
        case .ru: russian
        case .fa: persian
        }
    }

    static func zoneIdentifier(for language: Language) -> String {
        switch language {
        case .en: "Europe/London"
        case .ko: "Asia/Seoul"
        case .zh: "Asia/Shanghai"
        case .ru: "Europe/Moscow"
        case .fa: "Asia/Tehran"
        }
    }

    /// Everything known, so every shipped phrase can be filled.
    static func values(for language: Language, agent: String = "Jordan") -> PlaceholderValues {
        PlaceholderValues(customerName: name(for: language), agentName: agent,
                          promiseDue: december3(hourUTC: 6), promiseText: "refund within 5 business days",
                          eta: december3(hourUTC: 9), order: "A-1042",
                          timeZone: zone(zoneIdentifier(for: language)), now: now)
    }

    static func phrase(_ id: String, _ situation: SituationID, _ kind: PhraseKind, _ text: String,
                       language: Language = .en) -> Phrase {
        Phrase(id: id, situation: situation, kind: kind, language: language, text: text)
    }
}
