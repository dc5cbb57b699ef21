import Testing
@testable import ConversationEngine

@Suite("LanguageGuesser.detect: always one of the five")
struct LanguageGuesserDetectTests {
    @Test(arguments: [
        ("AirPods Pro 케이스 충전이 안돼요", Language.ko),
        ("iPhone 15 Pro Max 배송이 늦어요", .ko),
        ("Order #1042 배송 문의", .ko),
        ("APP 一打开就闪退，iPhone 15", .zh),
        ("Мой iPhone 15 Pro не включается", .ru),
        ("سفارش ORD-7731 من کجاست؟", .fa),
        ("گوشی Samsung Galaxy A54 من خراب شد", .fa),
        ("My order ORD-7731 is late", .en),
        ("Where is my order?", .en),
    ])
    func mixedScriptsFollowTheSentenceNotTheProductName(text: String, expected: Language) {
        #expect(LanguageGuesser.detect(text, preferred: nil) == expected)
    }

    @Test func aLoneOkStaysInTheCustomersLanguage() {
        #expect(LanguageGuesser.detect("ok", preferred: .ko) == .ko)
        #expect(LanguageGuesser.detect("thx!", preferred: .ru) == .ru)
        #expect(LanguageGuesser.detect("ok", preferred: nil) == .en)
        #expect(LanguageGuesser.detect("ok thanks, see you tomorrow", preferred: .ko) == .en,
                "a real English sentence is English")
        #expect(LanguageGuesser.guess("ok", preferred: .ko) == .en, "the older API keeps its behaviour")
    }

    @Test func noLettersMeansThePreferredLanguage() {
        #expect(LanguageGuesser.detect("12345", preferred: .fa) == .fa)
        #expect(LanguageGuesser.detect("۱۲۳۴۵ !!!", preferred: .zh) == .zh)
        #expect(LanguageGuesser.detect("12345", preferred: nil) == .en)
        #expect(LanguageGuesser.detect("", preferred: nil) == .en)
        #expect(LanguageGuesser.detect("👍", preferred: .ru) == .ru)
    }

    @Test func thePreferredLanguageBreaksTies() {
        #expect(LanguageGuesser.detect("ok 네", preferred: .ko) == .ko)
        #expect(LanguageGuesser.detect("Привет 你好", preferred: .zh) == .zh)
        #expect(LanguageGuesser.detect("Привет 你好", preferred: .ru) == .ru)
    }

    @Test func persianWithArabicLettersAndDigits() {
        #expect(LanguageGuesser.detect("سفارش ۴۵۱۲ من هنوز نرسيده و كسي جواب نمي‌دهد", preferred: nil) == .fa)
        #expect(LanguageGuesser.detect("Order 4512 سفارش", preferred: .en) == .fa)
    }
}
