@testable import ConcordDemo
import ConversationEngine
import Foundation
import Testing

@Suite("Demo content: languages, names, channels and text")
struct DemoContentTests {
    private func hasScript(_ text: String, _ script: Script) -> Bool {
        text.unicodeScalars.contains { Script.of($0) == script }
    }

    @Test("all five languages are present, each in its own script")
    func languagesAndScripts() {
        let replay = DemoReplay.standard
        var byLanguage: [Language: Int] = [:]
        for customer in replay.book.customers.values { byLanguage[customer.language, default: 0] += 1 }
        #expect(Set(byLanguage.keys) == Set(Language.allCases))
        let total = Double(replay.book.customers.count)
        #expect(Double(byLanguage[.en] ?? 0) / total > 0.2)
        for language in [Language.ko, .zh, .ru, .fa] { #expect(Double(byLanguage[language] ?? 0) / total > 0.08) }

        let expectations: [(Language, Script)] = [(.ko, .hangul), (.zh, .han), (.ru, .cyrillic), (.fa, .arabic), (.en, .latin)]
        for (language, script) in expectations {
            let customers = replay.book.customers.values.filter { $0.language == language }
            #expect(customers.allSatisfy { hasScript($0.name.displayName, script) }, "\(language) names")
            let ids = Set(customers.map(\.id))
            let inbound = replay.book.messages.values.filter {
                ids.contains($0.customerID) && $0.direction == .inbound && !$0.text.isEmpty
            }
            #expect(!inbound.isEmpty)
            #expect(inbound.allSatisfy { hasScript($0.text, script) }, "\(language) customers write in \(script)")
        }
    }

    @Test("every channel appears, notes included")
    func everyChannel() {
        let channels = Set(DemoReplay.standard.eventList.map(\.channel))
        #expect(channels == Set(Channel.allCases))
        let events = DemoReplay.standard.eventList
        #expect(events.contains { $0.social?.visibility == .public && $0.channel == .x })
        #expect(events.contains { $0.social?.visibility == .private && $0.channel == .x })
        #expect(events.contains { $0.call?.outcome == .missed })
        #expect(events.contains { $0.call?.outcome == .voicemail && !($0.call?.transcript ?? "").isEmpty })
        #expect(events.contains { $0.call?.outcome == .answered && $0.call?.direction == .outbound })
        #expect(events.contains { $0.thread.chatSessionID != nil })
        #expect(events.contains { $0.author?.kind == .system })
    }

    @Test("no generated text contains control characters other than newline")
    func noControlCharacters() {
        func clean(_ text: String?) -> Bool {
            (text ?? "").unicodeScalars.allSatisfy { $0 == "\n" || $0.properties.generalCategory != .control }
        }
        let replay = DemoReplay.standard
        for item in replay.items {
            switch item {
            case .event(let event):
                #expect(clean(event.text) && clean(event.subject) && clean(event.call?.transcript), "\(event.dedupeKey)")
                #expect(clean(event.customer.name?.displayName) && clean(event.customer.notes))
                #expect(!(event.subject ?? "").contains("\n"))
                #expect(!event.text.contains("{") && !event.text.contains("[["), "unfilled slot in \(event.text)")
            case .promise(let promise):
                #expect(clean(promise.text) && !promise.text.contains("\n"))
            default:
                break
            }
        }
    }

    @Test("every template in every language renders without slots left over")
    func templatesRender() {
        var slots = DemoSlotValues()
        for slot in DemoSlot.allCases { slots[slot] = "X" }
        for language in Language.allCases {
            let book = DemoPhrasebook.book(for: language)
            #expect(book.language == language)
            #expect(book.fillerQuestions.count == book.fillerAnswers.count)
            #expect(Set(book.topics.keys) == Set(DemoTopic.allCases))
            #expect(Set(book.promises.keys) == Set(DemoPromiseKind.allCases))
            #expect(Set(book.ledger.keys) == Set(DemoPromiseKind.allCases))
            #expect(Set(book.brokenPromises.keys) == Set(DemoPromiseKind.allCases))
            #expect(Set(book.empathy.keys) == Set(DemoEmpathy.allCases))
            for template in book.allTemplates {
                for gender in [Gender.male, .female] {
                    let text = template.rendered(slots, speaker: gender)
                    #expect(!text.isEmpty)
                    #expect(!text.contains("{") && !text.contains("}") && !text.contains("[[") && !text.contains("|"),
                            "\(language): \(template.source)")
                }
            }
        }
    }

    @Test("names carry their parts, the way the name parser reads them")
    func nameParts() {
        let customers = DemoReplay.standard.book.customers.values
        for customer in customers {
            let name = customer.name
            #expect(name.givenName != nil && name.familyName != nil)
            let parsed = PersonNameParser.parse(name.displayName, language: customer.language)
            #expect(parsed.givenName == name.givenName, "\(name.displayName)")
            #expect(parsed.familyName == name.familyName, "\(name.displayName)")
            #expect(parsed.patronymic == name.patronymic, "\(name.displayName)")
            if customer.language != .en { #expect(name.gender != .unspecified) }
        }
        let russians = customers.filter { $0.language == .ru }
        #expect(russians.filter { $0.name.patronymic != nil }.count * 2 > russians.count, "most Russians have a patronymic")
        #expect(customers.contains { $0.name.familyName == "남궁" || $0.name.familyName == "欧阳" } || customers.count < 400)
    }

    @Test("agents address customers correctly for their language")
    func addressing() {
        let replay = DemoReplay.standard
        for message in replay.book.messages.values where message.direction == .outbound && message.channel == .email
            && message.author.kind == .agent {
            guard let customer = replay.book.customers[message.customerID] else { continue }
            #expect(message.text.contains(CustomerAddressing.address(customer)), "\(message.text.prefix(60))")
        }
    }

    @Test("phone numbers and addresses are already in normalised form", arguments: DemoLocale.allCases)
    func identities(locale: DemoLocale) {
        let world = DemoWorld(seed: 1, now: referenceNow)
        for index in [0, 1, 17, 239, 4_096, 99_999, 120_000] {
            var rng = DemoRandom(seed: 1, stream: UInt64(index))
            let customer = DemoCustomer(index: index, locale: locale, rng: &rng, world: world)
            #expect(Identity.phone(customer.phoneDisplay, region: locale.phoneRegion) == customer.phone,
                    "\(customer.phoneDisplay)")
            #expect(Identity.email(customer.email.value) == customer.email)
            for social in customer.socials where social.identity.kind == .handle {
                #expect(Identity.handle(social.identity.value, on: social.channel) == social.identity)
            }
        }
    }

    @Test("customers have plausible time zones, tenure and loyalty")
    func profiles() {
        let customers = DemoReplay.standard.book.customers.values
        let zones: [Language: Set<String>] = [
            .ko: ["Asia/Seoul"], .zh: ["Asia/Shanghai"], .fa: ["Asia/Tehran"],
            .ru: ["Europe/Moscow", "Asia/Yekaterinburg", "Asia/Novosibirsk", "Europe/Samara", "Asia/Vladivostok",
                  "Europe/Kaliningrad", "Asia/Krasnoyarsk"],
        ]
        for customer in customers {
            if let allowed = zones[customer.language] { #expect(allowed.contains(customer.timeZone ?? "")) }
            #expect(customer.timeZone.flatMap(TimeZone.init(identifier:)) != nil)
            let tenure = referenceNow.timeIntervalSince(customer.customerSince ?? referenceNow) / 86_400
            #expect((14...(12 * 366)).contains(tenure))
        }
        let veterans = customers.filter { ($0.tenureYears(at: referenceNow) ?? 0) >= 5 }
        #expect(!veterans.isEmpty)
        #expect(veterans.filter { $0.loyalty >= .gold }.count * 2 > veterans.count)
        #expect(customers.contains { !$0.notes.isEmpty })
        // Long-standing customers thanking the team.
        let replay = DemoReplay.standard
        let veteranIDs = Set(veterans.map(\.id))
        let thanked = replay.book.conversations.values.filter {
            veteranIDs.contains($0.customerID) && $0.priority == .low || veteranIDs.contains($0.customerID) && $0.queue == "vip"
        }
        #expect(!thanked.isEmpty)
    }

    @Test("the team: 8–10 agents from all five languages, mostly agents, 1–2 supervisors and one admin")
    func team() {
        let agents = DemoGenerator(configuration: DemoConfiguration(now: referenceNow)).agents
        #expect((8...10).contains(agents.count))
        #expect(Set(agents.map(\.login)).count == agents.count)
        #expect((1...2).contains(agents.filter { $0.role == .supervisor }.count))
        #expect(agents.filter { $0.role == .admin }.count == 1)
        #expect(agents.filter { $0.role == .agent }.count > agents.count / 2)
        #expect(Set(agents.map(\.team)) == ["support", "billing", "social", "vip"])
        for language in Language.allCases {
            #expect(agents.filter { $0.languages.contains(language) }.count >= 2)
            #expect(agents.contains { $0.languages.first == language })
        }
    }

    @Test("promise due times follow the customer's clock")
    func dueTimes() {
        // Seoul is UTC+9, weekend Saturday and Sunday; Tehran weekend is Friday.
        let seoul = DemoClock(offset: 9 * 3600, weekend: [0, 6])
        let friday = 1_749_772_800 + 3 * 3600 // 2025-06-13 12:00 in Seoul
        #expect(seoul.due(.callbackTomorrow, madeAt: friday) == 1_749_859_200 - 9 * 3600 + 12 * 3600)
        // Five business days from a Friday: next Friday, 18:00 local.
        #expect(seoul.due(.refund5bd, madeAt: friday) == 1_749_772_800 + 7 * 86_400 + 9 * 3600)
        let tehran = DemoClock(offset: 12_600, weekend: [5])
        let thursday = 1_749_700_000
        let due = tehran.due(.replacement3bd, madeAt: thursday)
        #expect(due - thursday > 3 * 86_400)
        for kind in DemoPromiseKind.allCases {
            for start in stride(from: 1_749_700_000, to: 1_750_400_000, by: 3_517) {
                let duration = seoul.due(kind, madeAt: start) - start
                #expect(duration >= kind.minimumDuration && duration <= kind.maximumDuration, "\(kind)")
            }
        }
    }

    @Test("money reads the local way")
    func money() {
        #expect(DemoLocale.us.prices(usCents: 12_999).casual == "$129.99")
        #expect(DemoLocale.kr.prices(usCents: 12_999).casual == "175,000원")
        #expect(DemoLocale.kr.prices(usCents: 12_999).formal == "₩175,000")
        #expect(DemoLocale.cn.prices(usCents: 12_999).formal == "¥939.00")
        #expect(DemoLocale.ru.prices(usCents: 12_999).formal == "11 990 ₽")
        #expect(DemoLocale.ir.prices(usCents: 12_999).casual == "۸٬۴۵۰٬۰۰۰ تومان")
        #expect(DemoLocale.ru.years(21) == "21 год")
        #expect(DemoLocale.ru.years(3) == "3 года")
        #expect(DemoLocale.ru.years(12) == "12 лет")
        #expect(DemoFormat.particle(after: "무선 이어폰", consonant: "을", vowel: "를") == "무선 이어폰을")
        #expect(DemoFormat.particle(after: "공기청정기", consonant: "을", vowel: "를") == "공기청정기를")
    }
}
