import ChronicleModel
import Dispatch

extension JSONOutput {
    /// Writes an array whose elements are encoded on `threads` threads, a batch at a time, and
    /// joined in order: the same bytes as `array(_:_:)`, without leaving the last stage of a
    /// many-threaded run (writing a 100 MB timeline.json) to one core. Elements are drawn from
    /// `items` a batch at a time, so a sequence read from disk is never held whole: a batch ends
    /// at `batchPerThread` elements a thread, or sooner once their `size`s add up to `batchSize`.
    mutating func array<Items: Sequence>(_ items: Items, threads: Int, size: (Items.Element) -> Int = { _ in 1 },
                                         _ element: @escaping @Sendable (inout JSONOutput, Items.Element) -> Void)
        where Items.Element: Sendable
    {
        guard threads > 1 else {
            array(items, element)
            return
        }
        let (pretty, memberDepth) = (pretty, nestingDepth + 1)
        open(UInt8(ascii: "["))
        let batchSize = Self.batchPerThread * threads
        var iterator = items.makeIterator()
        var written = 0
        // While one batch is encoded, the next is drawn: for records merged back from disk, drawing
        // is as much work as encoding, and would otherwise leave the other threads waiting.
        var encoding: EncodingBatch?
        while true {
            var batch: [Items.Element] = []
            var sizes: [Int] = []
            batch.reserveCapacity(batchSize)
            sizes.reserveCapacity(batchSize)
            var gathered = 0
            while batch.count < batchSize, gathered < Self.batchSize, let item = iterator.next() {
                sizes.append(size(item))
                gathered += sizes[sizes.count - 1]
                batch.append(item)
            }
            if let encoding {
                for piece in encoding.pieces() { appendPiece(piece) }
            }
            encoding = nil
            if batch.isEmpty { break }
            let first = written
            // A short batch is not worth the hand-off. A batch cut short by its size (a few relations
            // with thousands of sentences each) is shared by size, not by count.
            let isWorthSharing = batch.count >= 2 * Self.batchPerThread || gathered >= Self.batchSize
            let slices = isWorthSharing ? balancedSlices(of: sizes, parts: threads) : [0..<batch.count]
            encoding = EncodingBatch(slices: slices) { [batch] slice in
                var piece = JSONOutput(pretty: pretty, depth: memberDepth, isFirst: first + slice.lowerBound == 0)
                for index in slice {
                    piece.startMember()
                    element(&piece, batch[index])
                }
                return piece.bytes
            }
            written += batch.count
        }
        close(UInt8(ascii: "]"))
    }

    /// Elements each thread encodes per batch: enough to amortise the hand-off, few enough to keep memory small.
    static var batchPerThread: Int { 512 }
    /// The most a batch holds by its elements' sizes (evidence items, for events and relations), so a
    /// batch of relations, each with thousands of sentences, stays a few megabytes.
    static var batchSize: Int { 1 << 14 }
}

/// The slices of one batch of elements being encoded on their own threads; `pieces()` waits for
/// them and gives their text in slice order.
private final class EncodingBatch: @unchecked Sendable {
    private let group = DispatchGroup()
    /// One piece per slice, each written by its slice's thread alone and read after `group` is done.
    private let encoded: UnsafeMutableBufferPointer<[UInt8]>

    init(slices: [Range<Int>], encode: @escaping @Sendable (Range<Int>) -> [UInt8]) {
        encoded = .allocate(capacity: slices.count)
        _ = encoded.initialize(from: repeatElement([], count: slices.count))
        for (index, slice) in slices.enumerated() {
            DispatchQueue.global().async(group: group) { [self] in encoded[index] = encode(slice) }
        }
    }

    /// Runs once every slice's thread is done: each holds the batch until then.
    deinit {
        encoded.deinitialize()
        encoded.deallocate()
    }

    func pieces() -> [[UInt8]] {
        group.wait()
        return Array(encoded)
    }
}
