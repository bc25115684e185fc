/// Merging partial results: the timeline of a corpus is the merge of its documents' timelines,
/// in any order and any grouping (merge is associative and commutative), so shards combine into
/// the same whole.
extension Timeline {
    /// - Complexity: O(n log n) in the total number of records and evidence items: evidence is
    ///   gathered per relation and event, and each list is built once at the end.
    public static func merged(_ parts: [Timeline]) -> Timeline {
        var documents: [DocumentID: Document] = [:]
        var actors: [ActorID: Actor] = [:]
        var relations: [RelationKey: (relation: Relation, evidence: [Evidence])] = [:]
        var events: [EventID: (event: Event, evidence: [Evidence])] = [:]
        for part in parts {
            for document in part.documents {
                documents[document.id] = documents[document.id].map { pick($0, document) } ?? document
            }
            for actor in part.actors {
                actors[actor.id] = actors[actor.id].map { merge($0, actor) } ?? actor
            }
            for relation in part.relations {
                let key = RelationKey(relation)
                if let index = relations.index(forKey: key) {
                    relations.values[index].relation = merge(relations.values[index].relation, relation)
                    relations.values[index].evidence += relation.evidence
                } else {
                    relations[key] = (relation, relation.evidence)
                }
            }
            for event in part.events {
                if let index = events.index(forKey: event.id) {
                    events.values[index].event = merge(events.values[index].event, event)
                    events.values[index].evidence += event.evidence
                } else {
                    events[event.id] = (event, event.evidence)
                }
            }
        }
        let mergedRelations = relations.values.map { entry in
            var relation = entry.relation
            relation.evidence = distinctSorted(entry.evidence)
            relation.weight = relation.evidence.count
            return relation
        }
        let mergedEvents = events.values.map { entry in
            var event = entry.event
            event.evidence = distinctSorted(entry.evidence)
            return event
        }
        // Evidence lists are built in order above; only the top-level lists need sorting.
        var result = Timeline(unsortedDocuments: Array(documents.values), actors: Array(actors.values),
                              relations: mergedRelations, events: mergedEvents)
        result.sortTopLevel()
        return result
    }

    /// Evidence in output order, one item per sentence; where two cite one sentence, the smaller
    /// encoding wins, so the result does not depend on the order of merging.
    private static func distinctSorted(_ items: [Evidence]) -> [Evidence] {
        guard items.count > 1 else { return items }
        let sorted = items.sorted { EvidenceKey($0) < EvidenceKey($1) }
        var result: [Evidence] = []
        result.reserveCapacity(sorted.count)
        for item in sorted {
            if let last = result.last, EvidenceKey(last) == EvidenceKey(item) {
                if last != item, String(describing: item) < String(describing: last) { result[result.count - 1] = item }
            } else {
                result.append(item)
            }
        }
        return result
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
