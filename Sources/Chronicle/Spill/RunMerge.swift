/// The records of several sorted runs as one sorted sequence, the records that share a key in
/// different runs combined into one (each run holds a key at most once).
///
/// A binary heap of the runs, ordered by the key of the record each would give next, so a
/// record costs O(log runs) comparisons of keys computed once. Reading stops at the first
/// failure, which `failure` then holds: a sequence cannot throw.
final class RunMerge<Record, Key: Comparable>: Sequence, IteratorProtocol {
    private let readers: [RunReader]
    private let decode: (inout SpillDecoder) throws(SpillDecoder.Corrupt) -> Record
    private let key: (Record) -> Key
    private let combine: ([Record]) -> Record
    /// The next record of each run, nil once it is used up.
    private var heads: [(record: Record, key: Key)?]
    /// Runs with a head, as a min-heap by their head's key.
    private var heap: [Int] = []
    private(set) var failure: (any Error)?

    init(readers: [RunReader], decode: @escaping (inout SpillDecoder) throws(SpillDecoder.Corrupt) -> Record,
         key: @escaping (Record) -> Key, combine: @escaping ([Record]) -> Record)
    {
        self.readers = readers
        self.decode = decode
        self.key = key
        self.combine = combine
        heads = Array(repeating: nil, count: readers.count)
    }

    /// False until the first record is asked for: runs are read from then on, not when the merge is made.
    private var started = false

    func next() -> Record? {
        if !started {
            started = true
            for run in readers.indices where advance(run) { push(run) }
        }
        guard failure == nil, let first = heap.first, let head = heads[first] else { return nil }
        var group = [head.record]
        popAndRefill()
        while failure == nil, let run = heap.first, let other = heads[run], other.key == head.key {
            group.append(other.record)
            popAndRefill()
        }
        guard failure == nil else { return nil }
        return group.count == 1 ? group[0] : combine(group)
    }

    /// Takes the top run off the heap and puts it back with its next record, if it has one.
    private func popAndRefill() {
        let run = heap[0]
        if advance(run) {
            siftDown(from: 0)
        } else {
            heap[0] = heap[heap.count - 1]
            heap.removeLast()
            if !heap.isEmpty { siftDown(from: 0) }
        }
    }

    /// Reads the next record of `run` into its head; false when it has none (or reading failed).
    private func advance(_ run: Int) -> Bool {
        do {
            guard let record = try readers[run].next(decode) else {
                heads[run] = nil
                return false
            }
            heads[run] = (record, key(record))
            return true
        } catch {
            failure = error
            heads[run] = nil
            return false
        }
    }

    private func precedes(_ a: Int, _ b: Int) -> Bool {
        guard let left = heads[a]?.key, let right = heads[b]?.key else { return heads[a] != nil }
        return left < right || !(right < left) && a < b
    }

    private func push(_ run: Int) {
        heap.append(run)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard precedes(heap[child], heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private func siftDown(from start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < heap.count, precedes(heap[left], heap[smallest]) { smallest = left }
            if right < heap.count, precedes(heap[right], heap[smallest]) { smallest = right }
            if smallest == parent { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
