/// The whole result of a run: what `timeline.json` encodes.
public struct Timeline: Hashable, Codable, Sendable {
    /// Changes when a field readers rely on changes.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var documents: [Document]
    public var actors: [Actor]
    public var relations: [Relation]
    public var events: [Event]

    public init(documents: [Document] = [], actors: [Actor] = [], relations: [Relation] = [], events: [Event] = []) {
        self.schemaVersion = Timeline.currentSchemaVersion
        self.documents = documents
        self.actors = actors
        self.relations = relations
        self.events = events
        sortCanonically()
    }

    /// Puts every list in the one order output uses, so equal results encode to equal bytes.
    public mutating func sortCanonically() {
        documents.sort { $0.id < $1.id }
        actors.sort { $0.id < $1.id }
        relations.sort { ($0.source, $0.target, $0.kind) < ($1.source, $1.target, $1.kind) }
        for index in relations.indices {
            relations[index].evidence.sort { EvidenceKey($0) < EvidenceKey($1) }
        }
        for index in events.indices {
            events[index].evidence.sort { EvidenceKey($0) < EvidenceKey($1) }
        }
        events.sort { $0.id < $1.id }
    }
}
