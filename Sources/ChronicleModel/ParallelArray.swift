import Dispatch
import Synchronization

/// The few whole-list passes that end a run (sorting evidence, ordering events), spread over
/// threads so the last stage of a many-threaded run does not fall back to one core. Each thread
/// owns distinct elements; results do not depend on the number of threads.
extension Array where Element: Sendable {
    /// Updates every element in place. Threads take contiguous chunks of elements from a shared
    /// counter until none is left, so long and short elements spread evenly and no two threads
    /// write next to each other: taking every `threads`-th element put both threads' writes on
    /// the same cache lines (an event is about two lines long), and every line went back and
    /// forth between the cores.
    mutating func updateEach(threads: Int, _ update: @escaping @Sendable (inout Element) -> Void) {
        withUnsafeMutableBufferPointer { buffer in
            let shared = SharedBuffer(buffer)
            forEachChunk(of: shared.buffer.count, threads: threads) { chunk in
                for index in chunk { update(&shared.buffer[index]) }
            }
        }
    }

    /// Folds elements of `others` into elements of this array: `fold(&self[place], &others[index])`
    /// for each index of `others` whose `place(index)` is not negative, spread over threads as
    /// `updateEach(threads:_:)` spreads its elements. No two indices may have the same place, so no
    /// two threads touch one element, and the result does not depend on the number of threads.
    mutating func fold(from others: inout [Element], threads: Int, place: @escaping @Sendable (Int) -> Int,
                       _ fold: @escaping @Sendable (_ kept: inout Element, _ other: inout Element) -> Void) {
        withUnsafeMutableBufferPointer { kept in
            others.withUnsafeMutableBufferPointer { others in
                let (kept, others) = (SharedBuffer(kept), SharedBuffer(others))
                forEachChunk(of: others.buffer.count, threads: threads) { chunk in
                    for index in chunk {
                        let target = place(index)
                        if target >= 0 { fold(&kept.buffer[target], &others.buffer[index]) }
                    }
                }
            }
        }
    }

    /// `map` on `threads` threads (in chunks, as `updateEach` spreads its elements), `transform`
    /// given each element's address. Fields read through the address are copied one by one; an
    /// element lent from an array or a buffer was copied whole first, retaining every string and
    /// list in it (for an event's sort key, eight of them to read three).
    /// Each thread writes its results straight into their place in the new array (joining lists
    /// of results copied every one: for event keys, three strings retained and released each).
    func parallelMap<Result: Sendable>(threads: Int, _ transform: @escaping @Sendable (UnsafePointer<Element>) -> Result) -> [Result] {
        // An empty result is made apart: `unsafeUninitializedCapacity` writes its count of zero into
        // the one empty-array storage every thread shares, which ThreadSanitizer reports as a race.
        guard !isEmpty else { return [] }
        return [Result](unsafeUninitializedCapacity: count) { results, initialized in
            initializeMapped(SharedBuffer(results), threads: threads, transform)
            initialized = count
        }
    }

    /// `body` lent what `parallelMap` would return, in a buffer that threads fill and then empty
    /// again (`transform` on `threads` threads, as `updateEach` spreads its elements): results that
    /// hold strings cost as much to free as to make, and the sort keys of 74,000 events took 5 ms
    /// to free on one core while the others waited.
    func withParallelMap<Mapped: Sendable, Result>(threads: Int, _ transform: @escaping @Sendable (UnsafePointer<Element>) -> Mapped,
                                                   _ body: (UnsafeBufferPointer<Mapped>) -> Result) -> Result {
        let mapped = SharedBuffer(UnsafeMutableBufferPointer<Mapped>.allocate(capacity: count))
        defer { mapped.buffer.deallocate() }
        initializeMapped(mapped, threads: threads, transform)
        defer {
            forEachChunk(of: mapped.buffer.count, threads: threads) { chunk in
                if !chunk.isEmpty { (mapped.buffer.baseAddress! + chunk.lowerBound).deinitialize(count: chunk.count) }
            }
        }
        return body(UnsafeBufferPointer(mapped.buffer))
    }

    /// Initializes each place of `target` (as long as this list) to `transform` of the element at the
    /// same index, on `threads` threads: what `parallelMap` and `withParallelMap` fill their results with.
    private func initializeMapped<Mapped>(_ target: SharedBuffer<Mapped>, threads: Int,
                                          _ transform: @escaping @Sendable (UnsafePointer<Element>) -> Mapped) {
        withUnsafeBufferPointer { elements in
            let source = SharedConstantBuffer(elements)
            forEachChunk(of: source.buffer.count, threads: threads) { chunk in
                for index in chunk { (target.buffer.baseAddress! + index).initialize(to: transform(source.buffer.baseAddress! + index)) }
            }
        }
    }

    /// Puts the list in the order `before` gives, as a stable sort does: the indices are sorted on
    /// `threads` threads (`sortedIndices`), `before` comparing elements where they lie, and then each
    /// element moves into its place once (`permute`). Sorting the list itself moved whole records
    /// at every step, and copied each one it compared.
    mutating func sortByIndices(threads: Int, by before: @escaping @Sendable (UnsafePointer<Element>, UnsafePointer<Element>) -> Bool) {
        let order = withUnsafeBufferPointer { items in
            let items = SharedConstantBuffer(items)
            return sortedIndices(count: items.buffer.count, threads: threads) {
                before(items.buffer.baseAddress! + $0, items.buffer.baseAddress! + $1)
            }
        }
        permute(into: order, threads: threads)
    }

    /// Puts `self[order[0]]` first, `self[order[1]]` second and so on, moving elements without
    /// copying them (no reference counting of their strings and lists).
    ///
    /// On one thread, in place, cycle by cycle. On more, each element moves out to its new place
    /// in a scratch buffer and the buffer moves back, each pass shared by the threads: following
    /// the cycles of 74,000 events, which lie all over memory, took about 10 ms on one core while the
    /// others waited. The scratch buffer is as large as the list, for that moment.
    /// - Precondition: `order` holds every index of the list once.
    mutating func permute(into order: [Int], threads: Int) {
        precondition(order.count == count, "an order for every element")
        guard threads > 1, count >= 2 * threads else {
            var order = order
            withUnsafeMutableBufferPointer { items in
                for start in order.indices where order[start] != start {
                    var position = start
                    while order[position] != start {
                        let next = order[position]
                        items.swapAt(position, next)
                        order[position] = position
                        position = next
                    }
                    order[position] = position
                }
            }
            return
        }
        let scratch = SharedBuffer(UnsafeMutableBufferPointer<Element>.allocate(capacity: count))
        defer { scratch.buffer.deallocate() }
        withUnsafeMutableBufferPointer { items in
            let items = SharedBuffer(items)
            // Between the passes the list holds no element; nothing in them can fail.
            forEachChunk(of: order.count, threads: threads) { chunk in
                for index in chunk { (scratch.buffer.baseAddress! + index).moveInitialize(from: items.buffer.baseAddress! + order[index], count: 1) }
            }
            forEachChunk(of: order.count, threads: threads) { chunk in
                (items.buffer.baseAddress! + chunk.lowerBound).moveInitialize(from: scratch.buffer.baseAddress! + chunk.lowerBound, count: chunk.count)
            }
        }
    }
}

/// `work` on every index of `0..<count` in contiguous chunks that `threads` threads take from a
/// shared counter until none is left (on this thread alone for one thread or a short list).
private func forEachChunk(of count: Int, threads: Int, _ work: @escaping @Sendable (Range<Int>) -> Void) {
    guard threads > 1, count >= 2 * threads else {
        work(0..<count)
        return
    }
    // Enough chunks for the threads to even out, few enough that taking one costs nothing.
    let chunk = Swift.max(1, Swift.min(256, count / (8 * threads)))
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: threads) { _ in
        while true {
            let start = next.wrappingAdd(chunk, ordering: .relaxed).oldValue
            guard start < count else { return }
            work(start..<Swift.min(start + chunk, count))
        }
    }
}

/// The indices `0..<count` in the order `before` gives: each thread sorts a contiguous slice,
/// then the sorted slices are merged pairwise. Equal elements keep their index order, as in one
/// stable sort (the standard library's sort is stable, and a merge takes from the right slice
/// only what comes strictly first). `before` compares the elements at two indices; it should
/// read them in place (from a buffer), as copying an element per comparison can cost more than
/// the comparison.
func sortedIndices(count: Int, threads: Int, by before: @escaping @Sendable (Int, Int) -> Bool) -> [Int] {
    guard threads > 1, count >= 1024 else { return (0..<count).sorted(by: before) }
    var runs = resultsPerSlice(of: count, threads: threads) { $0.sorted(by: before) }
    while runs.count > 1 {
        var merged: [[Int]] = []
        for pair in stride(from: 0, to: runs.count, by: 2) {
            merged.append(pair + 1 < runs.count ? merging(runs[pair], runs[pair + 1], threads: threads, by: before) : runs[pair])
        }
        runs = merged
    }
    return runs[0]
}

/// Two sorted runs merged as `Array.merging` merges them (of elements that tie, the left run's
/// first), on `threads` threads: the result is cut into equal parts, and where each part starts
/// in either run is found by binary search, so the threads fill their parts at once. Merging the
/// last two runs of 74,000 events on one thread took 7 ms while the others waited.
private func merging(_ left: [Int], _ right: [Int], threads: Int, by before: @escaping @Sendable (Int, Int) -> Bool) -> [Int] {
    let total = left.count + right.count
    let starts = (0...threads).map { part in
        let first = total * part / threads
        let fromLeft = leftShare(ofFirst: first, merging: left, right, by: before)
        return (left: fromLeft, right: first - fromLeft)
    }
    return [Int](unsafeUninitializedCapacity: total) { output, initialized in
        let output = SharedBuffer(output)
        DispatchQueue.concurrentPerform(iterations: threads) { part in
            var (i, j) = starts[part]
            let (leftEnd, rightEnd) = starts[part + 1]
            var next = output.buffer.baseAddress! + i + j
            while i < leftEnd, j < rightEnd {
                if before(right[j], left[i]) {
                    next.initialize(to: right[j])
                    j += 1
                } else {
                    next.initialize(to: left[i])
                    i += 1
                }
                next += 1
            }
            while i < leftEnd { next.initialize(to: left[i]); i += 1; next += 1 }
            while j < rightEnd { next.initialize(to: right[j]); j += 1; next += 1 }
        }
        initialized = total
    }
}

/// How many of the first `count` elements of the merge of two sorted runs come from the left one:
/// the least number `i` such that taking `i` from the left and the rest from the right does not
/// leave out a left element that goes before a right one taken (ties go to the left).
private func leftShare(ofFirst count: Int, merging left: [Int], _ right: [Int], by before: (Int, Int) -> Bool) -> Int {
    var low = Swift.max(0, count - right.count), high = Swift.min(count, left.count)
    while low < high {
        let i = (low + high) / 2
        // Taking `i` from the left would leave out `left[i]` while `right[count - i - 1]`, which it does not follow, is in.
        if !before(right[count - i - 1], left[i]) { low = i + 1 } else { high = i }
    }
    return low
}

/// `work` on each of `threads` contiguous slices of `0..<count`, the slices on their own threads,
/// the results in slice order (an empty list for a slice with nothing in it).
package func resultsPerSlice<Result>(of count: Int, threads: Int, _ work: @escaping @Sendable (Range<Int>) -> [Result]) -> [[Result]] {
    resultsPerSlice(contiguousSlices(of: count, parts: threads), work)
}

/// `0..<count` cut into `parts` contiguous slices of equal length (the last ones shorter or empty).
private func contiguousSlices(of count: Int, parts: Int) -> [Range<Int>] {
    let share = (count + parts - 1) / parts
    return (0..<parts).map { part in Swift.min(count, part * share)..<Swift.min(count, part * share + share) }
}

/// `work` on each of `slices`, each on its own thread, the results in slice order (an empty list
/// for an empty slice).
package func resultsPerSlice<Result>(_ slices: [Range<Int>], _ work: @escaping @Sendable (Range<Int>) -> [Result]) -> [[Result]] {
    var results = [[Result]](repeating: [], count: slices.count)
    results.withUnsafeMutableBufferPointer { buffer in
        let shared = SharedBuffer(buffer)
        DispatchQueue.concurrentPerform(iterations: slices.count) { thread in
            shared.buffer[thread] = slices[thread].isEmpty ? [] : work(slices[thread])
        }
    }
    return results
}

/// `0..<sizes.count` cut into at most `parts` contiguous slices whose sizes add up to about the
/// same: the first slice ends where the running sum comes closest to a `parts`-th of the total,
/// and so on, so a heavy item is not pulled into a slice of light ones that came before it. A
/// size of zero counts as one, so a list of empty items is still shared out.
package func balancedSlices(of sizes: [Int], parts: Int) -> [Range<Int>] {
    let parts = Swift.max(1, parts)
    let total = sizes.reduce(0) { $0 + Swift.max(1, $1) }
    var slices: [Range<Int>] = []
    var start = 0, index = 0, sum = 0
    for part in 1...parts {
        // The sum at which this slice should end, rounded up so the last one ends at the total.
        let goal = (total * part + parts - 1) / parts
        while index < sizes.count, sum < goal {
            let size = Swift.max(1, sizes[index])
            // Stop short when taking the next item would overshoot by more than stopping leaves.
            if part < parts, index > start, sum + size - goal > goal - sum { break }
            sum += size
            index += 1
        }
        if index > start { slices.append(start..<index) }
        start = index
    }
    return slices
}

/// A buffer threads only read.
struct SharedConstantBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<Element>
    init(_ buffer: UnsafeBufferPointer<Element>) { self.buffer = buffer }
}

/// A buffer whose elements threads write at distinct indices.
private struct SharedBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
