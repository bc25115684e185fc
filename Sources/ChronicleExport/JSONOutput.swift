import Foundation

/// Writes JSON straight into a byte buffer, in exactly the layout Foundation's `JSONEncoder` uses
/// with `.sortedKeys` and `.withoutEscapingSlashes` (and `.prettyPrinted` when `pretty`), so files
/// keep their bytes while skipping the encoder's boxed intermediate tree, which cost more than the
/// extraction itself on large corpora.
///
/// Callers write object keys in sorted (byte) order themselves; `TimelineJSONTests` checks the
/// result against `JSONEncoder` on real and hostile timelines.
///
/// The text grows in a buffer of its own rather than an array: a timeline is millions of small
/// writes (a key, a comma, a number), and each append to an array checks that the array is
/// uniquely referenced and has room, through a generic path. Noncopyable, so the buffer has
/// one owner, which frees it.
struct JSONOutput: ~Copyable {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    let pretty: Bool
    private var depth = 0
    /// True until the current object or array has its first member.
    private var isFirst = true
    /// Takes the text written so far whenever a megabyte has gathered, so long outputs need not be held whole.
    private let sink: ((UnsafeRawBufferPointer) -> Void)?
    private static let flushSize = 1 << 20

    init(pretty: Bool, capacity: Int = 0) {
        self.pretty = pretty
        sink = nil
        self.capacity = max(64, capacity)
        buffer = .allocate(capacity: self.capacity)
    }

    /// Hands the text to `sink` a megabyte at a time (and whatever is left on `flush()`).
    init(pretty: Bool, sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.pretty = pretty
        self.sink = sink
        capacity = Self.flushSize + Self.flushSize / 4
        buffer = .allocate(capacity: capacity)
    }

    /// An empty output that writes members of a container open at `depth - 1`, to be joined into it
    /// (`appendPiece`); `isFirst` when its first member is the container's first. It writes into
    /// `storage` when given one, a piece's buffer that was joined already.
    init(pretty: Bool, depth: Int, isFirst: Bool, storage: Piece? = nil) {
        self.pretty = pretty
        self.depth = depth
        self.isFirst = isFirst
        sink = nil
        capacity = storage?.capacity ?? 4096
        buffer = storage?.start ?? .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// Text written apart, on another thread, in a buffer of its own: whoever holds it joins it
    /// (`appendPiece`) and then either writes the next piece into it or deallocates it.
    struct Piece: @unchecked Sendable {
        let start: UnsafeMutablePointer<UInt8>
        let count: Int
        let capacity: Int
    }

    /// Hands over the text written so far with the buffer it is in, which is the caller's to free.
    /// The output is empty afterwards.
    mutating func takePiece() -> Piece {
        let piece = Piece(start: buffer, count: count, capacity: capacity)
        capacity = 64
        buffer = .allocate(capacity: capacity)
        count = 0
        return piece
    }

    /// The text written so far, as `Data`.
    var data: Data { Data(bytes: buffer, count: count) }

    /// JSON written by `body`, then a line break, handed to `sink` a megabyte at a time; the first
    /// error `sink` throws is thrown at the end (nothing more is handed to it meanwhile). When `body`
    /// throws, the text so far is handed on and its error thrown: the rest never is.
    static func write(pretty: Bool, to sink: (UnsafeRawBufferPointer) throws -> Void, _ body: (inout JSONOutput) throws -> Void) throws {
        var failure: (any Error)?
        try withoutActuallyEscaping(sink) { sink in
            var output = JSONOutput(pretty: pretty) { bytes in
                guard failure == nil else { return }
                do { try sink(bytes) } catch { failure = error }
            }
            do {
                try body(&output)
            } catch {
                output.flush()
                throw error
            }
            output.endLine()
            output.flush()
        }
        if let failure { throw failure }
    }

    mutating func flush() {
        guard let sink else { return }
        sink(UnsafeRawBufferPointer(start: buffer, count: count))
        count = 0
    }

    /// How many containers are open.
    var nestingDepth: Int { depth }

    /// Members written apart (`init(pretty:depth:isFirst:storage:)`), joined into the open array.
    mutating func appendPiece(_ piece: Piece) {
        guard piece.count > 0 else { return }
        isFirst = false
        let text = UnsafeBufferPointer(start: piece.start, count: piece.count)
        if let sink, piece.count >= Self.flushSize / 16 {
            // A long piece goes to the sink as it is, after the text before it, rather than being
            // copied once more on the one thread that joins the pieces.
            if count > 0 { flush() }
            sink(UnsafeRawBufferPointer(text))
            return
        }
        append(text)
        if sink != nil, count >= Self.flushSize { flush() }
    }

    // MARK: - Bytes

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(toAtLeast: count + extra) }
    }

    private mutating func grow(toAtLeast needed: Int) {
        let larger = max(needed, 2 * capacity)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = moved
        capacity = larger
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        reserve(1)
        buffer[count] = byte
        count += 1
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        JSONOutput.copyShort(base, bytes.count, to: buffer + count)
        count += bytes.count
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    mutating func object(_ members: (inout JSONOutput) throws -> Void) rethrows {
        open(UInt8(ascii: "{"))
        try members(&self)
        close(UInt8(ascii: "}"))
    }

    mutating func array<Items: Sequence>(_ items: Items, _ element: (inout JSONOutput, borrowing Items.Element) -> Void) {
        open(UInt8(ascii: "["))
        // Elements of a list in memory are lent where they lie; iterating would copy each one,
        // retaining every string and list in it.
        if let elements = items as? [Items.Element] {
            for index in elements.indices {
                startMember()
                element(&self, elements[index])
            }
        } else {
            for item in items {
                startMember()
                element(&self, item)
            }
        }
        close(UInt8(ascii: "]"))
    }

    /// Starts the member `name`; the value follows: the separator, line break, indent, quoted
    /// name and colon, written straight into the buffer after one check for room.
    @inline(__always)
    mutating func key(_ name: StaticString) {
        if sink != nil, count >= Self.flushSize { flush() }
        let indent = pretty ? 2 * depth : 0
        // Room for the spaces written eight at a time past the indent (`writeSpaces`).
        reserve(15 + indent + name.utf8CodeUnitCount)
        var end = buffer + count
        if !isFirst {
            end.pointee = UInt8(ascii: ",")
            end += 1
        }
        isFirst = false
        if pretty {
            end.pointee = 0x0A
            JSONOutput.writeSpaces(indent, at: end + 1)
            end += 1 + indent
        }
        end.pointee = UInt8(ascii: "\"")
        end += 1
        JSONOutput.copyShort(name.utf8Start, name.utf8CodeUnitCount, to: end)
        end += name.utf8CodeUnitCount
        end.pointee = UInt8(ascii: "\"")
        end += 1
        if pretty {
            end[0] = 0x20
            end[1] = UInt8(ascii: ":")
            end[2] = 0x20
            end += 3
        } else {
            end.pointee = UInt8(ascii: ":")
            end += 1
        }
        count = end - buffer
    }

    mutating func string(_ value: String) {
        value.withUTF8Lent { appendEscaped($0) }
    }

    /// A string given as its UTF-8 bytes.
    mutating func string(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        appendEscaped(bytes)
    }

    mutating func int(_ value: Int) {
        // At most 20 characters: a sign and 19 digits.
        reserve(20)
        if value < 0 {
            buffer[count] = UInt8(ascii: "-")
            count += 1
        }
        var magnitude = value.magnitude
        var digits = 1
        var scale: UInt = 10
        while digits < 19, magnitude >= scale {
            digits += 1
            scale &*= 10
        }
        var position = count + digits
        repeat {
            position -= 1
            buffer[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        count += digits
    }

    /// Whole numbers without a fraction (`-10`, `-0`), others as Swift prints them (`3.5`), as `JSONEncoder` does.
    mutating func double(_ value: Double) {
        if value.isFinite, value == value.rounded(), value.magnitude < 1e15 {
            if value == 0, value.sign == .minus { append(UInt8(ascii: "-")) }
            int(Int(value))
        } else {
            var text = "\(value)"
            text.withUTF8 { append($0) }
        }
    }

    /// Ends a top-level value: the newline after a file's only value, or between JSON Lines.
    mutating func endLine() {
        append(0x0A)
    }

    mutating func bool(_ value: Bool) {
        append(value ? "true" : "false")
    }

    // MARK: - Layout

    mutating func open(_ bracket: UInt8) {
        append(bracket)
        depth += 1
        isFirst = true
    }

    mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            // JSONEncoder writes an empty container as an opening line, a blank line and the closing line.
            if isFirst { append(0x0A) }
            newline()
        }
        append(bracket)
        isFirst = false
    }

    mutating func startMember() {
        if sink != nil, count >= Self.flushSize { flush() }
        if !isFirst { append(UInt8(ascii: ",")) }
        isFirst = false
        if pretty { newline() }
    }

    private mutating func newline() {
        let indent = 2 * depth
        reserve(9 + indent)
        buffer[count] = 0x0A
        JSONOutput.writeSpaces(indent, at: buffer + count + 1)
        count += 1 + indent
    }

    /// Writes `count` spaces at `start`, eight at a time: up to seven bytes past them are written
    /// too (the caller has room for them, and writes over them next). A key's indent is a few
    /// spaces, which `memset` took a call and its dispatch to write.
    @inline(__always)
    private static func writeSpaces(_ count: Int, at start: UnsafeMutablePointer<UInt8>) {
        let raw = UnsafeMutableRawPointer(start)
        var offset = 0
        while offset < count {
            raw.storeBytes(of: 0x2020_2020_2020_2020 as UInt64, toByteOffset: offset, as: UInt64.self)
            offset += 8
        }
    }

    /// Copies `count` bytes from `source` to `target` (which do not overlap) in one or two loads
    /// and stores that may overlap, never reading or writing past either: keys and short strings are
    /// a few bytes long, which `memcpy` took a call and its dispatch to copy.
    @inline(__always)
    private static func copyShort(_ source: UnsafePointer<UInt8>, _ count: Int, to target: UnsafeMutablePointer<UInt8>) {
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(target)
        switch count {
        case 8...16:
            let head = from.loadUnaligned(as: UInt64.self), tail = from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            to.storeBytes(of: head, as: UInt64.self)
            to.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
        case 4..<8:
            let head = from.loadUnaligned(as: UInt32.self), tail = from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            to.storeBytes(of: head, as: UInt32.self)
            to.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        case 1..<4:
            target[0] = source[0]
            target[count / 2] = source[count / 2]
            target[count - 1] = source[count - 1]
        case 0:
            break
        default:
            target.update(from: source, count: count)
        }
    }

    private static let hex: StaticString = "0123456789abcdef"

    /// A quoted string: `"` and `\` escaped, control characters as `\n`-style or `\u00XX` escapes,
    /// everything else (slashes, non-ASCII) as it is.
    ///
    /// The text is copied as it is checked, eight bytes at a time while none needs an escape, into
    /// room reserved for all of it: evidence sentences are most of the output, and checking the
    /// text first and copying each run after read every byte twice.
    private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        // The text, unescaped, both quotes, and the seven bytes past its end that the store of a
        // last short run may write (`shortRun`); an escape reserves what it adds.
        reserve(text.count + 9)
        buffer[count] = UInt8(ascii: "\"")
        count += 1
        guard let source = text.baseAddress else {
            buffer[count] = UInt8(ascii: "\"")
            count += 1
            return
        }
        let end = text.count
        var index = 0
        while index < end {
            // The run that needs no escape, eight bytes a step, or the last one to seven (most ids
            // and dates end in such a run, and names are often shorter), through locals: writing
            // `count` back at every step cost more than the check.
            var out = buffer + count
            while index < end {
                let left = end &- index
                let word = left >= 8 ? UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self) : JSONOutput.shortRun(source + index, left)
                guard JSONOutput.needsNoEscape(word) else { break }
                UnsafeMutableRawPointer(out).storeBytes(of: word, as: UInt64.self)
                let taken = left < 8 ? left : 8
                out += taken
                index &+= taken
            }
            count = out - buffer
            guard index < end else { break }
            let byte = text[index]
            index += 1
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                buffer[count] = byte
                count += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x08: append("\\b")
            case 0x09: append("\\t")
            case 0x0A: append("\\n")
            case 0x0C: append("\\f")
            case 0x0D: append("\\r")
            default:
                append("\\u00")
                append(Self.hex.utf8Start[Int(byte >> 4)])
                append(Self.hex.utf8Start[Int(byte & 0x0F)])
            }
            // The escape took more room than its byte: room again for the rest, the closing quote
            // and a short run's store.
            reserve(text.count - index + 8)
        }
        buffer[count] = UInt8(ascii: "\"")
        count += 1
    }

    /// The `count` bytes (one to seven) at `start` in the low bytes of a word, the rest spaces (which
    /// need no escape), read in at most two loads that stay inside the bytes, as `ByteHash.shortWord` does.
    @inline(__always)
    static func shortRun(_ start: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        let bytes: UInt64
        if count >= 4 {
            let low = UInt64(UnsafeRawPointer(start).loadUnaligned(as: UInt32.self))
            let high = UInt64(UnsafeRawPointer(start + count - 4).loadUnaligned(as: UInt32.self))
            bytes = low | high &<< UInt64(8 &* (count &- 4))
        } else {
            // One byte: all three reads are it; two: the first, then the second twice.
            let middle = count >> 1, last = count &- 1
            bytes = UInt64(start[0]) | UInt64(start[middle]) &<< UInt64(8 &* middle) | UInt64(start[last]) &<< UInt64(8 &* last)
        }
        return bytes | 0x2020_2020_2020_2020 &<< UInt64(8 &* count)
    }

    /// Whether none of eight bytes is a control character, `"` or `\`: each test is the classic
    /// "has a zero byte" trick (a byte below the bound borrows and sets its high bit; an equal
    /// byte is zero after the exclusive or), with bytes of 0x80 and above masked out.
    @inline(__always)
    static func needsNoEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        let control = (word &- ones &* 0x20) & ~word
        let quote = (quotes &- ones) & ~quotes
        let backslash = (backslashes &- ones) & ~backslashes
        return (control | quote | backslash) & highs == 0
    }
}
