import ConcordChannels
import Foundation
import Testing
@testable import ConcordConsole

@Suite("Outbox configuration")
struct OutboxConfigurationTests {
    @Test func everySettingIsRead() throws {
        let configuration = try ConfigurationLoader.parse("""
            [outbox]
            sendmail = "/usr/bin/msmtp -t --account=support"
            from = "Northwind Support <help@northwind.example>"
            chat_url = "https://chat.northwind.example/concord"
            max_attempts = 5
            first_retry = "1m"
            max_retry = "2h"
            twilio.account_sid = "AC0123456789abcdef0123456789abcdef"
            twilio.from = "+15550001111"
            twilio.base_url = "http://127.0.0.1:9000"
            meta.whatsapp_phone_number_id = "106540352242922"
            meta.graph_version = "v22.0"
            x.base_url = "http://127.0.0.1:9001"
            """, file: "config.toml")
        let delivery = configuration.delivery
        #expect(delivery.sendmail == ["/usr/bin/msmtp", "-t", "--account=support"])
        #expect(delivery.emailFrom == EmailAddress(name: "Northwind Support", address: "help@northwind.example"))
        #expect(delivery.chatURL == "https://chat.northwind.example/concord")
        #expect(delivery.maxAttempts == 5)
        #expect(delivery.firstDelay == 60 && delivery.maxDelay == 7200)
        #expect(delivery.twilio.accountSID == "AC0123456789abcdef0123456789abcdef")
        #expect(delivery.twilio.from == "+15550001111")
        #expect(delivery.twilio.baseURL == "http://127.0.0.1:9000")
        #expect(delivery.meta.whatsappPhoneNumberID == "106540352242922")
        #expect(delivery.meta.graphVersion == "v22.0")
        #expect(delivery.meta.graphURL == "https://graph.facebook.com")
        #expect(delivery.x.baseURL == "http://127.0.0.1:9001")
    }

    @Test func thePrintedSectionReadsBackTheSame() throws {
        let configuration = try ConfigurationLoader.parse("""
            [outbox]
            from = "Northwind Support <help@northwind.example>"
            first_retry = "1m"
            twilio.account_sid = "AC1"
            twilio.from = "+15550001111"
            """, file: "config.toml")
        let printed = ConfigurationPrinter.outboxSection(configuration.delivery)
        #expect(try ConfigurationLoader.parse(printed, file: "printed.toml").delivery == configuration.delivery)
    }

    @Test func theDefaultsSendThroughSendmail() throws {
        let delivery = try ConfigurationLoader.parse("", file: "config.toml").delivery
        #expect(delivery.sendmail == ["/usr/sbin/sendmail", "-t", "-oi"])
        #expect(delivery.maxAttempts == 8)
        #expect(delivery.twilio.accountSID == nil)
    }

    @Test(arguments: [
        ("[outbox]\nsendmial = \"x\"", "outbox.sendmial"),
        ("[outbox]\nfrom = \"not an address\"", "outbox.from"),
        ("[outbox]\nchat_url = \"ftp://example.com\"", "outbox.chat_url"),
        ("[outbox]\nmax_attempts = 0", "outbox.max_attempts"),
        ("[outbox]\nfirst_retry = \"2h\"\nmax_retry = \"1h\"", "outbox.max_retry"),
        ("[outbox]\ntwilio.token = \"secret\"", "outbox.twilio.token"),
    ])
    func mistakesNameTheSetting(_ text: String, key: String) {
        do {
            _ = try ConfigurationLoader.parse(text, file: "config.toml")
            Issue.record("\(key) was accepted")
        } catch {
            switch error {
            case .unknownSetting(_, let named, _), .invalidValue(_, let named, _, _): #expect(named == key)
            default: Issue.record("unexpected \(error)")
            }
        }
    }
}
