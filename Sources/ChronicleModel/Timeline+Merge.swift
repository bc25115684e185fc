/// Merging partial results: the timeline of a corpus is the merge of its documents' timelines,
/// in any order and any grouping (merge is associative and commutative), so shards combine into
/// the same whole.
extension Timeline {
    /// - Complexity: O(n log n) in the total number of records and evidence items: evidence is
    ///   gathered per relation and event, and each list is built once at the end.
    public static func merged(_ parts: [Timeline]) -> Timeline {
        var documents: [DocumentID: Document] = [:]
        var actors: [ActorID: Actor] = [:]
        var relations: [RelationKey: Relation] = [:]
        var relationEvidence: [RelationKey: [EvidenceKey: Evidence]] = [:]
        var events: [EventID: Event] = [:]
        var eventEvidence: [EventID: [EvidenceKey: Evidence]] = [:]
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
                add(relation.evidence, to: &relationEvidence[key, default: [:]])
            }
            for event in part.events {
                events[event.id] = events[event.id].map { merge($0, event) } ?? event
                add(event.evidence, to: &eventEvidence[event.id, default: [:]])
            }
        }
        let mergedRelations = relations.map { key, relation in
            var relation = relation
            let evidence = relationEvidence[key] ?? [:]
            relation.evidence = evidence.keys.sorted().map { evidence[$0]! }
            relation.weight = relation.evidence.count
            return relation
        }
        let mergedEvents = events.map { id, event in
            var event = event
            let evidence = eventEvidence[id] ?? [:]
            event.evidence = evidence.keys.sorted().map { evidence[$0]! }
            return event
        }
        // Evidence lists are built in order above; only the top-level lists need sorting.
        var result = Timeline(unsortedDocuments: Array(documents.values), actors: Array(actors.values),
                              relations: mergedRelations, events: mergedEvents)
        result.sortTopLevel()
        return result
    }

    /// Adds evidence items, one per sentence; where two cite one sentence, the smaller encoding wins,
    /// so the result does not depend on the order of merging.
    private static func add(_ items: [Evidence], to byKey: inout [EvidenceKey: Evidence]) {
        for item in items {
            let key = EvidenceKey(item)
            if let existing = byKey[key], existing != item {
                byKey[key] = String(describing: existing) <= String(describing: item) ? existing : item
            } else {
                byKey[key] = item
            }
        }
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
        merged.firstSeen = earliest(a.firstSeen, b.firstSeen)
        merged.lastSeen = latest(a.lastSeen, b.lastSeen)
        merged.standing = a.standing == true && b.standing == true ? true : nil
        return merged
    }

    private static func merge(_ a: Event, _ b: Event) -> Event {
        var merged = a
        merged.actors = Array(Set(a.actors).union(b.actors)).sorted()
        if b.summary < a.summary { merged.summary = b.summary }
        return merged
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
