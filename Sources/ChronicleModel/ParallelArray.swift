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
        guard threads > 1, count >= 2 * threads else {
            for index in indices { update(&self[index]) }
            return
        }
        // Enough chunks for the threads to even out, few enough that taking one costs nothing.
        let chunk = Swift.max(1, Swift.min(256, count / (8 * threads)))
        let next = Atomic<Int>(0)
        withUnsafeMutableBufferPointer { buffer in
            let shared = SharedBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                while true {
                    let start = next.wrappingAdd(chunk, ordering: .relaxed).oldValue
                    guard start < shared.buffer.count else { return }
                    for index in start..<Swift.min(start + chunk, shared.buffer.count) { update(&shared.buffer[index]) }
                }
            }
        }
    }

    /// `map` over contiguous slices on `threads` threads, `transform` given each element's address.
    /// Fields read through the address are copied one by one; an element lent from an array or a
    /// buffer was copied whole first, retaining every string and list in it (for an event's sort
    /// key, eight of them to read three).
    /// Each thread writes its results straight into their place in the new array (joining lists
    /// of results copied every one: for event keys, three strings retained and released each).
    func parallelMap<Result: Sendable>(threads: Int, _ transform: @escaping @Sendable (UnsafePointer<Element>) -> Result) -> [Result] {
        // An empty result is made apart: `unsafeUninitializedCapacity` writes its count of zero into
        // the one empty-array storage every thread shares, which ThreadSanitizer reports as a race.
        guard !isEmpty else { return [] }
        return withUnsafeBufferPointer { elements in
            let source = SharedConstantBuffer(elements)
            return [Result](unsafeUninitializedCapacity: count) { results, initialized in
                let target = SharedBuffer(results)
                @Sendable func mapSlice(_ range: Range<Int>) {
                    for index in range { (target.buffer.baseAddress! + index).initialize(to: transform(source.buffer.baseAddress! + index)) }
                }
                if threads > 1, count >= 2 * threads {
                    let slices = contiguousSlices(of: count, parts: threads)
                    DispatchQueue.concurrentPerform(iterations: slices.count) { mapSlice(slices[$0]) }
                } else {
                    mapSlice(0..<count)
                }
                initialized = count
            }
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
            merged.append(pair + 1 < runs.count ? [Int].merging(runs[pair], runs[pair + 1], by: before) : runs[pair])
        }
        runs = merged
    }
    return runs[0]
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
