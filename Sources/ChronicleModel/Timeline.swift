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
    mutating func sortTopLevel(threads: Int = 1) {
        // On `threads` threads, as a run's documents come out of a table in no order: sorting 10,000
        // of them took 5 ms of the run's end on one core while the others waited.
        if !documents.isSorted(by: { $0.id < $1.id }) { documents.sortByIndices(threads: threads) { $0.pointee.id < $1.pointee.id } }
        if !actors.isSorted(by: { $0.id < $1.id }) { actors.sort { $0.id < $1.id } }
        Timeline.sortRelations(&relations)
        Timeline.sortEvents(&events, threads: threads)
    }

    /// Puts relations in `relationOrder`, as a stable sort does, comparing them where they lie and
    /// moving each once: `Array.sort` moved whole relations through an insertion sort, which cost
    /// 40,000 instructions for a document's dozen.
    static func sortRelations(_ relations: inout [Relation]) {
        guard !relations.isSorted(by: relationOrder) else { return }
        relations.sortByIndices(threads: 1) { relationOrder($0.pointee, $1.pointee) }
    }

    static func relationOrder(_ lhs: Relation, _ rhs: Relation) -> Bool {
        RelationKey(lhs) < RelationKey(rhs)
    }

    static func evidenceOrder(_ lhs: Evidence, _ rhs: Evidence) -> Bool { lhs.citesBefore(rhs) }

    /// Puts every list in the one order output uses, so equal results encode to equal bytes.
    ///
    /// Lists already in order are left untouched, so a timeline that shares its storage with another
    /// copy (the caller's) is not copied just to be checked. `threads` share the work; the order
    /// does not depend on how many there are.
    public mutating func sortCanonically(threads: Int = 1) {
        for index in relations.indices where !relations[index].evidence.isSorted(by: Timeline.evidenceOrder) {
            relations[index].evidence.sort(by: Timeline.evidenceOrder)
        }
        for index in events.indices where !events[index].evidence.isSorted(by: Timeline.evidenceOrder) {
            events[index].evidence.sort(by: Timeline.evidenceOrder)
        }
        sortTopLevel(threads: threads)
    }

    /// Puts events in time order (see `EventOrderKey`), computing each event's key once rather than
    /// parsing two dates on every comparison, and moving each event once rather than on every swap.
    static func sortEvents(_ events: inout [Event], threads: Int = 1) {
        let sortedOrder: [Int]? = events.withParallelMap(threads: threads, { EventOrderKey(at: $0) }) { keys in
            // A merged timeline is sorted already; encoding it checks that in one pass.
            if keys.indices.dropFirst().allSatisfy({ !EventOrderKey.precedes(keys, $0, $0 - 1) }) { return nil }
            let shared = SharedConstantBuffer(keys)
            return sortedIndices(count: keys.count, threads: threads) { EventOrderKey.precedes(shared.buffer, $0, $1) }
        }
        guard let order = sortedOrder else { return }
        events.permute(into: order, threads: threads)
    }
}

/// Where an event goes on the timeline: placed on the calendar by the earliest instant its date may
/// denote, then finer dates first (a day before the month that holds it), then by id; events whose
/// date is unknown come after, by document and position, then id.
///
/// A sort compares the key's integers before its strings: `rank` packs the calendar place and the
/// precision, and `idPrefix` holds the id's first bytes, so most comparisons of 74,000 events
/// decide without reading a string's storage elsewhere in memory.
package struct EventOrderKey: Comparable, Sendable {
    var start: (year: Int, month: Int, day: Int)?
    var precisionRank: Int
    var value: String
    var id: EventID
    package var firstEvidence: EvidenceKey?
    /// Orders as the key does wherever two ranks differ (see `packedRank`).
    private var rank: UInt64
    /// The id's first eight bytes, big-endian and padded with zeros, when the id is ASCII (its
    /// order is then its bytes' order); nil otherwise.
    private var idPrefix: UInt64?

    package init(_ event: borrowing Event) {
        self = withUnsafePointer(to: event) { EventOrderKey(at: $0) }
    }

    /// The key of the event at `event`, its fields read through the address: an event lent from an
    /// array was copied whole first, retaining all eight of its strings and lists to read three.
    init(at event: UnsafePointer<Event>) {
        self.init(value: event.pointee.date.value, id: event.pointee.id) { event.pointee.evidence.first.map(EvidenceKey.init) }
    }

    /// The key of an event with date value `value` and `id`, whose first evidence `firstEvidence`
    /// gives; it is asked only when the date is unknown (a record read back from disk decodes that far only then).
    package init(value: String, id: EventID, firstEvidence: () -> EvidenceKey?) {
        self.value = value
        start = TimexOrder.start(of: value)
        precisionRank = start == nil ? 0 : TimexOrder.rank(DatePrecision(timexValue: value))
        self.id = id
        self.firstEvidence = start == nil ? firstEvidence() : nil
        rank = EventOrderKey.packedRank(start: start, precisionRank: precisionRank)
        idPrefix = EventOrderKey.asciiPrefix(id.rawValue)
    }

    /// The year, month, day and precision rank in one integer, undated events above every dated
    /// one, such that a key before another never has the greater rank: equal ranks leave the
    /// order to the full comparison. A field outside its bits is clamped to its lowest or highest
    /// code and the fields after it are left zero, so all such keys tie rather than misorder.
    static func packedRank(start: (year: Int, month: Int, day: Int)?, precisionRank: Int) -> UInt64 {
        guard let start else { return 1 << 63 }
        var rank: UInt64 = 0
        var exact = true
        /// Appends `value` in `bits` bits: 0 below the range, `value + 1` within it, all ones above.
        func append(_ value: Int, bits: Int) {
            rank <<= UInt64(bits)
            guard exact else { return }
            let highest = (1 << bits) - 1
            if value < 0 {
                exact = false
            } else if value > highest - 2 {
                rank |= UInt64(highest)
                exact = false
            } else {
                rank |= UInt64(value + 1)
            }
        }
        append(start.year, bits: 20)
        append(start.month, bits: 6)
        append(start.day, bits: 6)
        append(precisionRank, bits: 4)
        return rank
    }

    /// `text`'s first eight bytes as a big-endian integer, zeros past its end, if `text` is ASCII.
    static func asciiPrefix(_ text: String) -> UInt64? {
        var prefix: UInt64? = nil
        text.withUTF8Lent { bytes in
            guard ByteHash.isASCII(UnsafeRawBufferPointer(bytes)) else { return }
            var packed: UInt64 = 0
            for index in 0..<8 { packed = packed << 8 | UInt64(index < bytes.count ? bytes[index] : 0) }
            prefix = packed
        }
        return prefix
    }

    package static func < (lhs: EventOrderKey, rhs: EventOrderKey) -> Bool {
        withUnsafePointer(to: lhs) { lhs in withUnsafePointer(to: rhs) { rhs in ordered(lhs, rhs) } }
    }

    /// Whether `keys[a]` comes before `keys[b]`, reading both in place: a key lent from a buffer
    /// (`keys[a]`) is copied first, retaining and releasing its three strings, and sorting the
    /// 74,000 events of 10,000 documents copied a key at every comparison.
    static func precedes(_ keys: UnsafeBufferPointer<EventOrderKey>, _ a: Int, _ b: Int) -> Bool {
        ordered(keys.baseAddress! + a, keys.baseAddress! + b)
    }

    /// The order of the keys at `lhs` and `rhs`, each field read where it lies; the strings are
    /// reached only when every integer ties.
    private static func ordered(_ lhs: UnsafePointer<EventOrderKey>, _ rhs: UnsafePointer<EventOrderKey>) -> Bool {
        if lhs.pointee.rank != rhs.pointee.rank { return lhs.pointee.rank < rhs.pointee.rank }
        switch (lhs.pointee.start, rhs.pointee.start) {
        case let (l?, r?):
            // Equal values have equal starts and ranks, so the integers can decide first.
            if (l.year, l.month, l.day) != (r.year, r.month, r.day) { return (l.year, l.month, l.day) < (r.year, r.month, r.day) }
            if lhs.pointee.precisionRank != rhs.pointee.precisionRank { return lhs.pointee.precisionRank < rhs.pointee.precisionRank }
            if lhs.pointee.value != rhs.pointee.value { return lhs.pointee.value < rhs.pointee.value }
            return idPrecedes(lhs, rhs)
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil):
            if let l = lhs.pointee.firstEvidence, let r = rhs.pointee.firstEvidence, l != r { return l < r }
            return idPrecedes(lhs, rhs)
        }
    }

    /// `lhs.id < rhs.id`, from the ids' first bytes when they differ there and both are ASCII.
    private static func idPrecedes(_ lhs: UnsafePointer<EventOrderKey>, _ rhs: UnsafePointer<EventOrderKey>) -> Bool {
        if let l = lhs.pointee.idPrefix, let r = rhs.pointee.idPrefix, l != r { return l < r }
        return lhs.pointee.id < rhs.pointee.id
    }

    package static func == (lhs: EventOrderKey, rhs: EventOrderKey) -> Bool { !(lhs < rhs) && !(rhs < lhs) }
}

extension Array {
    /// Whether no element comes before the one ahead of it.
    func isSorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> Bool {
        var index = 1
        while index < count {
            if areInIncreasingOrder(self[index], self[index - 1]) { return false }
            index += 1
        }
        return true
    }
}
