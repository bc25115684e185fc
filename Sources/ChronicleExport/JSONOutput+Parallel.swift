import ChronicleModel

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
        for batchStart in stride(from: 0, to: items.count, by: batch) {
            let batchEnd = min(items.count, batchStart + batch)
            let pieces = resultsPerSlice(of: batchEnd - batchStart, threads: threads) { slice in
                var piece = JSONOutput(pretty: pretty, depth: memberDepth, isFirst: batchStart + slice.lowerBound == 0)
                for index in slice {
                    piece.startMember()
                    element(&piece, items[batchStart + index])
                }
                return piece.bytes
            }
            for piece in pieces { appendPiece(piece) }
        }
        close(UInt8(ascii: "]"))
    }

    /// Elements each thread encodes per batch: enough to amortise the hand-off, few enough to keep memory small.
    static var batchPerThread: Int { 512 }
}
