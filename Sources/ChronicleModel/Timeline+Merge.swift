/// Merging partial results: the timeline of a corpus is the merge of its documents' timelines,
/// in any order and any grouping (merge is associative and commutative), so shards combine into
/// the same whole.
extension Timeline {
    /// - Complexity: O(n log n) in the total number of records and evidence items: evidence is
    ///   gathered per relation and event, and each list is built once at the end.
    public static func merged(_ parts: [Timeline]) -> Timeline {
        var merger = Merger()
        for part in parts { merger.add(part) }
        return merger.timeline()
    }

    /// Merges timelines as they come, so a run keeps one growing result instead of every
    /// document's partial one; mergers of separate threads combine with `add(_:)` in any order.
    public struct Merger: Sendable {
        private var documents: [DocumentID: Document] = [:]
        private var actors: [ActorID: Actor] = [:]
        private var relations: [RelationKey: (relation: Relation, evidence: [Evidence])] = [:]
        private var events: [EventID: (event: Event, evidence: [Evidence])] = [:]

        public init() {}

        public mutating func add(_ part: Timeline) {
            for document in part.documents { add(document) }
            for actor in part.actors { add(actor) }
            for relation in part.relations { add(relation, evidence: relation.evidence) }
            for event in part.events { add(event, evidence: event.evidence) }
        }

        public mutating func add(_ other: Merger) {
            for document in other.documents.values { add(document) }
            for actor in other.actors.values { add(actor) }
            for entry in other.relations.values { add(entry.relation, evidence: entry.evidence) }
            for entry in other.events.values { add(entry.event, evidence: entry.evidence) }
        }

        /// The merged timeline, every list in output order.
        public func timeline() -> Timeline {
            let mergedRelations = relations.values.map { entry in
                var relation = entry.relation
                relation.evidence = Timeline.distinctSorted(entry.evidence)
                relation.weight = relation.evidence.count
                return relation
            }
            let mergedEvents = events.values.map { entry in
                var event = entry.event
                event.evidence = Timeline.distinctSorted(entry.evidence)
                return event
            }
            // Evidence lists are built in order above; only the top-level lists need sorting.
            var result = Timeline(unsortedDocuments: Array(documents.values), actors: Array(actors.values),
                                  relations: mergedRelations, events: mergedEvents)
            result.sortTopLevel()
            return result
        }

        private mutating func add(_ document: Document) {
            documents[document.id] = documents[document.id].map { Timeline.pick($0, document) } ?? document
        }

        private mutating func add(_ actor: Actor) {
            actors[actor.id] = actors[actor.id].map { Timeline.merge($0, actor) } ?? actor
        }

        private mutating func add(_ relation: Relation, evidence: [Evidence]) {
            let key = RelationKey(relation)
            if let index = relations.index(forKey: key) {
                relations.values[index].relation = Timeline.merge(relations.values[index].relation, relation)
                relations.values[index].evidence += evidence
            } else {
                relations[key] = (relation, evidence)
            }
        }

        private mutating func add(_ event: Event, evidence: [Evidence]) {
            if let index = events.index(forKey: event.id) {
                events.values[index].event = Timeline.merge(events.values[index].event, event)
                events.values[index].evidence += evidence
            } else {
                events[event.id] = (event, evidence)
            }
        }
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

    struct RelationKey: Hashable, Sendable {
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
        if b.date != a.date, dateChoice(b.date) < dateChoice(a.date) { merged.date = b.date }
        return merged
    }

    /// Which of two readings of one event's date to keep (the value is the same; the words, modifier
    /// and status may differ): a date the text gives before one reported on the publication day, then
    /// the first by its fields, so the choice does not depend on the order of merging.
    private static func dateChoice(_ date: TemporalValue) -> (Int, String, String, String, String) {
        (date.status == .reported ? 1 : 0, date.text ?? "", date.modifier?.rawValue ?? "", date.type.rawValue, date.precision.rawValue)
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
