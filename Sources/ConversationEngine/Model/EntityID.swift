/// A typed row identifier, so a customer id can never be passed where a conversation id is
/// expected. Stores assign the raw values; the engine never invents them.
public struct EntityID<Entity>: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: Int64

    public init(rawValue: Int64) { self.rawValue = rawValue }
    public init(_ rawValue: Int64) { self.rawValue = rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { String(rawValue) }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

public typealias CustomerID = EntityID<Customer>
public typealias ConversationID = EntityID<Conversation>
public typealias MessageID = EntityID<Message>
public typealias AgentID = EntityID<Agent>
public typealias PromiseID = EntityID<Promise>
