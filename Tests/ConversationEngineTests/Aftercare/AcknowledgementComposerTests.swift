import Foundation
import Testing
@testable import ConversationEngine

@Suite("Automatic acknowledgements")
struct AcknowledgementComposerTests {
    /// Monday 23 November 2026, 09:20 UTC.
    static let monday = date("2026-11-23T09:20:00Z")

    static func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }
    static let seoulHours = BusinessCalendar(timeZone: TimeZone(identifier: "Asia/Seoul")!, weekdays: BusinessCalendar.Weekday.workweek,
                                             hours: [BusinessCalendar.Interval(start: 9 * 60, end: 18 * 60)])

    static func customer(_ name: PersonName, _ language: Language, zone: String) -> Customer {
        Customer(id: CustomerID(7), name: name, language: language, timeZone: zone, createdAt: monday)
    }

    static let minji = customer(PersonName(displayName: "김민지", givenName: "민지", familyName: "김", gender: .female), .ko, zone: "Asia/Seoul")
    static let wang = customer(PersonName(displayName: "王小明", givenName: "小明", familyName: "王", gender: .male), .zh, zone: "Asia/Shanghai")
    static let anna = customer(PersonNameParser.parse("Иванова Анна Сергеевна"), .ru, zone: "Europe/Moscow")
    static let maryam = customer(PersonName(displayName: "مریم احمدی", givenName: "مریم", familyName: "احمدی", gender: .female), .fa,
                                 zone: "Asia/Tehran")
    static let sarah = customer(PersonName(displayName: "Sarah Miller", givenName: "Sarah", familyName: "Miller"), .en, zone: "Europe/London")

    static func within(_ seconds: TimeInterval) -> PromisedReplyTime {
        PromisedReplyTime(at: monday, target: seconds, calendar: .always, recent: ResponseTimeDistribution(samples: []), load: .idle)
    }

    @Test func everyLanguageAddressesTheCustomerByNameAndStatesThePromise() {
        let composer = AcknowledgementComposer()
        let promise = Self.within(2 * 3600)
        let cases: [(Customer, String, String)] = [
            (Self.minji, "김민지 고객님", "2시간 이내에"),
            (Self.wang, "王先生", "2小时内"),
            (Self.anna, "Анна Сергеевна", "в течение 2 часов"),
            (Self.maryam, "خانم احمدی", "ظرف ۲ ساعت آینده"),
            (Self.sarah, "Sarah", "within 2 hours"),
        ]
        for (customer, name, time) in cases {
            let ack = composer.compose(for: customer, on: .email, promise: promise, at: Self.monday, seed: "conversation:1")
            #expect(ack.text.contains(name), "\(customer.language): \(ack.text)")
            #expect(ack.text.contains(time), "\(customer.language): \(ack.text)")
            #expect(ack.promiseText == time)
            #expect(ack.language == customer.language)
            #expect(!ack.text.contains("{"), "no placeholder left: \(ack.text)")
        }
    }

    @Test func russianGreetingIsGenderedOnlyWhenTheGenderIsKnown() {
        let composer = AcknowledgementComposer()
        let promise = Self.within(3600)
        let greetings = (0..<40).map { composer.compose(for: Self.anna, on: .chat, promise: promise, at: Self.monday, seed: "c\($0)").text }
        #expect(greetings.contains { $0.hasPrefix("Уважаемая Анна Сергеевна!") })
        #expect(!greetings.contains { $0.contains("Уважаемый") })
        var unknown = Self.anna
        unknown.name = PersonName(displayName: "Саша", givenName: "Саша")
        let neutral = (0..<40).map { composer.compose(for: unknown, on: .chat, promise: promise, at: Self.monday, seed: "c\($0)").text }
        #expect(!neutral.contains { $0.contains("Уважаем") })
    }

    @Test func wordingVariesBetweenConversationsButNotWithinOne() {
        let composer = AcknowledgementComposer()
        let promise = Self.within(3600)
        let texts = Set((0..<30).map { composer.compose(for: Self.sarah, on: .email, promise: promise, at: Self.monday, seed: "conversation:\($0)").text })
        #expect(texts.count >= 10, "never one generic line")
        let once = composer.compose(for: Self.sarah, on: .email, promise: promise, at: Self.monday, seed: "conversation:5")
        let again = composer.compose(for: Self.sarah, on: .email, promise: promise, at: Self.monday, seed: "conversation:5")
        #expect(once == again)
    }

    @Test func channelsSayWhatHappensNext() {
        let composer = AcknowledgementComposer()
        let promise = Self.within(3600)
        let missedCall = composer.compose(for: Self.sarah, on: .phone, promise: promise, at: Self.monday, seed: "1")
        #expect(missedCall.channel == .sms, "a missed call is acknowledged by text")
        #expect(missedCall.text.contains("call you back"))
        let email = composer.compose(for: Self.sarah, on: .email, promise: promise, at: Self.monday, seed: "1")
        #expect(email.text.contains("email"))
        #expect(email.text.hasSuffix("The support team"))
        let chat = composer.compose(for: Self.wang, on: .chat, promise: promise, at: Self.monday, seed: "1")
        #expect(!chat.text.contains("\n"), "a chat line is one paragraph")
        #expect(!chat.text.contains(" "), "Chinese runs without spaces between sentences: \(chat.text)")
    }

    @Test func operatorWordingReplacesConcordsAndStillAddressesByName() {
        let composer = AcknowledgementComposer(overrides: [.en: ["Hi {name}! A human will answer {promise}."]])
        let ack = composer.compose(for: Self.sarah, on: .email, promise: Self.within(4 * 3600), at: Self.monday, seed: "1")
        #expect(ack.text == "Hi Sarah! A human will answer within 4 hours.")
    }

    @Test func laterPromisesAreWrittenOnTheCustomersClock() {
        // Friday 27 November 2026, 17:30 in Seoul: an email with an 8-business-hour target is due Monday 16:30.
        let friday = Self.date("2026-11-27T08:30:00Z")
        let promise = PromisedReplyTime(at: friday, target: 8 * 3600, calendar: Self.seoulHours,
                                        recent: ResponseTimeDistribution(samples: []), load: .idle,
                                        customerTimeZone: TimeZone(identifier: "Asia/Seoul"))
        guard case .by(let date) = promise.wording else { Issue.record("expected a time, got \(promise.wording)"); return }
        #expect(date == promise.due)
        let seoul = TimeZone(identifier: "Asia/Seoul")!
        #expect(PromisedTimeText.text(promise.wording, in: .ko, timeZone: seoul, now: friday) == "11월 30일(월) 오후 5시까지")
        #expect(PromisedTimeText.text(promise.wording, in: .en, timeZone: seoul, now: friday) == "by Monday 30 November, 5:00 pm")
        #expect(PromisedTimeText.text(promise.wording, in: .ru, timeZone: seoul, now: friday) == "до 17:00, 30 ноября (пн)")
        let nextMorning = Self.date("2026-11-26T08:30:00Z") // Thursday 17:30 in Seoul
        let tomorrow = PromisedReplyTime(at: nextMorning, target: 2 * 3600, calendar: Self.seoulHours,
                                         recent: ResponseTimeDistribution(samples: []), load: .idle, customerTimeZone: seoul)
        #expect(PromisedTimeText.text(tomorrow.wording, in: .ko, timeZone: seoul, now: nextMorning) == "내일 오전 11시까지")
        #expect(PromisedTimeText.text(tomorrow.wording, in: .zh, timeZone: seoul, now: nextMorning) == "明天上午11点前")
        #expect(PromisedTimeText.text(tomorrow.wording, in: .fa, timeZone: seoul, now: nextMorning) == "تا ساعت ۱۱:۰۰ فردا")
        #expect(PromisedTimeText.text(tomorrow.wording, in: .en, timeZone: seoul, now: nextMorning) == "by 11:00 am tomorrow")
    }
}
