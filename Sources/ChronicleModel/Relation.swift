/// A typed, signed, weighted relation between two actors, merged over all its evidence.
public struct Relation: Hashable, Codable, Sendable {
    public var source: ActorID
    public var target: ActorID
    public var kind: RelationKind
    /// The CAMEO root code of `kind` ("01" ... "20").
    public var cameo: String
    public var quadClass: QuadClass
    public var polarity: Polarity
    public var goldstein: Double
    /// The number of distinct evidence sentences.
    public var weight: Int
    /// The earliest and latest dates (TIMEX3 values) the relation was seen at.
    public var firstSeen: String?
    public var lastSeen: String?
    /// True for a standing relation ("has long been a patron of") rather than a dated happening.
    public var standing: Bool?
    public var evidence: [Evidence]

    public init(
        source: ActorID, target: ActorID, kind: RelationKind, weight: Int? = nil,
        firstSeen: String? = nil, lastSeen: String? = nil, standing: Bool? = nil, evidence: [Evidence] = []
    ) {
        self.source = source
        self.target = target
        self.kind = kind
        self.cameo = kind.cameoRoot
        self.quadClass = kind.quadClass
        self.polarity = kind.polarity
        self.goldstein = kind.goldstein
        self.weight = weight ?? Set(evidence.map(EvidenceKey.init)).count
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.standing = standing
        self.evidence = evidence
    }
}

/// Identifies one evidence sentence: the same sentence cited twice counts once.
public struct EvidenceKey: Hashable, Comparable, Sendable {
    public var document: DocumentID
    public var byteStart: Int
    public var byteEnd: Int

    public init(_ evidence: Evidence) {
        document = evidence.document
        byteStart = evidence.byteStart
        byteEnd = evidence.byteEnd
    }

    public init(document: DocumentID, byteStart: Int, byteEnd: Int) {
        self.document = document
        self.byteStart = byteStart
        self.byteEnd = byteEnd
    }

    public static func < (lhs: EvidenceKey, rhs: EvidenceKey) -> Bool {
        (lhs.document, lhs.byteStart, lhs.byteEnd) < (rhs.document, rhs.byteStart, rhs.byteEnd)
    }
}
