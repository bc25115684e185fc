/// A dated happening on the timeline: who did what to whom, and when.
public struct Event: Hashable, Codable, Sendable {
    public var id: EventID
    public var date: TemporalValue
    /// Every actor taking part, sorted.
    public var actors: [ActorID]
    public var source: ActorID?
    public var target: ActorID?
    public var kind: RelationKind
    public var cameo: String
    public var quadClass: QuadClass
    public var polarity: Polarity
    /// One line saying what happened, for tables and captions.
    public var summary: String
    public var evidence: [Evidence]

    public init(
        id: EventID, date: TemporalValue, actors: [ActorID], source: ActorID? = nil, target: ActorID? = nil,
        kind: RelationKind, summary: String, evidence: [Evidence]
    ) {
        self.id = id
        self.date = date
        self.actors = actors
        self.source = source
        self.target = target
        self.kind = kind
        self.cameo = kind.cameoRoot
        self.quadClass = kind.quadClass
        self.polarity = kind.polarity
        self.summary = summary
        self.evidence = evidence
    }
}
