/// Merging partial results: the timeline of a corpus is the merge of its documents' timelines,
/// in any order and any grouping (merge is associative and commutative), so shards combine into
/// the same whole.
extension Timeline {
    public static func merged(_ parts: [Timeline]) -> Timeline {
        var documents: [DocumentID: Document] = [:]
        var actors: [ActorID: Actor] = [:]
        var relations: [RelationKey: Relation] = [:]
        var events: [EventID: Event] = [:]
        for part in parts {
            for document in part.documents {
                documents[document.id] = documents[document.id].map { pick($0, document) } ?? document
            }
            for actor in part.actors {
                actors[actor.id] = actors[actor.id].map { merge($0, actor) } ?? actor
            }
            for relation in part.relations {
                let key = RelationKey(relation)
                relations[key] = relations[key].map { merge($0, relation) } ?? relation
            }
            for event in part.events {
                events[event.id] = events[event.id].map { merge($0, event) } ?? event
            }
        }
        return Timeline(documents: Array(documents.values), actors: Array(actors.values),
                        relations: Array(relations.values), events: Array(events.values))
    }

    public func merging(_ other: Timeline) -> Timeline { Timeline.merged([self, other]) }

    struct RelationKey: Hashable {
        var source: ActorID
        var target: ActorID
        var kind: RelationKind
        init(_ relation: Relation) {
            source = relation.source
            target = relation.target
            kind = relation.kind
        }
    }

    /// Two records of one document: the same, or else the one that sorts first (so the choice does not depend on order).
    private static func pick(_ a: Document, _ b: Document) -> Document {
        a == b ? a : (a.source, a.title ?? "", a.published?.description ?? "") <= (b.source, b.title ?? "", b.published?.description ?? "") ? a : b
    }

    private static func merge(_ a: Actor, _ b: Actor) -> Actor {
        var merged = a
        merged.mentions = a.mentions + b.mentions
        merged.aliases = Array(Set(a.aliases).union(b.aliases)).sorted()
        let people = Set(a.people ?? []).union(b.people ?? [])
        merged.people = people.isEmpty ? nil : people.sorted()
        if (b.name, b.kind.rawValue) < (a.name, a.kind.rawValue) {
            merged.name = b.name
            merged.kind = b.kind
        }
        return merged
    }

    private static func merge(_ a: Relation, _ b: Relation) -> Relation {
        var merged = a
        merged.evidence = union(a.evidence, b.evidence)
        merged.weight = merged.evidence.count
        merged.firstSeen = earliest(a.firstSeen, b.firstSeen)
        merged.lastSeen = latest(a.lastSeen, b.lastSeen)
        merged.standing = a.standing == true && b.standing == true ? true : nil
        return merged
    }

    private static func merge(_ a: Event, _ b: Event) -> Event {
        var merged = a
        merged.evidence = union(a.evidence, b.evidence)
        merged.actors = Array(Set(a.actors).union(b.actors)).sorted()
        if b.summary < a.summary { merged.summary = b.summary }
        return merged
    }

    /// Evidence of both, one item per sentence; where two items cite one sentence, the smaller encoding wins.
    static func union(_ a: [Evidence], _ b: [Evidence]) -> [Evidence] {
        var byKey: [EvidenceKey: Evidence] = [:]
        for item in a + b {
            if let existing = byKey[EvidenceKey(item)], existing != item {
                byKey[EvidenceKey(item)] = String(describing: existing) <= String(describing: item) ? existing : item
            } else {
                byKey[EvidenceKey(item)] = item
            }
        }
        return byKey.keys.sorted().map { byKey[$0]! }
    }

    private static func earliest(_ a: String?, _ b: String?) -> String? {
        guard let a else { return b }
        guard let b else { return a }
        return TimexOrder.precedes(b, a) ? b : a
    }

    private static func latest(_ a: String?, _ b: String?) -> String? {
        guard let a else { return b }
        guard let b else { return a }
        return TimexOrder.precedes(a, b) ? b : a
    }
}
