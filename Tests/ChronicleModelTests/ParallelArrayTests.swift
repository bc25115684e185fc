import Testing
@testable import ChronicleModel

/// The passes that end a run give the same result on any number of threads.
struct ParallelArrayTests {
    /// Values with many repeats, so ties must fall back to index order.
    static func values(_ count: Int) -> [Int] { (0..<count).map { $0 * 7_919 % 613 } }

    @Test(arguments: [1, 2, 3, 4, 7])
    func sortedIndicesMatchAStableSort(threads: Int) {
        for count in [0, 1, 5, 1_023, 1_024, 5_000] {
            let values = Self.values(count)
            let expected = values.indices.sorted { (values[$0], $0) < (values[$1], $1) }
            #expect(sortedIndices(count: count, threads: threads) { values[$0] < values[$1] } == expected, "\(count) values")
        }
    }

    /// Lists of a few ascending runs (merged run by run) and of many (sorted) come out as a stable
    /// sort orders them: pairs that tie on the key keep their order.
    @Test(arguments: [1, 2, 3, 4, 5, 9])
    func stablySortedMatchesAStableSort(runs: Int) {
        for length in [0, 1, 2, 7, 40] {
            var list: [(key: Int, position: Int)] = []
            for run in 0..<runs {
                // Each run ascends by key with repeats, and starts below where the one before ended.
                let keys = (0..<length).map { ($0 * 3 + run) / 2 % 23 }.sorted()
                list += keys.map { (key: $0, position: 0) }
            }
            for index in list.indices { list[index].position = index }
            let expected = list.sorted { ($0.key, $0.position) < ($1.key, $1.position) }.map(\.position)
            #expect(list.stablySorted { $0.key < $1.key }.map(\.position) == expected, "\(runs) runs of \(length)")
        }
    }

    @Test(arguments: [1, 2, 3, 8])
    func parallelMapKeepsOrder(threads: Int) {
        for count in [0, 3, 16, 10_001] {
            let values = Self.values(count)
            #expect(values.parallelMap(threads: threads) { $0.pointee * 2 + 1 } == values.map { $0 * 2 + 1 })
        }
    }

    @Test(arguments: [1, 2, 3, 8])
    func updateEachTouchesEveryElementOnce(threads: Int) {
        for count in [0, 3, 16, 10_001] {
            var values = Self.values(count)
            values.updateEach(threads: threads) { $0 += 1_000 }
            #expect(values == Self.values(count).map { $0 + 1_000 })
        }
    }

    /// Strings long enough to live on the heap, so a copy too many or a move too few shows.
    @Test(arguments: [1, 2, 3, 8])
    func permuteMovesEachElementToItsPlace(threads: Int) {
        for count in [0, 1, 5, 16, 1_000] {
            let items = (0..<count).map { "item \($0) " + String(repeating: "x", count: $0 % 40) }
            let keys = Self.values(count)
            let order = keys.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
            var permuted = items
            permuted.permute(into: order, threads: threads)
            #expect(permuted == order.map { items[$0] }, "\(count) items")
        }
    }

    @Test(arguments: [1, 2, 3, 8])
    func withParallelMapLendsEveryResultInOrder(threads: Int) {
        for count in [0, 3, 16, 10_001] {
            let values = Self.values(count)
            let lent = values.withParallelMap(threads: threads, { "value \($0.pointee) of a list" }) { Array($0) }
            #expect(lent == values.map { "value \($0) of a list" }, "\(count) values")
        }
    }

    /// Each element of the other list that has a place folds into it once, on any number of threads.
    @Test(arguments: [1, 2, 3, 8])
    func foldTakesEachPlacedElementIntoItsPlaceOnce(threads: Int) {
        for count in [0, 3, 16, 10_001] {
            var kept = Self.values(count)
            var others = (0..<count).map { $0 + 1 }
            // Every third element has a place, in reverse order; the others have none.
            let place: @Sendable (Int) -> Int = { $0 % 3 == 0 ? count - 1 - $0 : -1 }
            kept.fold(from: &others, threads: threads, place: place) { kept, other in
                kept += other * 1_000
                other = -other
            }
            var expectedKept = Self.values(count)
            for index in 0..<count where index % 3 == 0 { expectedKept[count - 1 - index] += (index + 1) * 1_000 }
            #expect(kept == expectedKept, "\(count) elements")
            #expect(others == (0..<count).map { $0 % 3 == 0 ? -($0 + 1) : $0 + 1 }, "\(count) elements")
        }
    }

    @Test func balancedSlicesCoverEveryItemOnceAndShareTheSizes() {
        // One heavy item among light ones ends the first slice; the light ones after it make the second.
        #expect(balancedSlices(of: [1, 1, 1000, 1, 1, 1], parts: 2) == [0..<3, 3..<6])
        // A heavy item after many light ones is not pulled into their slice.
        let lightThenHeavy = [Int](repeating: 1, count: 1_000) + [100_000]
        #expect(balancedSlices(of: lightThenHeavy, parts: 4) == [0..<1_000, 1_000..<1_001])
        #expect(balancedSlices(of: [10, 10, 10, 10], parts: 2) == [0..<2, 2..<4])
        #expect(balancedSlices(of: [5], parts: 4) == [0..<1], "never more slices than items")
        #expect(balancedSlices(of: [], parts: 3) == [])
        #expect(balancedSlices(of: [0, 0, 0, 0], parts: 2) == [0..<2, 2..<4], "items of size zero still spread")
        for parts in [1, 2, 3, 8] {
            let sizes = Self.values(1_000).map { $0 % 50 }
            let slices = balancedSlices(of: sizes, parts: parts)
            #expect(slices.count <= parts)
            #expect(slices.first?.lowerBound == 0 && slices.last?.upperBound == sizes.count)
            #expect(zip(slices, slices.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound && !$0.isEmpty })
            let total = sizes.reduce(0) { $0 + max(1, $1) }
            let largest = slices.map { sizes[$0].reduce(0) { $0 + max(1, $1) } }.max() ?? 0
            #expect(largest <= total / parts + 50, "\(parts) parts: no slice holds much more than its share")
        }
    }

    @Test func resultsPerSliceKeepsSliceOrder() {
        let slices = [0..<0, 0..<4, 4..<5, 5..<9]
        let results = resultsPerSlice(slices) { Array($0) }
        #expect(results == [[], [0, 1, 2, 3], [4], [5, 6, 7, 8]])
    }

    /// A merged timeline comes out the same whether one thread or several sort it.
    @Test func mergerGivesTheSameTimelineOnAnyNumberOfThreads() {
        let parts = (0..<40).map { TimelineMergeTests.part($0) }
        var one = Timeline.Merger(), four = Timeline.Merger()
        for part in parts { one.add(part); four.add(part) }
        #expect(one.timeline(threads: 1) == four.timeline(threads: 4))
    }
}
