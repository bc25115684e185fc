import ChronicleModel

/// A kind of record sorted runs hold: how it is read back, where it goes in the output, and how
/// the copies of one record from several runs become one.
protocol SpilledRecord {
    associatedtype Key: Comparable
    static func decode(from decoder: inout SpillDecoder) throws(SpillDecoder.Corrupt) -> Self
    /// The record's place in the output; two runs hold the same record when their keys are equal.
    var runKey: Key { get }
    static func combined(_ records: [Self]) -> Self
}

extension Event: SpilledRecord {
    static func decode(from decoder: inout SpillDecoder) throws(SpillDecoder.Corrupt) -> Event { try decoder.event() }
    var runKey: EventOrderKey { EventOrderKey(self) }
    static func combined(_ records: [Event]) -> Event { Timeline.combined(records) }
}

extension Relation: SpilledRecord {
    static func decode(from decoder: inout SpillDecoder) throws(SpillDecoder.Corrupt) -> Relation { try decoder.relation() }
    var runKey: Timeline.RelationKey { Timeline.RelationKey(self) }
    static func combined(_ records: [Relation]) -> Relation { Timeline.combined(records) }
}

/// The records of several sorted runs as one sorted sequence, the records that share a key in
/// different runs combined into one (each run holds a key at most once).
///
/// A binary heap of the runs, ordered by the key of the record each would give next, so a
/// record costs O(log runs) comparisons of keys computed once. Reading stops at the first
/// failure, which `failure` then holds: a sequence cannot throw.
///
/// A value type driven by `EventRunMerge` and `RelationRunMerge`: code that iterates a generic
/// class through `Sequence` in another module runs its unspecialized form, which copies every
/// record through runtime metadata and made the merge three times slower.
struct RunMerge<Record: SpilledRecord> {
    private let readers: [RunReader]
    /// The next record of each run, nil once it is used up.
    private var heads: [Record?]
    /// Runs with a next record and that record's key, as a min-heap by key then run. The keys
    /// live in the heap, not beside the records, so comparing two runs copies no record.
    private var heap: [(key: Record.Key, run: Int)] = []
    private(set) var failure: (any Error)?
    /// False until the first record is asked for: runs are read from then on, not when the merge is made.
    private var started = false

    init(readers: [RunReader]) {
        self.readers = readers
        heads = Array(repeating: nil, count: readers.count)
    }

    mutating func next() -> Record? {
        if !started {
            started = true
            for run in readers.indices {
                if let key = advance(run) { push((key, run)) }
            }
        }
        guard failure == nil, let top = heap.first, let record = heads[top.run] else { return nil }
        heads[top.run] = nil
        popAndRefill()
        // Most records are in one run only: the list of copies is made only for the others.
        var copies: [Record] = []
        while failure == nil, let other = heap.first, other.key == top.key, let copy = heads[other.run] {
            if copies.isEmpty { copies.append(record) }
            copies.append(copy)
            heads[other.run] = nil
            popAndRefill()
        }
        guard failure == nil else { return nil }
        return copies.isEmpty ? record : Record.combined(copies)
    }

    /// Takes the top run off the heap and puts it back with its next record, if it has one.
    private mutating func popAndRefill() {
        let run = heap[0].run
        if let key = advance(run) {
            heap[0].key = key
        } else {
            heap.swapAt(0, heap.count - 1)
            heap.removeLast()
        }
        if !heap.isEmpty { siftDown(from: 0) }
    }

    /// Reads the next record of `run` into its head and returns its key; nil when the run has no
    /// more records (or reading failed).
    private mutating func advance(_ run: Int) -> Record.Key? {
        do {
            guard let record = try readers[run].next(Record.decode(from:)) else { return nil }
            heads[run] = record
            return record.runKey
        } catch {
            failure = error
            return nil
        }
    }

    private func precedes(_ a: Int, _ b: Int) -> Bool {
        heap[a].key < heap[b].key || !(heap[b].key < heap[a].key) && heap[a].run < heap[b].run
    }

    private mutating func push(_ entry: (key: Record.Key, run: Int)) {
        heap.append(entry)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard precedes(child, parent) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(from start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < heap.count, precedes(left, smallest) { smallest = left }
            if right < heap.count, precedes(right, smallest) { smallest = right }
            if smallest == parent { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}

/// The events of several runs in output order; see `RunMerge`. A class, so the failure can be
/// read after a writer has drawn the sequence to its end.
final class EventRunMerge: Sequence, IteratorProtocol {
    private var merge: RunMerge<Event>
    init(readers: [RunReader]) { merge = RunMerge(readers: readers) }
    func next() -> Event? { merge.next() }
    var failure: (any Error)? { merge.failure }
}

/// The relations of several runs in output order; see `RunMerge`.
final class RelationRunMerge: Sequence, IteratorProtocol {
    private var merge: RunMerge<Relation>
    init(readers: [RunReader]) { merge = RunMerge(readers: readers) }
    func next() -> Relation? { merge.next() }
    var failure: (any Error)? { merge.failure }
}
