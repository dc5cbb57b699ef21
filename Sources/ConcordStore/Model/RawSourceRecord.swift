import Foundation
import ConversationEngine

/// One source item as it arrived, kept byte for byte under its SHA-256, with what became of
/// it. Nothing is ever parsed without first being kept here, so a parser bug or a crash never
/// loses anything: the item can be parsed again.
public struct RawSourceRecord: Sendable, Hashable, Identifiable {
    public enum State: String, Sendable, Hashable, CaseIterable {
        /// Kept, not yet parsed (or the process stopped while parsing it).
        case pending
        /// Parsed and its events stored.
        case ingested
        /// Could not be parsed or stored; `reason` says why. `concord quarantine retry` tries again.
        case quarantined
    }

    public var id: RawSourceID
    /// Lower-case hex SHA-256 of the bytes: the same bytes are one item, whatever their origin.
    public var digest: String
    /// The source format's name (see ConcordChannels.SourceFormat), so the item can be re-parsed.
    public var format: String
    public var origin: String
    public var receivedAt: Date?
    public var storedAt: Date
    public var size: Int
    public var state: State
    public var reason: String?
    public var warnings: [String]
    /// How many timeline events it holds (some may have been stored before, from other bytes).
    public var events: Int
    /// How many times parsing was tried.
    public var attempts: Int

    public init(id: RawSourceID, digest: String, format: String, origin: String, receivedAt: Date?, storedAt: Date,
                size: Int, state: State, reason: String?, warnings: [String], events: Int, attempts: Int) {
        self.id = id
        self.digest = digest
        self.format = format
        self.origin = origin
        self.receivedAt = receivedAt
        self.storedAt = storedAt
        self.size = size
        self.state = state
        self.reason = reason
        self.warnings = warnings
        self.events = events
        self.attempts = attempts
    }
}

public typealias RawSourceID = EntityID<RawSourceRecord>
