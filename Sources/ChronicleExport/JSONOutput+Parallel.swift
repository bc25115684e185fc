import ChronicleModel
import Dispatch
import Foundation

extension JSONOutput {
    /// Writes an array whose elements are encoded on `threads` threads, a batch at a time, and
    /// joined in order: the same bytes as `array(_:_:)`, without leaving the last stage of a
    /// many-threaded run (writing a 100 MB timeline.json) to one core. Elements are drawn from
    /// `items` a batch at a time, so a sequence read from disk is never held whole: a batch ends
    /// at `batchPerThread` elements a thread, or sooner once their `size`s add up to `batchSize`.
    /// An array's elements are not drawn at all but read in place.
    mutating func array<Items: Sequence>(_ items: Items, threads: Int, size: (borrowing Items.Element) -> Int = { _ in 1 },
                                         _ element: @escaping @Sendable (inout JSONOutput, borrowing Items.Element) -> Void)
        where Items.Element: Sendable
    {
        guard threads > 1 else {
            array(items, element)
            return
        }
        // A list in memory is encoded where it lies: copying its elements into batches retained
        // every string and list in them on this thread while the encoders retained them on theirs.
        // (Read from the array, not from an unsafe buffer: an element read from a buffer is copied
        // to be lent, as nothing stops others writing the memory meanwhile.)
        if let elements = items as? [Items.Element] {
            var start = 0
            encodeBatches(threads: threads) {
                let (count, sizes) = Self.nextBatch(threads: threads) { start + $0 < elements.count ? size(elements[start + $0]) : nil }
                guard count > 0 else { return nil }
                let first = start
                start += count
                return (first, sizes, { piece, member in element(&piece, elements[first + member]) })
            }
            return
        }
        var iterator = items.makeIterator()
        var drawn = 0
        encodeBatches(threads: threads) {
            var batch: [Items.Element] = []
            batch.reserveCapacity(Self.batchPerThread * threads)
            let (count, sizes) = Self.nextBatch(threads: threads) { _ in
                guard let item = iterator.next() else { return nil }
                batch.append(item)
                return size(item)
            }
            guard count > 0 else { return nil }
            let first = drawn
            drawn += count
            return (first, sizes, { [batch] piece, member in element(&piece, batch[member]) })
        }
    }

    /// Draws one batch: items `0, 1, ...` by their `size` (nil past the last) until the batch holds
    /// `batchPerThread` items a thread or their sizes add up to `batchSize`.
    private static func nextBatch(threads: Int, size: (Int) -> Int?) -> (count: Int, sizes: [Int]) {
        var sizes: [Int] = []
        sizes.reserveCapacity(batchPerThread * threads)
        var gathered = 0
        while sizes.count < batchPerThread * threads, gathered < batchSize, let next = size(sizes.count) {
            sizes.append(next)
            gathered += next
        }
        return (sizes.count, sizes)
    }

    /// The members of an open array, encoded a batch at a time on `threads` threads and joined in
    /// order. `next` gives each batch: the index of its first member in the array, its members'
    /// sizes, and how to write its `k`th member. While one batch is encoded, the one before is
    /// joined and handed to the sink, so the encoders do not wait for the writing.
    private mutating func encodeBatches(threads: Int, next: () -> (first: Int, sizes: [Int], write: @Sendable (inout JSONOutput, Int) -> Void)?) {
        let (pretty, memberDepth) = (pretty, nestingDepth + 1)
        // Joined pieces' buffers are written into again: a fresh buffer for each piece cost more than
        // the encoding, in copies as it doubled from a few kilobytes and in the kernel's faults on new pages.
        let spares = SpareBuffers()
        defer { spares.deallocateAll() }
        open(UInt8(ascii: "["))
        var encoding: EncodingBatch?
        while let (first, sizes, write) = next() {
            // A short batch is not worth the hand-off, unless its members are heavy: a few hundred
            // relations with dozens of sentences each are most of a small corpus's timeline.json.
            // A batch with heavy members is shared by size, not by count.
            let isWorthSharing = sizes.count >= 2 * Self.batchPerThread || (sizes.count >= threads && sizes.reduce(0, +) >= Self.sharedSize)
            let slices = isWorthSharing ? balancedSlices(of: sizes, parts: threads) : [0..<sizes.count]
            let batch = EncodingBatch(slices: slices) { slice in
                var piece = JSONOutput(pretty: pretty, depth: memberDepth, isFirst: first + slice.lowerBound == 0, storage: spares.take())
                for index in slice {
                    piece.startMember()
                    write(&piece, index)
                }
                return piece.takePiece()
            }
            if let encoding { join(encoding, spares) }
            encoding = batch
        }
        if let encoding { join(encoding, spares) }
        close(UInt8(ascii: "]"))
    }

    /// Appends a batch's pieces in order once they are all encoded, and keeps their buffers for the next.
    private mutating func join(_ batch: EncodingBatch, _ spares: SpareBuffers) {
        for piece in batch.pieces() {
            appendPiece(piece)
            spares.give(piece)
        }
    }

    /// Elements each thread encodes per batch: enough to amortise the hand-off, few enough to keep memory small.
    static var batchPerThread: Int { 512 }
    /// The most a batch holds by its elements' sizes (evidence items, for events and relations), so a
    /// batch of relations, each with thousands of sentences, stays a few megabytes.
    static var batchSize: Int { 1 << 14 }
    /// The least a batch of fewer elements must hold by their sizes to be shared among threads:
    /// a thousand evidence items take about a third of a millisecond to encode, far more than the hand-off.
    static var sharedSize: Int { 1 << 10 }
}

/// The slices of one batch of elements being encoded on their own threads; `pieces()` waits for
/// them and gives their text in slice order.
private final class EncodingBatch: @unchecked Sendable {
    private let group = DispatchGroup()
    /// One piece per slice, each written by its slice's thread alone and read after `group` is done.
    private let encoded: UnsafeMutableBufferPointer<JSONOutput.Piece?>

    init(slices: [Range<Int>], encode: @escaping @Sendable (Range<Int>) -> JSONOutput.Piece) {
        encoded = .allocate(capacity: slices.count)
        encoded.initialize(repeating: nil)
        for (index, slice) in slices.enumerated() {
            DispatchQueue.global().async(group: group) { [self] in encoded[index] = encode(slice) }
        }
    }

    /// Runs once every slice's thread is done: each holds the batch until then.
    deinit {
        encoded.deallocate()
    }

    /// The pieces, which are the caller's from then on (to join, then to free or reuse).
    func pieces() -> [JSONOutput.Piece] {
        group.wait()
        return encoded.map { $0! }
    }
}

/// Buffers of joined pieces, for the pieces still to be encoded (a few: two batches' slices are in
/// flight at most). Guarded by an `NSLock`, a pthread mutex that ThreadSanitizer follows, where it
/// cannot see the futex under `Mutex` and reported its accesses as races.
private final class SpareBuffers: @unchecked Sendable {
    private let lock = NSLock()
    private var buffers: [JSONOutput.Piece] = []

    /// A spare buffer, emptied, or nil when there is none.
    func take() -> JSONOutput.Piece? {
        lock.withLock { buffers.popLast() }
    }

    func give(_ piece: JSONOutput.Piece) {
        lock.withLock { buffers.append(piece) }
    }

    func deallocateAll() {
        lock.withLock {
            for piece in buffers { piece.start.deallocate() }
            buffers = []
        }
    }
}
