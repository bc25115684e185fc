/// A state, organisation or group that acts in the news.
public struct Actor: Hashable, Codable, Sendable {
    public var id: ActorID
    public var name: String
    public var kind: ActorKind
    /// The names the corpus used for the actor (aliases, demonyms, metonyms), sorted.
    public var aliases: [String]
    /// How many times the corpus mentions the actor, people who speak for it included.
    public var mentions: Int
    /// People named as speaking or acting for the actor, sorted.
    public var people: [String]?

    public init(id: ActorID, name: String, kind: ActorKind, aliases: [String] = [], mentions: Int = 0, people: [String]? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.mentions = mentions
        self.people = people
    }
}

public enum ActorKind: String, Hashable, Codable, Sendable, CaseIterable {
    case state
    case internationalOrganization = "international_organization"
    case armedGroup = "armed_group"
    case movement
    case party
    case company
    case media
    /// A people as a political actor, such as "the Palestinians".
    case population
    /// A group of states treated together, such as "Central Asian countries".
    case region
    case other

    /// The kind as words for people: "armed group".
    public var words: String { String(rawValue.map { $0 == "_" ? " " : $0 }) }
}

/// One place in one document where an actor is named.
public struct Mention: Hashable, Codable, Sendable {
    public var actor: ActorID
    public var document: DocumentID
    /// UTF-8 byte range in the file as it is on disk.
    public var byteStart: Int
    public var byteEnd: Int
    public var text: String
    /// How the words name the actor.
    public var form: MentionForm
    /// The person named, when the mention is of someone who speaks for the actor.
    public var person: String?

    public init(
        actor: ActorID, document: DocumentID, byteStart: Int, byteEnd: Int, text: String,
        form: MentionForm, person: String? = nil
    ) {
        self.actor = actor
        self.document = document
        self.byteStart = byteStart
        self.byteEnd = byteEnd
        self.text = text
        self.form = form
        self.person = person
    }
}

public enum MentionForm: String, Hashable, Codable, Sendable, CaseIterable {
    case name, alias, demonym, metonym, person
    /// The actor modifies another word: `Iran-backed`, `pro-Kremlin`.
    case modifier
    /// Resolved from `the country`, `the group`, `its`.
    case coreference
}
