import Foundation
import ConversationEngine

extension ConfigurationPrinter {
    /// `[acknowledgements]` and `[follow_ups]` in force, in the form `AutomationConfigurationReader` reads.
    public static func automationSections(acknowledgements: AcknowledgementSettings, followUps: FollowUpSettings) -> String {
        var text = "\n[acknowledgements]\n# A new conversation gets an automatic reply with the customer's name and an honest reply time.\n"
        text += "enabled = \(acknowledgements.isEnabled)\n"
        text += "# Older messages at ingest are history being imported and are never acknowledged.\n"
        text += "max_age = \(quoted(WallClockDuration.text(acknowledgements.maxAge)))\n"
        for channel in Channel.allCases where channel != .note {
            let on = acknowledgements.channels[channel] ?? AcknowledgementSettings.defaultChannels.contains(channel)
            text += "channels.\(channel.rawValue) = \(on)\n"
        }
        for language in Language.allCases {
            guard let templates = acknowledgements.wording[language] else { continue }
            text += "wording.\(language.rawValue) = [\(templates.map(quoted).joined(separator: ", "))]\n"
        }
        text += "\n[follow_ups]\n# After a resolution: \"did it work?\" and a 1-5 survey, cancelled if the customer writes first.\n"
        text += "enabled = \(followUps.isEnabled)\n"
        text += "after = \(quoted(WallClockDuration.text(followUps.after)))\n"
        text += "survey = \(followUps.survey)\n"
        text += "survey_window = \(quoted(WallClockDuration.text(followUps.surveyWindow)))\n"
        text += followUps.publicURL.map { "public_url = \(quoted($0))\n" }
            ?? "# public_url = \"https://support.example.com\"  # email surveys get one-click links to the receiver\n"
        for channel in Channel.allCases where followUps.channels[channel] != nil {
            text += "channel.\(channel.rawValue) = \(quoted(followUps.channels[channel]?.rawValue ?? ""))\n"
        }
        for channel in Channel.allCases where followUps.delays[channel] != nil {
            text += "delay.\(channel.rawValue) = \(quoted(WallClockDuration.text(followUps.delays[channel] ?? followUps.after)))\n"
        }
        return text
    }
}
