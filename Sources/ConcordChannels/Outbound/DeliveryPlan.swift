import ConversationEngine
import Foundation

/// How one outbox item is to be delivered: as an email handed to the sendmail command, or as
/// one request to a provider's API. Built by `DeliveryPlanner`, performed by the dispatcher.
public enum DeliveryPlan: Sendable, Hashable {
    case email(OutgoingEmail)
    case http(ProviderRequest)

    /// Named in delivery notes and logs.
    public var provider: String {
        switch self {
        case .email: "sendmail"
        case .http(let request): request.provider
        }
    }
}
