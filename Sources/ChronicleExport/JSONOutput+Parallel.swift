import ChronicleModel
import Dispatch
import Foundation

extension JSONOutput {
    /// Writes an array whose elements are encoded on `threads` threads, a batch at a time, and
    /// joined in order: the same bytes as `array(_:_:)`, without leaving the last stage of a
    /// many-threaded run (writing a 100 MB timeline.json) to one core. Elements are drawn from
    /// `items` a batch at a time, so a sequence read from disk is never held whole; an array's
    /// elements are not drawn at all but read in place, in smaller batches (`BatchLimits`).
    ///
    /// `size` reads an element's weight (its evidence items) through its address: an element of an
    /// array handed to a closure as a value was copied first, every string and list in it retained
    /// and released again, by the thread that joins the batches while the encoders read the same records.
    mutating func array<Items: Sequence>(_ items: Items, threads: Int, size: (UnsafePointer<Items.Element>) -> Int = { _ in 1 },
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
            encodeBatches(threads: threads, limits: .inPlace) {
                let (count, sizes) = Self.nextBatch(threads: threads, limits: .inPlace) { member in
                    start + member < elements.count ? elements.withUnsafeBufferPointer { size($0.baseAddress! + start + member) } : nil
                }
                guard count > 0 else { return nil }
                let first = start
                start += count
                return (first, sizes, nil, { piece, member in element(&piece, elements[first + member]) })
            }
            return
        }
        var iterator = items.makeIterator()
        var drawn = 0
        encodeBatches(threads: threads, limits: .drawn) {
            let batch = DrawnBatch<Items.Element>()
            batch.items.reserveCapacity(BatchLimits.drawn.perThread * threads)
            let (count, sizes) = Self.nextBatch(threads: threads, limits: .drawn) { _ in
                guard let item = iterator.next() else { return nil }
                batch.items.append(item)
                return withUnsafePointer(to: item, size)
            }
            guard count > 0 else { return nil }
            let first = drawn
            drawn += count
            return (first, sizes, batch, { [unowned(unsafe) batch] piece, member in element(&piece, batch.items[member]) })
        }
    }

    /// Draws one batch: items `0, 1, ...` by their `size` (nil past the last) until the batch holds
    /// `limits.perThread` items a thread or their sizes add up to `limits.size`.
    private static func nextBatch(threads: Int, limits: BatchLimits, size: (Int) -> Int?) -> (count: Int, sizes: [Int]) {
        var sizes: [Int] = []
        sizes.reserveCapacity(limits.perThread * threads)
        var gathered = 0
        while sizes.count < limits.perThread * threads, gathered < limits.size, let next = size(sizes.count) {
            sizes.append(next)
            gathered += next
        }
        return (sizes.count, sizes)
    }

    /// The members of an open array, encoded a batch at a time on `threads` threads and joined in
    /// order. `next` gives each batch: the index of its first member in the array, its members'
    /// sizes, what holds the members (kept until the batch is joined), and how to write its `k`th
    /// member. While one batch is encoded, the one before is joined and handed to the sink, so the
    /// encoders do not wait for the writing.
    private mutating func encodeBatches(threads: Int, limits: BatchLimits,
                                        next: () -> (first: Int, sizes: [Int], owner: AnyObject?, write: @Sendable (inout JSONOutput, Int) -> Void)?) {
        let (pretty, memberDepth) = (pretty, nestingDepth + 1)
        // Joined pieces' buffers are written into again: a fresh buffer for each piece cost more than
        // the encoding, in copies as it doubled from a few kilobytes and in the kernel's faults on new pages.
        let spares = SpareBuffers()
        defer { spares.deallocateAll() }
        open(UInt8(ascii: "["))
        var encoding: EncodingBatch?
        while let (first, sizes, owner, write) = next() {
            // A short batch is not worth the hand-off, unless its members are heavy: a few hundred
            // relations with dozens of sentences each are most of a small corpus's timeline.json.
            // A batch with heavy members is shared by size, not by count.
            let isWorthSharing = sizes.count >= 2 * limits.perThread || (sizes.count >= threads && sizes.reduce(0, +) >= Self.sharedSize)
            let slices = isWorthSharing ? balancedSlices(of: sizes, parts: threads) : [0..<sizes.count]
            let batch = EncodingBatch(slices: slices, owner: owner) { slice in
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

    /// The least a batch of fewer elements must hold by their sizes to be shared among threads:
    /// a thousand evidence items take about a third of a millisecond to encode, far more than the hand-off.
    static var sharedSize: Int { 1 << 10 }
}

/// How large one batch of elements grows: `perThread` elements a thread, or elements whose sizes
/// (evidence items, for events and relations) add up to `size`, whichever comes first.
private struct BatchLimits {
    var perThread: Int
    var size: Int

    /// For a list in memory: small batches, whose pieces' buffers (a hundred kilobytes each) are
    /// used again while still in cache. With the limits of drawn records, pieces of megabytes grew
    /// by doubling into fresh pages (1,500 more page faults): with two threads, writing the 10 MB
    /// timeline.json of 1,000 documents took 10–15 ms, no faster than one thread; it takes 7–10 ms
    /// with these. 10,000 documents: 110–128 ms, now 98–108 ms.
    static let inPlace = BatchLimits(perThread: 128, size: 1 << 10)

    /// For records drawn one by one (read back from disk): larger batches, as the drawing thread
    /// merges sorted runs while the encoders work and waits less often on them: with the limits of
    /// a list in memory, writing 100,000 documents' timeline.json took 2.5 s instead of 2.2–2.35 s.
    /// A batch of relations, each with thousands of sentences, still stays a few megabytes.
    static let drawn = BatchLimits(perThread: 512, size: 1 << 14)
}

/// Elements drawn from a sequence for one batch; the encoders read them without holding them (see `EncodingBatch`).
private final class DrawnBatch<Element>: @unchecked Sendable {
    var items: [Element] = []
}

/// The slices of one batch of elements being encoded on their own threads; `pieces()` waits for
/// them and gives their text in slice order.
///
/// Only the joining thread holds the batch, and with it `owner`, what the encoders read; the
/// encoders' blocks hold the buffer of pieces, not the batch. When an encoder let go of the records
/// drawn for it last, they were freed on its thread, each into the heap of the thread that made
/// it and under that heap's lock: writing sorted runs back from disk took 10% longer with two
/// threads for it, and used 15% more processor time.
private final class EncodingBatch: @unchecked Sendable {
    private let group = DispatchGroup()
    /// One piece per slice, each written by its slice's thread alone and read after `group` is done.
    private let encoded: SlicePieces
    private let owner: AnyObject?

    init(slices: [Range<Int>], owner: AnyObject?, encode: @escaping @Sendable (Range<Int>) -> JSONOutput.Piece) {
        encoded = SlicePieces(count: slices.count)
        self.owner = owner
        for (index, slice) in slices.enumerated() {
            DispatchQueue.global().async(group: group) { [encoded] in encoded.buffer[index] = encode(slice) }
        }
    }

    deinit {
        group.wait()
        encoded.buffer.deallocate()
    }

    /// The pieces, which are the caller's from then on (to join, then to free or reuse).
    func pieces() -> [JSONOutput.Piece] {
        group.wait()
        return encoded.buffer.map { $0! }
    }
}

/// The pieces of a batch's slices, written by their threads at distinct places.
private struct SlicePieces: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<JSONOutput.Piece?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
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
