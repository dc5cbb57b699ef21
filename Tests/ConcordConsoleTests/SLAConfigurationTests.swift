import Foundation
import Testing
@testable import ConcordConsole
import ConversationEngine

@Suite("SLA configuration")
struct SLAConfigurationTests {
    static let text = """
        [sla]
        default_calendar = "seoul"

        [sla.calendars.seoul]
        time_zone = "Asia/Seoul"
        days = ["mon", "tue", "wed", "thu", "fri"]
        hours = ["09:00-12:00", "13:00-18:00"]
        sat = "10:00-14:00"
        holidays = ["2026-12-25"]

        [sla.teams]
        billing = "always"

        [[sla.policies]]
        name = "VIP email"
        channels = ["email"]
        priorities = ["high", "urgent"]
        first_response = "1h30m"
        resolution = "18h"
        """

    @Test func calendarsTeamsAndPoliciesAreRead() throws {
        let configuration = try ConfigurationLoader.parse(Self.text, file: "config.toml")
        let book = configuration.slaPolicies
        #expect(book.defaultCalendar == "seoul")
        let seoul = try #require(book.calendars["seoul"])
        #expect(seoul.timeZone.identifier == "Asia/Seoul")
        #expect(seoul.hours[.monday] == [.init(start: 540, end: 720), .init(start: 780, end: 1080)])
        #expect(seoul.hours[.saturday] == [.init(start: 600, end: 840)])
        #expect(seoul.hours[.sunday] == nil)
        #expect(seoul.holidays == [LocalDate(year: 2026, month: 12, day: 25)])
        #expect(book.teamCalendars == ["billing": "always"])
        let vip = book.resolve(channel: .email, priority: .high)
        #expect(vip.policy.name == "VIP email")
        #expect(vip.targets.firstResponse == 5400, "a policy for given priorities is not scaled again")
        #expect(book.resolve(channel: .email, priority: .normal).policy.name == "email", "Concord's own policies still follow")
        #expect(book.resolve(channel: .sms, priority: .normal, team: "billing").calendar.isAlwaysOpen)
    }

    @Test func theMergedConfigurationPrintsBackToTheSameBook() throws {
        let configuration = try ConfigurationLoader.parse(Self.text, file: "config.toml")
        let printed = ConfigurationPrinter.slaSection(configuration.slaPolicies)
        let again = try ConfigurationLoader.parse(printed, file: "printed.toml")
        #expect(again.slaPolicies.fingerprint == configuration.slaPolicies.fingerprint, "\(printed)")
    }

    @Test(arguments: [
        ("[sla]\nfirst_response = \"1h\"", "sla.first_response"),
        ("[sla.calendars.x]\ntime_zone = \"Mars/Olympus\"", "an IANA time zone"),
        ("[sla.calendars.x]\nhours = \"18:00-09:00\"", "opening hours like"),
        ("[sla.calendars.x]\ndays = [\"monday\", \"funday\"]", "mon, tue"),
        ("[sla.calendars.x]\nholidays = [\"25.12.2026\"]", "dates like"),
        ("[[sla.policies]]\nname = \"x\"\nfirst_response = \"2d\"", "a business day of 09:00-18:00 is"),
        ("[[sla.policies]]\nname = \"x\"\nchannels = [\"fax\"]", "email, chat"),
        ("[[sla.policies]]\nname = \"x\"\ncalendar = \"mars\"", "one of the calendars"),
        ("[[sla.policies]]\nfirst_response = \"1h\"", "a name for the policy"),
        ("[sla.teams]\nbilling = \"nowhere\"", "one of the calendars"),
    ])
    func mistakesNameTheSettingAndWhatItAccepts(text: String, expected: String) {
        do {
            _ = try ConfigurationLoader.parse(text, file: "config.toml")
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }
}
