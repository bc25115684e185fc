import Dispatch

extension JSONOutput {
    /// Writes an array whose elements are encoded on `threads` threads, a batch at a time, and
    /// joined in order: the same bytes as `array(_:_:)`, without leaving the last stage of a
    /// many-threaded run (writing a 100 MB timeline.json) to one core.
    mutating func array<Item: Sendable>(_ items: [Item], threads: Int,
                                        _ element: @escaping @Sendable (inout JSONOutput, Item) -> Void) {
        guard threads > 1, items.count >= 2 * Self.batchPerThread else {
            array(items, element)
            return
        }
        let (pretty, memberDepth) = (pretty, nestingDepth + 1)
        open(UInt8(ascii: "["))
        let batch = Self.batchPerThread * threads
        let pieces = PieceSlots(count: threads)
        defer { pieces.release() }
        for batchStart in stride(from: 0, to: items.count, by: batch) {
            let batchEnd = min(items.count, batchStart + batch)
            let share = (batchEnd - batchStart + threads - 1) / threads
            DispatchQueue.concurrentPerform(iterations: threads) { thread in
                let start = batchStart + thread * share
                let end = min(batchEnd, start + share)
                var piece = JSONOutput(pretty: pretty, depth: memberDepth, isFirst: start == 0)
                if start < end {
                    for index in start..<end {
                        piece.startMember()
                        element(&piece, items[index])
                    }
                }
                pieces[thread] = piece.bytes
            }
            for thread in 0..<threads { appendPiece(pieces[thread]) }
        }
        close(UInt8(ascii: "]"))
    }

    /// Elements each thread encodes per batch: enough to amortise the hand-off, few enough to keep memory small.
    static var batchPerThread: Int { 512 }

    /// One finished piece per thread; each thread writes only its own slot.
    private final class PieceSlots: @unchecked Sendable {
        private let slots: UnsafeMutablePointer<[UInt8]>
        private let count: Int

        init(count: Int) {
            self.count = count
            slots = .allocate(capacity: count)
            slots.initialize(repeating: [], count: count)
        }

        subscript(index: Int) -> [UInt8] {
            get { slots[index] }
            set { slots[index] = newValue }
        }

        func release() {
            slots.deinitialize(count: count)
            slots.deallocate()
        }
    }
}
