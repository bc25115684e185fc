import Testing
@testable import ChronicleExtraction

/// The one binary search behind offset maps, sentence views and title folding.
struct PartitionIndexTests {
    @Test func findsTheFirstElementOfTheSecondPartAtEveryBoundary() {
        for count in 0..<20 {
            let values = Array(0..<count)
            for boundary in 0...count {
                #expect(values.partitionIndex { $0 >= boundary } == boundary, "\(count) values, boundary \(boundary)")
            }
        }
    }
}
