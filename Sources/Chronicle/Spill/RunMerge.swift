import ChronicleExport
import ChronicleModel
import Foundation

/// A kind of record sorted runs hold: how its key is read, how it is read back whole, and how the
/// copies of one record from several runs become one.
protocol SpilledRecord: Sendable {
    associatedtype Key: Comparable
    /// The record's place in the output, read from the start of its bytes without reading all of
    /// them; two runs hold the same record when their keys are equal.
    static func key(from decoder: inout SpillDecoder) throws(SpillDecoder.Corrupt) -> Key
    static func decode(from decoder: inout SpillDecoder) throws(SpillDecoder.Corrupt) -> Self
    static func combined(_ records: [Self]) -> Self
}

extension Event: SpilledRecord {
    static func key(from decoder: inout SpillDecoder) throws(SpillDecoder.Corrupt) -> EventOrderKey { try decoder.eventKey() }
    static func decode(from decoder: inout SpillDecoder) throws(SpillDecoder.Corrupt) -> Event { try decoder.event() }
    static func combined(_ records: [Event]) -> Event { Timeline.combined(records) }
}

extension Relation: SpilledRecord {
    static func key(from decoder: inout SpillDecoder) throws(SpillDecoder.Corrupt) -> Timeline.RelationKey { try decoder.relationKey() }
    static func decode(from decoder: inout SpillDecoder) throws(SpillDecoder.Corrupt) -> Relation { try decoder.relation() }
    static func combined(_ records: [Relation]) -> Relation { Timeline.combined(records) }
}

/// One record of the output as the runs that hold it wrote it: the bytes of each copy, to be
/// decoded and combined by the thread that encodes it (`DeferredRecord`), which then frees it too.
struct SpilledRecordBytes<Record: SpilledRecord>: DeferredRecord {
    /// Each copy behind its length (`RecordLength`), as in a run.
    let bytes: [UInt8]
    let copies: Int
    /// Where a record that cannot be decoded is reported.
    let failures: UndecodedRecords

    /// About as many evidence items as the bytes hold: an item, with its sentence, takes a hundred bytes or more.
    var size: Int { bytes.count / 128 + 1 }

    func make() -> Record? {
        let made: Record? = bytes.withUnsafeBytes { bytes in
            do throws(SpillDecoder.Corrupt) {
                var records: [Record] = []
                var start = 0
                while start + RecordLength.size <= bytes.count {
                    let length = RecordLength.read(at: start, in: bytes)
                    start += RecordLength.size
                    var decoder = SpillDecoder(UnsafeRawBufferPointer(rebasing: bytes[start..<(start + length)]))
                    let record = try Record.decode(from: &decoder)
                    if copies == 1 { return record }
                    records.append(record)
                    start += length
                }
                return Record.combined(records)
            } catch {
                return nil
            }
        }
        if made == nil { failures.report() }
        return made
    }
}

/// Whether a record drawn from sorted runs could not be decoded where it was encoded; shared by
/// the records of one merge and read once its list is written.
final class UndecodedRecords: @unchecked Sendable {
    private let lock = NSLock()
    private var reported: FileSystem.Failure?
    private let failure: FileSystem.Failure

    /// - Parameter failure: the error to give when a record cannot be decoded.
    init(failure: FileSystem.Failure) { self.failure = failure }

    func report() { lock.withLock { reported = failure } }

    var error: FileSystem.Failure? { lock.withLock { reported } }
}

/// The records of several sorted runs as one sorted sequence, the records that share a key in
/// different runs gathered into one (each run holds a key at most once).
///
/// Only keys are decoded here: a binary heap of the runs, ordered by the key of the record each
/// would give next, costs O(log runs) comparisons a record, and each record leaves as its bytes
/// (`SpilledRecordBytes`), to be decoded on the thread that encodes it. When this thread decoded
/// every record, it did more than half the work of writing `timeline.json` from disk alone, and the
/// records it made were freed on the encoders' threads. Reading stops at the first failure, which
/// `failure` then holds: a sequence cannot throw.
///
/// A value type driven by `EventRunMerge` and `RelationRunMerge`: code that iterates a generic
/// class through `Sequence` in another module runs its unspecialized form.
struct RunMerge<Record: SpilledRecord> {
    private let readers: [RunReader]
    /// The bytes of each run's next record, lent by its reader until the run is read on; nil once it is used up.
    private var heads: [UnsafeRawBufferPointer?]
    /// Runs with a next record and that record's key, as a min-heap by key then run.
    private var heap: [(key: Record.Key, run: Int)] = []
    private(set) var failure: (any Error)?
    let undecoded: UndecodedRecords
    /// False until the first record is asked for: runs are read from then on, not when the merge is made.
    private var started = false

    init(readers: [RunReader], undecoded: UndecodedRecords) {
        self.readers = readers
        self.undecoded = undecoded
        heads = Array(repeating: nil, count: readers.count)
    }

    mutating func next() -> SpilledRecordBytes<Record>? {
        if !started {
            started = true
            for run in readers.indices {
                if let key = advance(run) { push((key, run)) }
            }
        }
        guard failure == nil, let top = heap.first, let head = heads[top.run] else { return nil }
        // Copied out before the run is read on, which reuses its buffer.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(RecordLength.size + head.count)
        RunMerge.append(head, to: &bytes)
        heads[top.run] = nil
        popAndRefill()
        var copies = 1
        while failure == nil, let other = heap.first, other.key == top.key, let copy = heads[other.run] {
            RunMerge.append(copy, to: &bytes)
            copies += 1
            heads[other.run] = nil
            popAndRefill()
        }
        guard failure == nil else { return nil }
        return SpilledRecordBytes(bytes: bytes, copies: copies, failures: undecoded)
    }

    /// Appends a record's bytes behind their length, as a run holds them.
    private static func append(_ record: UnsafeRawBufferPointer, to bytes: inout [UInt8]) {
        let lengthAt = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: RecordLength.size))
        RecordLength.write(record.count, into: &bytes, at: lengthAt)
        bytes.append(contentsOf: record)
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

    /// Reads on in `run`, keeping its next record's bytes as its head, and returns that record's
    /// key; nil when the run has no more records (or reading failed).
    private mutating func advance(_ run: Int) -> Record.Key? {
        do {
            guard let bytes = try readers[run].nextRecord() else { return nil }
            var decoder = SpillDecoder(bytes)
            let key: Record.Key
            do { key = try Record.key(from: &decoder) } catch { throw readers[run].corrupt() }
            heads[run] = bytes
            return key
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

/// The events of several runs in output order, as bytes; see `RunMerge`. A class, so the failure
/// can be read after a writer has drawn the sequence to its end.
final class EventRunMerge: Sequence, IteratorProtocol {
    private var merge: RunMerge<Event>
    init(readers: [RunReader], undecoded: UndecodedRecords) { merge = RunMerge(readers: readers, undecoded: undecoded) }
    func next() -> SpilledRecordBytes<Event>? { merge.next() }
    /// A run that could not be read back, or a record that could not be decoded.
    var failure: (any Error)? { merge.failure ?? merge.undecoded.error }
}

/// The relations of several runs in output order, as bytes; see `RunMerge`.
final class RelationRunMerge: Sequence, IteratorProtocol {
    private var merge: RunMerge<Relation>
    init(readers: [RunReader], undecoded: UndecodedRecords) { merge = RunMerge(readers: readers, undecoded: undecoded) }
    func next() -> SpilledRecordBytes<Relation>? { merge.next() }
    var failure: (any Error)? { merge.failure ?? merge.undecoded.error }
}
