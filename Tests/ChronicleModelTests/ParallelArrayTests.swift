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
            #expect(values.sortedIndices(threads: threads, by: <) == expected, "\(count) values")
        }
    }

    @Test(arguments: [1, 2, 3, 8])
    func parallelMapKeepsOrder(threads: Int) {
        for count in [0, 3, 16, 10_001] {
            let values = Self.values(count)
            #expect(values.parallelMap(threads: threads) { $0 * 2 + 1 } == values.map { $0 * 2 + 1 })
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

    /// A merged timeline comes out the same whether one thread or several sort it.
    @Test func mergerGivesTheSameTimelineOnAnyNumberOfThreads() {
        let parts = (0..<40).map { TimelineMergeTests.part($0) }
        var one = Timeline.Merger(), four = Timeline.Merger()
        for part in parts { one.add(part); four.add(part) }
        #expect(one.timeline(threads: 1) == four.timeline(threads: 4))
    }
}
