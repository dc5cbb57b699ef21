import Foundation
import Testing
@testable import ConversationEngine

@Suite("Filling placeholders")
struct PlaceholderFillerTests {
    @Test(arguments: Language.allCases)
    func everyPlaceholderIsFilledInTheCustomersLanguage(language: Language) {
        let text = "{customer.address}|{customer.name}|{agent.name}|{promise.due}|{promise.text}|{eta}|{order}"
        let filled = PlaceholderFiller.fill(text, in: language, with: PhraseFixtures.values(for: language))
        #expect(filled.isComplete)
        let parts = filled.text.split(separator: "|").map(String.init)
        let expectedAddress: [Language: String] = [.en: "Sarah", .ko: "김민지 님", .zh: "王先生", .ru: "Анна Сергеевна", .fa: "آقای رضایی"]
        let expectedDue: [Language: String] = [
            .en: "Thursday 3 December, 6:00 am",
            .ko: "12월 3일(목) 오후 3시",
            .zh: "12月3日（周四）下午2点",
            .ru: "3 декабря (чт) в 9:00",
            .fa: "پنجشنبه ۱۲ آذر ساعت ۹:۳۰",
        ]
        #expect(parts.count == 7)
        #expect(parts.first == expectedAddress[language])
        #expect(parts[1] == PhraseFixtures.name(for: language).displayName)
        #expect(parts[2] == "Jordan")
        #expect(parts[3] == expectedDue[language])
        #expect(parts[4] == "refund within 5 business days")
        #expect(parts[6] == "A-1042")
    }

    @Test func missingValuesAreReportedAndLeftVisible() {
        let values = PlaceholderValues(customerName: PhraseFixtures.korean)
        let filled = PlaceholderFiller.fill("{customer.address}, {eta}에 도착합니다. {eta} {order}", in: .ko, with: values)
        #expect(filled.text == "김민지 님, {eta}에 도착합니다. {eta} {order}")
        #expect(filled.unfilled == ["eta", "order"])
        #expect(!filled.isComplete)
    }

    @Test func unknownPlaceholdersAreNeverFilled() {
        let filled = PlaceholderFiller.fill("Hi {customer.adress}", in: .en, with: PhraseFixtures.values(for: .en))
        #expect(filled.unfilled == ["customer.adress"])
        #expect(filled.text == "Hi {customer.adress}")
    }

    @Test func bracesThatAreNotPlaceholdersStay() {
        let filled = PlaceholderFiller.fill("Use { and } freely, even {} or { eta }.", in: .en, with: PlaceholderValues())
        #expect(filled.isComplete)
        #expect(filled.text == "Use { and } freely, even {} or { eta }.")
    }

    @Test func emptyValuesCountAsMissing() {
        let values = PlaceholderValues(agentName: "  ", order: "")
        #expect(PlaceholderFiller.fill("{agent.name} {order}", in: .en, with: values).unfilled == ["agent.name", "order"])
    }

    @Test func fragmentsAreFilledPerLanguageAndMayUsePlaceholders() {
        let fragment = AnswerFragment(name: "eta_line", texts: [.en: "It should arrive on {eta}.", .ru: "Срок — {eta}."])
        var values = PhraseFixtures.values(for: .ru)
        values.fragments = ["eta_line": fragment]
        let russian = PlaceholderFiller.fill("{customer.address}, {fragment.eta_line}", in: .ru, with: values)
        #expect(russian.text == "Анна Сергеевна, Срок — 3 декабря (чт) в 12:00.")
        let korean = PlaceholderFiller.fill("{fragment.eta_line}", in: .ko, with: values)
        #expect(korean.unfilled == ["fragment.eta_line"])
    }

    @Test func aFragmentThatIncludesItselfIsReportedNotLooped() {
        var values = PlaceholderValues()
        values.fragments = ["loop": AnswerFragment(name: "loop", texts: [.en: "again {fragment.loop}"])]
        let filled = PlaceholderFiller.fill("{fragment.loop}", in: .en, with: values)
        #expect(filled.text == "again {fragment.loop}")
        #expect(filled.unfilled == ["fragment.loop"])
    }

    @Test func customerValuesComeFromTheCustomerAndTheirZone() {
        let customer = Customer(id: CustomerID(1), name: PhraseFixtures.persian, language: .fa, timeZone: "Asia/Tehran",
                                createdAt: PhraseFixtures.now)
        let agent = Agent(id: AgentID(2), login: "sara", name: "سارا", languages: [.fa])
        let promise = Promise(id: PromiseID(3), conversationID: ConversationID(4), customerID: customer.id,
                              text: "تماس تلفنی", madeAt: PhraseFixtures.now, dueAt: PhraseFixtures.december3(hourUTC: 11, minute: 30))
        let values = PlaceholderValues(customer: customer, agent: agent, promise: promise)
        let filled = PlaceholderFiller.fill("{customer.address}، {agent.name}: {promise.text} تا {promise.due}", in: .fa, with: values)
        #expect(filled.text == "آقای رضایی، سارا: تماس تلفنی تا پنجشنبه ۱۲ آذر ساعت ۱۵:۰۰")
    }

    @Test func placeholdersAreKnownByName() {
        for name in Placeholder.fixedNames { #expect(Placeholder(name: name)?.name == name) }
        #expect(Placeholder(name: "fragment.refund_timeline") == .fragment("refund_timeline"))
        #expect(Placeholder(name: "fragment.") == nil)
        #expect(Placeholder(name: "customer.adress") == nil)
        #expect(PhraseFixtures.phrase("x", .angry, .empathy, "{customer.address} {eta} {customer.address}").placeholders
                == [.customerAddress, .eta])
    }
}
