import Foundation

/// The three promises a support team makes about time, in business time of the policy's
/// calendar: how soon the first answer comes, how soon each later answer comes while the
/// customer waits, and how soon the matter is resolved. A nil target is not measured.
public struct SLATargets: Sendable, Hashable, Codable {
    public var firstResponse: TimeInterval?
    public var nextResponse: TimeInterval?
    public var resolution: TimeInterval?

    public init(firstResponse: TimeInterval? = nil, nextResponse: TimeInterval? = nil, resolution: TimeInterval? = nil) {
        self.firstResponse = firstResponse
        self.nextResponse = nextResponse
        self.resolution = resolution
    }

    /// The targets for `priority`: urgent a quarter, high a half, low twice the normal ones.
    public func scaled(for priority: Priority) -> SLATargets {
        let factor: Double = switch priority {
        case .urgent: 0.25
        case .high: 0.5
        case .normal: 1
        case .low: 2
        }
        return SLATargets(firstResponse: firstResponse.map { $0 * factor }, nextResponse: nextResponse.map { $0 * factor },
                          resolution: resolution.map { $0 * factor })
    }
}
