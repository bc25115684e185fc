/// Merging partial results: the timeline of a corpus is the merge of its documents' timelines,
/// in any order and any grouping (merge is associative and commutative), so shards combine into
/// the same whole.
extension Timeline {
    /// - Complexity: O(n log n) in the total number of records and evidence items: evidence is
    ///   gathered per relation and event, and each list is built once at the end.
    public static func merged(_ parts: [Timeline]) -> Timeline {
        if parts.count == 1 { return mergedAlone(parts[0]) }
        var merger = Merger()
        for part in parts { merger.add(part) }
        return merger.timeline()
    }

    /// One timeline's records merged among themselves (a relation told twice in a document is two
    /// records), as a merger would merge them: each record is folded into the first one with its key.
    /// A document has a few dozen records, so the first is found by comparing, not through a
    /// merger's hash indexes, which cost 170,000 instructions for each document's partial timeline
    /// (`extract --jsonl`). Longer lists go through a merger, so no timeline is quadratic.
    static func mergedAlone(_ part: Timeline) -> Timeline {
        let limit = 64
        guard part.relations.count <= limit, part.events.count <= limit, part.actors.count <= limit, part.documents.count <= limit else {
            var merger = Merger()
            merger.add(part)
            return merger.timeline()
        }
        var relations = folded(part.relations, same: { RelationKey($0) == RelationKey($1) }) { fold($1, into: &$0) }
        var events = folded(part.events, same: { $0.id == $1.id }) { fold($1, into: &$0) }
        return finished(documents: folded(part.documents, same: { $0.id == $1.id }) { $0 = pick($0, $1) },
                        actors: folded(part.actors, same: { $0.id == $1.id }) { merge(into: &$0, $1) },
                        relations: &relations, events: &events, threads: 1)
    }

    /// The timeline of merged records, whose evidence is gathered but not yet in order: each list of
    /// evidence put in order (and each relation's weight counted from it), then the top-level lists.
    /// `relations` and `events` are handed over, not copied, and left empty.
    private static func finished(documents: [Document], actors: [Actor], relations: inout [Relation], events: inout [Event],
                                 threads: Int) -> Timeline {
        // A record with one item of evidence (most events) is left unwritten: its list is in order.
        relations.updateEach(threads: threads) { relation in
            if relation.evidence.count > 1 { relation.evidence = Timeline.distinctSorted(relation.evidence) }
            if relation.weight != relation.evidence.count { relation.weight = relation.evidence.count }
        }
        events.updateEach(threads: threads) { event in
            if event.evidence.count > 1 { event.evidence = Timeline.distinctSorted(event.evidence) }
        }
        var result = Timeline(unsortedDocuments: documents, actors: actors, relations: [], events: [])
        swap(&result.relations, &relations)
        swap(&result.events, &events)
        result.sortTopLevel(threads: threads)
        return result
    }

    /// Folds `other` into `kept`, a record of the same relation: its fields merged, its evidence
    /// gathered, to be put in order when the timeline is finished.
    private static func fold(_ other: consuming Relation, into kept: inout Relation) {
        var other = other
        fold(emptying: &other, into: &kept)
    }

    /// Folds `other` into `kept`, a record of the same event.
    private static func fold(_ other: consuming Event, into kept: inout Event) {
        var other = other
        fold(emptying: &other, into: &kept)
    }

    /// Folds `other` into `kept` and leaves `other` without evidence: its list is freed by the
    /// thread that folds it (`Merger.take` folds on several), not where the record is dropped.
    private static func fold(emptying other: inout Relation, into kept: inout Relation) {
        merge(into: &kept, other)
        kept.evidence += other.evidence
        other.evidence = []
    }

    private static func fold(emptying other: inout Event, into kept: inout Event) {
        merge(into: &kept, other)
        kept.evidence += other.evidence
        other.evidence = []
    }

    /// `items` with each folded by `fold` into the first before it that is the `same`, in the order they came.
    private static func folded<Item>(_ items: [Item], same: (Item, Item) -> Bool, _ fold: (inout Item, Item) -> Void) -> [Item] {
        guard items.count > 1 else { return items }
        var result: [Item] = []
        result.reserveCapacity(items.count)
        for item in items {
            if let first = result.firstIndex(where: { same($0, item) }) {
                fold(&result[first], item)
            } else {
                result.append(item)
            }
        }
        return result
    }

    /// Merges timelines as they come, so a run keeps one growing result instead of every
    /// document's partial one; mergers of separate threads combine with `add(_:)` in any order.
    ///
    /// Relations and events live in arrays, found through an index by key, and each gathers its
    /// evidence in place; `timeline()` sorts those arrays and hands them over, so the result does
    /// not need a second copy of every record.
    public struct Merger: Sendable {
        private var documents: [DocumentID: Document] = [:]
        private var actors: [ActorID: Actor] = [:]
        private var relations: [Relation] = []
        private var relationIndex = RecordIndex()
        private var events: [Event] = []
        private var eventIndex = RecordIndex()
        /// About how many bytes the relations and events held take: enough to decide when a run
        /// too large for memory should move its records to disk (`takeRelationsAndEvents`).
        public private(set) var approximateBytes = 0

        public init() {}

        public mutating func add(_ part: consuming Timeline) {
            Merger.moveEach(&part.documents) { add($0) }
            Merger.moveEach(&part.actors) { add($0) }
            Merger.moveEach(&part.relations) { add($0) }
            Merger.moveEach(&part.events) { add($0) }
        }

        /// Hands each record of `records` to `add`, moved out in order, and leaves the list empty:
        /// iterating copied each record, retaining every string and list in it, and freeing the
        /// list released them all again.
        private static func moveEach<Record>(_ records: inout [Record], _ add: (consuming Record) -> Void) {
            var taken: [Record] = []
            swap(&taken, &records)
            taken.withUnsafeMutableBufferPointer { $0.reverse() }
            while let record = taken.popLast() { add(record) }
        }

        /// Takes in another merger's records, moving them out of it one by one (a record is never
        /// held twice, so combining the mergers of threads does not double the memory).
        public mutating func add(_ other: consuming Merger) {
            take(consume other, threads: 1, keepingIndexes: true)
        }

        /// The timeline of several mergers' records (one merger per thread of a run): what one merger
        /// that took in all their records would give, sorted on `threads` threads.
        ///
        /// Where each record of one merger already is in another is looked up on `threads` threads, the
        /// indexes only read; the records then move in on one thread without being hashed again. Moving
        /// one thread's records into the other's indexes, the way `add(_:)` does, took 0.06 s of a
        /// 10,000-document run with two threads, all of it on one core.
        public static func timeline(combining mergers: consuming [Merger], threads: Int = 1) -> Timeline {
            // Each merger is moved, never copied: a copy would share its record arrays, and the first
            // change to them would copy them whole.
            var mergers = mergers
            var result = Merger()
            guard !mergers.isEmpty else { return (consume result).timeline(threads: threads) }
            swap(&result, &mergers[0])
            for position in mergers.indices.dropFirst() {
                var other = Merger()
                swap(&other, &mergers[position])
                // The indexes serve only a merger still to come.
                result.take(consume other, threads: threads, keepingIndexes: position < mergers.count - 1)
            }
            return (consume result).timeline(threads: threads)
        }

        /// Takes in `other`'s records. With `keepingIndexes` false, the indexes are dropped instead of
        /// taking in the new records' keys, and the merger can only make its `timeline` afterwards.
        private mutating func take(_ other: consuming Merger, threads: Int, keepingIndexes: Bool) {
            // Room for every document and actor at once: the documents of two threads are distinct,
            // and growing the table as it doubled moved every entry again.
            documents.reserveCapacity(documents.count + other.documents.count)
            actors.reserveCapacity(actors.count + other.actors.count)
            for document in other.documents.values { add(document) }
            for actor in other.actors.values { add(actor) }
            // The other merger has counted its records' bytes already (those that join one of
            // these count twice, so the figure errs high, as it should).
            approximateBytes += other.approximateBytes
            other.relationIndex = RecordIndex()
            other.eventIndex = RecordIndex()
            let relationPlaces = Merger.places(of: other.relations, in: relationIndex, among: relations, threads: threads,
                                               hash: { RelationKey($0.pointee).recordHash },
                                               sameKey: { RelationKey($0.pointee).matches($1) })
            let eventPlaces = Merger.places(of: other.events, in: eventIndex, among: events, threads: threads,
                                            hash: { $0.pointee.id.recordHash }, sameKey: { $0.pointee.id == $1.pointee.id })
            if keepingIndexes {
                // Room for every record at once, not growing as the index doubles.
                relationIndex.reserveCapacity(relations.count + other.relations.count)
                eventIndex.reserveCapacity(events.count + other.events.count)
            } else {
                relationIndex = RecordIndex()
                eventIndex = RecordIndex()
            }
            // The records held already fold in on `threads` threads, each into its own place (`other`
            // holds each key once). Folded one by one in the loop below, they kept one core busy
            // while the others waited: about 17 of the 28 ms this took at the end of a two-thread
            // run on 10,000 documents.
            relations.fold(from: &other.relations, threads: threads, place: { relationPlaces[$0].place }) { Timeline.fold(emptying: &$1, into: &$0) }
            events.fold(from: &other.events, threads: threads, place: { eventPlaces[$0].place }) { Timeline.fold(emptying: &$1, into: &$0) }
            // Room for every record at once: growing by doubling copied the records held so far.
            relations.reserveCapacity(relations.count + other.relations.count)
            events.reserveCapacity(events.count + other.events.count)
            // The new ones move in from the end, so each moves out of `other` rather than being copied.
            while let relation = other.relations.popLast() {
                let (hash, place) = relationPlaces[other.relations.count]
                guard place < 0 else { continue }
                if keepingIndexes { relationIndex.insertNew(hash: hash, position: relations.count) }
                relations.append(relation)
            }
            while let event = other.events.popLast() {
                let (hash, place) = eventPlaces[other.events.count]
                guard place < 0 else { continue }
                if keepingIndexes { eventIndex.insertNew(hash: hash, position: events.count) }
                events.append(event)
            }
        }

        /// Each record's key hash and where the record of its key is among `held` (found through
        /// `index`), or -1, worked out on `threads` threads; `sameKey` compares a record's key with a held one's.
        private static func places<Record: Sendable>(
            of records: [Record], in index: RecordIndex, among held: [Record], threads: Int,
            hash: @escaping @Sendable (UnsafePointer<Record>) -> UInt64,
            sameKey: @escaping @Sendable (UnsafePointer<Record>, UnsafePointer<Record>) -> Bool
        ) -> [(hash: UInt64, place: Int)] {
            held.withUnsafeBufferPointer { held in
                let held = SharedConstantBuffer(held)
                return records.parallelMap(threads: threads) { record in
                    let hash = hash(record)
                    return (hash, index.position(hash: hash) { sameKey(record, held.buffer.baseAddress! + $0) } ?? -1)
                }
            }
        }

        /// Hands over the relations and events held so far, merged and in output order, and forgets
        /// them (documents and actors stay): one sorted run of an external merge. Every event id
        /// is in the run once, and so is every relation key.
        ///
        /// Runs of the same corpus combine with `Timeline.combined(_:)` group by group to the records
        /// one merger would have held, in the same order: a dated event's place follows from its id,
        /// and an undated one's id names the one sentence it was read from, which is its first
        /// evidence in every run.
        public mutating func takeRelationsAndEvents() -> (relations: [Relation], events: [Event]) {
            var run = Merger()
            swap(&run.relations, &relations)
            swap(&run.relationIndex, &relationIndex)
            swap(&run.events, &events)
            swap(&run.eventIndex, &eventIndex)
            approximateBytes = 0
            let timeline = (consume run).timeline()
            return (timeline.relations, timeline.events)
        }

        /// The merged timeline, every list in output order, sorted on `threads` threads (the result
        /// does not depend on how many).
        public consuming func timeline(threads: Int = 1) -> Timeline {
            // The indexes are done with; drop them before the lists are sorted.
            relationIndex = RecordIndex()
            eventIndex = RecordIndex()
            var (relations, events) = (self.relations, self.events)
            (self.relations, self.events) = ([], [])
            return Timeline.finished(documents: Array(documents.values), actors: Array(actors.values), relations: &relations,
                                     events: &events, threads: threads)
        }

        /// Takes in one document; the others below take in one record of their kind.
        public mutating func add(_ document: consuming Document) {
            let id = document.id
            if let kept = documents[id] {
                documents[id] = Timeline.pick(kept, document)
            } else {
                documents[id] = document
            }
        }

        public mutating func add(_ actor: consuming Actor) {
            // Merged where it lies: a copy of the record retained every name in it.
            if let index = actors.index(forKey: actor.id) {
                Timeline.merge(into: &actors.values[index], actor)
            } else {
                actors[actor.id] = actor
            }
        }

        public mutating func add(_ relation: consuming Relation) {
            approximateBytes += Merger.approximateSize(of: relation.evidence)
            if insert(relation) { approximateBytes += 256 }
        }

        public mutating func add(_ event: consuming Event) {
            approximateBytes += Merger.approximateSize(of: event.evidence)
            // The record, its index entry, and the heap blocks of its id, summary, date and actors.
            let recordBytes = 384 + event.id.rawValue.utf8.count + event.summary.utf8.count
            if insert(event) { approximateBytes += recordBytes }
        }

        /// Takes in a relation without counting its bytes; whether it was new.
        private mutating func insert(_ relation: consuming Relation) -> Bool {
            let key = RelationKey(relation)
            let index = relations.withUnsafeBufferPointer { held in
                relationIndex.position(hash: key.recordHash, insertingIfAbsent: held.count) { key.matches(held.baseAddress! + $0) }
            }
            guard index == relations.count else {
                fold(relation, into: index)
                return false
            }
            relations.append(relation)
            return true
        }

        /// Takes in an event without counting its bytes; whether it was new.
        private mutating func insert(_ event: consuming Event) -> Bool {
            let id = event.id
            let index = events.withUnsafeBufferPointer { held in
                eventIndex.position(hash: id.recordHash, insertingIfAbsent: held.count) { held[$0].id == id }
            }
            guard index == events.count else {
                fold(event, into: index)
                return false
            }
            events.append(event)
            return true
        }

        /// Folds a record into the one at `place`, a record of the same relation (`Timeline.fold`).
        private mutating func fold(_ relation: consuming Relation, into place: Int) {
            Timeline.fold(relation, into: &relations[place])
        }

        /// Folds a record into the one at `place`, a record of the same event.
        private mutating func fold(_ event: consuming Event, into place: Int) {
            Timeline.fold(event, into: &events[place])
        }

        /// Evidence items and their text; a text shared by several items is counted for each, so
        /// the figure errs high.
        private static func approximateSize(of evidence: [Evidence]) -> Int {
            var bytes = 0
            for index in evidence.indices { bytes += 160 + evidence[index].textByteCount }
            return bytes
        }
    }

    /// One record from the records of one event in several runs (`Merger.takeRelationsAndEvents`):
    /// the event a single merger holds after taking them all in.
    /// - Precondition: `records` is not empty and every record has the same id.
    package static func combined(_ records: [Event]) -> Event {
        var merger = Merger()
        merger.add(Timeline(unsortedDocuments: [], actors: [], relations: [], events: records))
        return merger.timeline().events[0]
    }

    /// One record from the records of one relation in several runs; see `combined(_:)` for events.
    /// - Precondition: `records` is not empty and every record has the same source, target and kind.
    package static func combined(_ records: [Relation]) -> Relation {
        var merger = Merger()
        merger.add(Timeline(unsortedDocuments: [], actors: [], relations: records, events: []))
        return merger.timeline().relations[0]
    }

    /// Evidence in output order, one item per sentence; where two cite one sentence,
    /// `Evidence.isPreferred(over:)` chooses, so the result does not depend on the order of merging.
    private static func distinctSorted(_ items: [Evidence]) -> [Evidence] {
        guard items.count > 1 else { return items }
        // Documents are mostly merged in order, so the list is often in order (`stablySorted` hands
        // it back as it is) and distinct already.
        let sorted = items.stablySorted { $0.citesBefore($1) }
        if !zip(sorted, sorted.dropFirst()).contains(where: { $0.citesSamePlace(as: $1) }) { return sorted }
        var result: [Evidence] = []
        result.reserveCapacity(sorted.count)
        for item in sorted {
            if let last = result.last, last.citesSamePlace(as: item) {
                if last != item, item.isPreferred(over: last) { result[result.count - 1] = item }
            } else {
                result.append(item)
            }
        }
        return result
    }

    public func merging(_ other: Timeline) -> Timeline { Timeline.merged([self, other]) }

    /// What makes two relations one: source, target and kind, compared in that order (output order).
    package struct RelationKey: Hashable, Comparable, Sendable {
        var source: ActorID
        var target: ActorID
        var kind: RelationKind
        package init(_ relation: borrowing Relation) {
            source = relation.source
            target = relation.target
            kind = relation.kind
        }

        package init(source: ActorID, target: ActorID, kind: RelationKind) {
            self.source = source
            self.target = target
            self.kind = kind
        }

        /// Whether the relation at `relation` has this key, its fields compared where they lie.
        func matches(_ relation: UnsafePointer<Relation>) -> Bool {
            relation.pointee.kind == kind && relation.pointee.source == source && relation.pointee.target == target
        }

        package static func < (lhs: RelationKey, rhs: RelationKey) -> Bool {
            (lhs.source, lhs.target, lhs.kind) < (rhs.source, rhs.target, rhs.kind)
        }
    }

    /// Two records of one document: the one that sorts first by source, title and date, and of
    /// records alike in those (or equal only as Swift compares strings), the one whose fields' bytes
    /// come first, so the choice never depends on the order they came in.
    private static func pick(_ a: Document, _ b: Document) -> Document {
        let (first, second) = ((a.source, a.title ?? "", a.published?.description ?? ""), (b.source, b.title ?? "", b.published?.description ?? ""))
        if first < second { return a }
        if second < first { return b }
        return fieldBytes(of: b).lexicographicallyPrecedes(fieldBytes(of: a)) ? b : a
    }

    /// Every field of `document` as bytes, each after a marker of presence and its length, so no
    /// two different records give the same bytes.
    private static func fieldBytes(of document: Document) -> [UInt8] {
        let fields: [String?] = [document.id.rawValue, document.source, document.title, document.published?.description,
                                 document.publishedFrom?.rawValue, document.url, document.videoID, document.format.rawValue]
        var bytes: [UInt8] = []
        for field in fields {
            guard let field else {
                bytes.append(0)
                continue
            }
            bytes.append(1)
            withUnsafeBytes(of: UInt64(field.utf8.count).bigEndian) { bytes += $0 }
            bytes += field.utf8
        }
        return bytes
    }

    /// Folds `b` into `a`, another record of the same actor.
    private static func merge(into a: inout Actor, _ b: Actor) {
        a.mentions += b.mentions
        a.aliases = sortedUnion(a.aliases, b.aliases)
        let people = sortedUnion(a.people ?? [], b.people ?? [])
        a.people = people.isEmpty ? nil : people
        if (b.name, b.kind.rawValue) < (a.name, a.kind.rawValue) {
            a.name = b.name
            a.kind = b.kind
        } else if b.name == a.name, b.kind == a.kind {
            a.name = String.firstInBytes(a.name, b.name)
        }
    }

    /// The names of both lists, sorted, each once (of equal names, the one `String.firstInBytes`
    /// picks, so the result does not depend on which list is which). Lists already in that form (as
    /// every list Chronicle writes is) merge in one pass; others are sorted whole.
    static func sortedUnion(_ a: [String], _ b: [String]) -> [String] {
        guard isStrictlyAscending(a), isStrictlyAscending(b) else { return distinctSortedNames(a + b) }
        if b.isEmpty { return a }
        if a.isEmpty { return b }
        // Most records of an actor name it as earlier ones did: then `a` is the union already.
        if isSortedSubset(b, of: a) { return a }
        var result: [String] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] < b[j] {
                result.append(a[i]); i += 1
            } else if b[j] < a[i] {
                result.append(b[j]); j += 1
            } else {
                result.append(String.firstInBytes(a[i], b[j])); i += 1; j += 1
            }
        }
        result += a[i...]
        result += b[j...]
        return result
    }

    /// Whether every name of `b` is in `a` with the same bytes, both strictly ascending.
    private static func isSortedSubset(_ b: [String], of a: [String]) -> Bool {
        guard b.count <= a.count else { return false }
        var i = 0
        for name in b {
            while i < a.count, a[i] < name { i += 1 }
            guard i < a.count, a[i].hasSameBytes(as: name) else { return false }
            i += 1
        }
        return true
    }

    private static func isStrictlyAscending(_ names: [String]) -> Bool {
        var index = 1
        while index < names.count {
            if !(names[index - 1] < names[index]) { return false }
            index += 1
        }
        return true
    }

    /// Folds `b`'s fields (not its evidence) into `a`.
    private static func merge(into a: inout Relation, _ b: Relation) {
        a.firstSeen = earliest(a.firstSeen, b.firstSeen)
        a.lastSeen = latest(a.lastSeen, b.lastSeen)
        a.standing = a.standing == true && b.standing == true ? true : nil
    }

    /// Folds `b`'s fields (not its evidence) into `a`.
    private static func merge(into a: inout Event, _ b: Event) {
        if a.actors != b.actors { a.actors = Array(Set(a.actors).union(b.actors)).sorted() }
        if b.summary < a.summary { a.summary = b.summary }
        if b.date != a.date, dateChoice(b.date) < dateChoice(a.date) { a.date = b.date }
    }

    /// Which of two readings of one event's date to keep (the value is the same; the words, modifier
    /// and status may differ): a date the text gives before one reported on the publication day, then
    /// the first by its fields, so the choice does not depend on the order of merging.
    private static func dateChoice(_ date: TemporalValue) -> (Int, String, String, String, String) {
        (date.status == .reported ? 1 : 0, date.text ?? "", date.modifier?.rawValue ?? "", date.type.rawValue, date.precision.rawValue)
    }

    // A relation seen again is most often seen on the same date: equal values are settled
    // without reading them as dates.
    private static func earliest(_ a: String?, _ b: String?) -> String? {
        guard let a else { return b }
        guard let b, b != a else { return a }
        return TimexOrder.precedes(b, a) ? b : a
    }

    private static func latest(_ a: String?, _ b: String?) -> String? {
        guard let a else { return b }
        guard let b, b != a else { return a }
        return TimexOrder.precedes(a, b) ? b : a
    }
}
