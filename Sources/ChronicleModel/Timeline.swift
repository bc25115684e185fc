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

    /// Records in any order, for merging; `merged` puts them in order.
    public init(unsortedDocuments documents: [Document], actors: [Actor], relations: [Relation], events: [Event]) {
        self.schemaVersion = Timeline.currentSchemaVersion
        self.documents = documents
        self.actors = actors
        self.relations = relations
        self.events = events
    }

    /// Puts the top-level lists in output order, when each relation's and event's evidence already is.
    mutating func sortTopLevel() {
        documents.sort { $0.id < $1.id }
        actors.sort { $0.id < $1.id }
        relations.sort { ($0.source, $0.target, $0.kind) < ($1.source, $1.target, $1.kind) }
        events.sort(by: Timeline.eventOrder)
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
        events.sort(by: Timeline.eventOrder)
    }

    /// Events in time order: placed on the calendar by their earliest possible instant, then finer
    /// dates first, then id; events whose date is unknown come after, by document and position.
    public static func eventOrder(_ lhs: Event, _ rhs: Event) -> Bool {
        let l = TimexOrder.start(of: lhs.date.value)
        let r = TimexOrder.start(of: rhs.date.value)
        switch (l, r) {
        case (.some, .some):
            if lhs.date.value != rhs.date.value { return TimexOrder.precedes(lhs.date.value, rhs.date.value) }
            return lhs.id < rhs.id
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil):
            let lp = lhs.evidence.first.map(EvidenceKey.init)
            let rp = rhs.evidence.first.map(EvidenceKey.init)
            if let lp, let rp, lp != rp { return lp < rp }
            return lhs.id < rhs.id
        }
    }
}
