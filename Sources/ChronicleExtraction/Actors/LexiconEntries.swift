import ChronicleModel

/// An actor as the lexicon describes it.
public struct ActorEntry: Hashable, Sendable {
    public var id: ActorID
    public var name: String
    public var kind: ActorKind
    public var aliases: [String]
    public var demonyms: [String]
    public var metonyms: [String]
    /// The name is also a common given name (Jordan, Chad): not the actor right before another capitalised name.
    public var ambiguous: Bool
    /// Where the entry was defined, for messages.
    public var origin: SourceLocation

    public init(id: ActorID, name: String, kind: ActorKind, aliases: [String] = [], demonyms: [String] = [],
                metonyms: [String] = [], ambiguous: Bool = false, origin: SourceLocation = SourceLocation(file: ""))
    {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.demonyms = demonyms
        self.metonyms = metonyms
        self.ambiguous = ambiguous
        self.origin = origin
    }

    /// How many names `Lexicon.names(of:)` gives this actor: its name, aliases, demonyms and metonyms.
    var nameCount: Int { 1 + aliases.count + demonyms.count + metonyms.count }
}

/// A person who speaks or acts for an actor, with the dates of each role.
public struct PersonEntry: Hashable, Sendable {
    public struct Role: Hashable, Sendable {
        public var actor: ActorID
        public var title: String
        public var from: CalendarDay?
        public var until: CalendarDay?

        public init(actor: ActorID, title: String, from: CalendarDay? = nil, until: CalendarDay? = nil) {
            self.actor = actor
            self.title = title
            self.from = from
            self.until = until
        }

        public func isHeld(on day: CalendarDay) -> Bool {
            (from.map { $0 <= day } ?? true) && (until.map { day < $0 } ?? true)
        }
    }

    public var name: String
    public var aliases: [String]
    /// Oldest first.
    public var roles: [Role]
    public var origin: SourceLocation

    public init(name: String, aliases: [String] = [], roles: [Role], origin: SourceLocation = SourceLocation(file: "")) {
        self.name = name
        self.aliases = aliases
        self.roles = roles
        self.origin = origin
    }

    /// The role in force on `day`. Between roles or after the last, the latest role before `day`
    /// (a former office-holder still speaks for that side); before the first role began, none.
    /// Without a day, the newest role.
    public func role(on day: CalendarDay?) -> Role? {
        guard let day else { return roles.last }
        if let held = roles.last(where: { $0.isHeld(on: day) }) { return held }
        if let earlier = roles.last(where: { $0.from.map { $0 <= day } ?? true }) { return earlier }
        return nil
    }
}

/// A place in a lexicon file: `file:line:column`.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)"; if let column { text += ":\(column)" } }
        return text
    }
}

/// What one lexicon file says, before it is merged with others.
public struct LexiconFile: Hashable, Sendable {
    public var path: String
    public var actors: [ActorEntry] = []
    public var people: [PersonEntry] = []
    public var notActors: [String] = []
    public var disable: [ActorID] = []
    public var disableAliases: [String] = []

    public init(path: String) { self.path = path }
}

/// A problem in a lexicon file, with its place.
public struct LexiconError: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): error: \(message)" }
}
