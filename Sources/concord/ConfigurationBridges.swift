import ConcordChannels
import ConcordConsole
import ConcordIngest
import ConcordServer
import Foundation
import ConcordStore
import ConversationEngine

/// Turns the configuration into what the lower layers take: the ingest planner's identity
/// rules and the parsers' knowledge of the company's own addresses.
extension ConcordConfiguration {
    var identityPolicy: IdentityPolicy {
        IdentityPolicy(ignoresPlusAddressing: ignoresPlusAddressing, appliesProviderRules: appliesProviderRules)
    }

    var ingestPlanner: IngestPlanner {
        IngestPlanner(lifecycle: ConversationLifecycle(policies: slaPolicies), identityPolicy: identityPolicy,
                      defaultRegion: defaultRegion)
    }

    /// What the store does on its own under this configuration: acknowledgements, follow-ups
    /// and survey answers, promising reply times the SLA policies allow.
    var storeAutomation: StoreAutomation {
        StoreAutomation(acknowledgements: acknowledgements, followUps: followUps, policies: slaPolicies, routing: routing)
    }

    /// How the outbox dispatcher delivers, with the tokens from the environment.
    var deliveryPlanner: DeliveryPlanner {
        DeliveryPlanner(settings: delivery, credentials: DeliveryCredentials(), ownEmail: ownEmailAddresses)
    }

    var parserRegistry: ParserRegistry {
        .standard(callRecordTimeZone: callRecordTimeZone.flatMap(TimeZone.init(identifier:)))
    }

    var parseContext: ParseContext {
        ParseContext(ownEmailAddresses: Set(ownEmailAddresses), ownPhoneNumbers: Set(ownPhoneNumbers),
                     ownHandles: ownHandles.mapValues { Set($0) }, defaultRegion: defaultRegion)
    }
}
