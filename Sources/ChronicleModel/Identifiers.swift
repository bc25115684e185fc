/// A typed identifier. Each encodes as a bare JSON string, so `timeline.json`
/// reads `"source": "RUS"`, while Swift code cannot pass an actor id where a document id belongs.
public struct Identifier<Tag>: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    // Spelled out: the defaults a RawRepresentable type gets hash and compare a copy of
    // `rawValue`, retaining and releasing the string on every look-up of an id-keyed table.
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.rawValue == rhs.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
    public var description: String { rawValue }
}

public enum DocumentTag {}
public enum ActorTag {}
public enum EventTag {}

public typealias DocumentID = Identifier<DocumentTag>
/// An actor id: ISO 3166 alpha-3 for states (`RUS`, `USA`), an upper-case short name for others (`HAMAS`, `UN`).
public typealias ActorID = Identifier<ActorTag>
public typealias EventID = Identifier<EventTag>

extension Identifier where Tag == ActorTag {
    public static var russia: ActorID { "RUS" }
    public static var iran: ActorID { "IRN" }
    public static var hamas: ActorID { "HAMAS" }
    public static var israel: ActorID { "ISR" }
    public static var unitedStates: ActorID { "USA" }
    public static var ukraine: ActorID { "UKR" }
}
