import Foundation
import Testing
@testable import ConcordConsole
import ConversationEngine

@Suite("Acknowledgement and follow-up configuration")
struct AutomationConfigurationTests {
    static let text = """
        [acknowledgements]
        enabled = true
        max_age = "30m"
        channels.social = false
        channels.x = true
        channels.phone = true
        wording.en = ["Hello {name}, thank you. A person will answer {promise}."]

        [follow_ups]
        after = "2d"
        survey = false
        survey_window = "7d"
        public_url = "https://support.example.com"
        channel.phone = "sms"
        channel.social = "email"
        delay.chat = "4h"
        """

    @Test func settingsAreRead() throws {
        let configuration = try ConfigurationLoader.parse(Self.text, file: "config.toml")
        let acks = configuration.acknowledgements
        #expect(acks.maxAge == 1800)
        #expect(!acks.isEnabled(on: .facebook) && !acks.isEnabled(on: .telegram))
        #expect(acks.isEnabled(on: .x), "a single network named beside social wins")
        #expect(acks.isEnabled(on: .phone) && acks.isEnabled(on: .email))
        #expect(acks.wording[.en]?.count == 1)
        let followUps = configuration.followUps
        #expect(followUps.after == 2 * 86_400)
        #expect(!followUps.survey)
        #expect(followUps.surveyWindow == 7 * 86_400)
        #expect(followUps.channels[.phone] == .sms && followUps.channels[.instagram] == .email)
        #expect(followUps.channels[.chat] == .email, "defaults not named stay")
        #expect(followUps.delay(after: .chat) == 4 * 3600 && followUps.delay(after: .email) == 2 * 86_400)
        #expect(followUps.surveyLink(token: "t", score: 4) == "https://support.example.com/survey/t?score=4")
    }

    @Test func defaultsWithoutASection() throws {
        let configuration = try ConfigurationLoader.parse("", file: "config.toml")
        #expect(configuration.acknowledgements.isEnabled && configuration.acknowledgements.maxAge == 3600)
        #expect(!configuration.acknowledgements.isEnabled(on: .phone))
        #expect(configuration.followUps.after == 86_400 && configuration.followUps.survey)
        #expect(configuration.followUps.channels[.phone] == .email)
    }

    @Test func thePrintedSectionsReadBackTheSame() throws {
        let configuration = try ConfigurationLoader.parse(Self.text, file: "config.toml")
        let printed = ConfigurationPrinter.automationSections(acknowledgements: configuration.acknowledgements,
                                                              followUps: configuration.followUps)
        let again = try ConfigurationLoader.parse(printed, file: "printed.toml")
        #expect(again.acknowledgements == configuration.acknowledgements.normalised, "\(printed)")
        #expect(again.followUps == configuration.followUps, "\(printed)")
    }

    @Test(arguments: [
        ("[acknowledgements]\nmax_age = \"soon\"", "a duration like"),
        ("[acknowledgements]\nchannels.fax = true", "acknowledgements.channels.email"),
        ("[acknowledgements]\nwording.en = [\"We will reply soon.\"]", "{name} and {promise}"),
        ("[acknowledgements]\nwording.de = [\"Hallo {name}, {promise}\"]", "acknowledgements.wording.ko"),
        ("[acknowledgements]\nenable = true", "acknowledgements.enabled"),
        ("[follow_ups]\nchannel.phone = \"phone\"", "a channel that carries text"),
        ("[follow_ups]\npublic_url = \"support.example.com\"", "the receiver's public address"),
        ("[follow_ups]\nafter = \"tomorrow\"", "a duration like"),
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

extension AcknowledgementSettings {
    /// Every channel written out, as the printer does.
    var normalised: AcknowledgementSettings {
        var copy = self
        for channel in Channel.allCases where channel != .note {
            copy.channels[channel] = channels[channel] ?? Self.defaultChannels.contains(channel)
        }
        return copy
    }
}
