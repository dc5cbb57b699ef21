import Foundation
import Testing
@testable import ConversationEngine

@Suite("Dates and times in the customer's language, calendar and zone")
struct PlaceholderDateFormattingTests {
    /// 3 December 2026 at 15:00 on each customer's own clock.
    @Test(arguments: [
        (Language.ko, "Asia/Seoul", 6, 0, "12월 3일(목) 오후 3시"),
        (Language.zh, "Asia/Shanghai", 7, 0, "12月3日（周四）下午3点"),
        (Language.ru, "Europe/Moscow", 12, 0, "3 декабря (чт) в 15:00"),
        (Language.fa, "Asia/Tehran", 11, 30, "پنجشنبه ۱۲ آذر ساعت ۱۵:۰۰"),
        (Language.en, "Europe/London", 15, 0, "Thursday 3 December, 3:00 pm"),
    ])
    func threePMOnTheCustomersClock(language: Language, zone: String, hourUTC: Int, minuteUTC: Int, expected: String) {
        let date = PhraseFixtures.december3(hourUTC: hourUTC, minute: minuteUTC)
        #expect(LocalizedDateText.text(for: date, in: language, timeZone: PhraseFixtures.zone(zone)) == expected)
    }

    @Test func theSameInstantReadsDifferentlyPerZone() {
        // 06:00 UTC is 15:00 in Seoul but 06:00 in London.
        let date = PhraseFixtures.december3(hourUTC: 6)
        #expect(LocalizedDateText.text(for: date, in: .en, timeZone: PhraseFixtures.zone("Europe/London")) == "Thursday 3 December, 6:00 am")
        #expect(LocalizedDateText.text(for: date, in: .en, timeZone: PhraseFixtures.zone("Asia/Seoul")) == "Thursday 3 December, 3:00 pm")
    }

    @Test func minutesAndDayPeriods() {
        let seoul = PhraseFixtures.zone("Asia/Seoul"), shanghai = PhraseFixtures.zone("Asia/Shanghai")
        // 09:30 in Seoul is 00:30 UTC; 20:05 in Shanghai is 12:05 UTC; 12:00 is noon.
        #expect(LocalizedDateText.text(for: PhraseFixtures.december3(hourUTC: 0, minute: 30), in: .ko, timeZone: seoul) == "12월 3일(목) 오전 9시 30분")
        #expect(LocalizedDateText.text(for: PhraseFixtures.december3(hourUTC: 12, minute: 5), in: .zh, timeZone: shanghai) == "12月3日（周四）晚上8点05分")
        #expect(LocalizedDateText.text(for: PhraseFixtures.december3(hourUTC: 4), in: .zh, timeZone: shanghai) == "12月3日（周四）中午12点")
        #expect(LocalizedDateText.text(for: PhraseFixtures.december3(hourUTC: 0, minute: 15), in: .en, timeZone: PhraseFixtures.zone("Europe/London"))
                == "Thursday 3 December, 12:15 am")
    }

    @Test func endOfDayIsWrittenAsTheDateAlone() {
        let moscow = PhraseFixtures.zone("Europe/Moscow")
        // 23:59 Moscow = 20:59 UTC; midnight Moscow = 21:00 UTC the day before.
        #expect(LocalizedDateText.text(for: PhraseFixtures.december3(hourUTC: 20, minute: 59), in: .ru, timeZone: moscow) == "3 декабря (чт)")
        #expect(LocalizedDateText.text(for: PhraseFixtures.december3(hourUTC: 20, minute: 59), in: .fa, timeZone: PhraseFixtures.zone("Asia/Tehran"))
                == "جمعه ۱۳ آذر ساعت ۰:۲۹")
    }

    @Test func anotherYearShowsTheYearInThatCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = PhraseFixtures.zone("Europe/London")
        guard let january = calendar.date(from: DateComponents(year: 2027, month: 1, day: 4, hour: 10)) else {
            Issue.record("no date")
            return
        }
        let now = PhraseFixtures.now
        #expect(LocalizedDateText.text(for: january, in: .en, timeZone: calendar.timeZone, relativeTo: now) == "Monday 4 January 2027, 10:00 am")
        #expect(LocalizedDateText.text(for: january, in: .ko, timeZone: PhraseFixtures.zone("Asia/Seoul"), relativeTo: now)
                == "2027년 1월 4일(월) 오후 7시")
        #expect(LocalizedDateText.text(for: january, in: .zh, timeZone: PhraseFixtures.zone("Asia/Shanghai"), relativeTo: now)
                == "2027年1月4日（周一）晚上6点")
        #expect(LocalizedDateText.text(for: january, in: .ru, timeZone: PhraseFixtures.zone("Europe/Moscow"), relativeTo: now)
                == "4 января 2027 г. (пн) в 13:00")
        // 4 January 2027 is 14 Dey 1405: the same Persian year as December 2026, so no year.
        #expect(LocalizedDateText.text(for: january, in: .fa, timeZone: PhraseFixtures.zone("Asia/Tehran"), relativeTo: now)
                == "دوشنبه ۱۴ دی ساعت ۱۳:۳۰")
    }
}
