/// Writes JSON straight into a byte buffer, in exactly the layout Foundation's `JSONEncoder` uses
/// with `.sortedKeys` and `.withoutEscapingSlashes` (and `.prettyPrinted` when `pretty`), so files
/// keep their bytes while skipping the encoder's boxed intermediate tree, which cost more than the
/// extraction itself on large corpora.
///
/// Callers write object keys in sorted (byte) order themselves; `TimelineJSONTests` checks the
/// result against `JSONEncoder` on real and hostile timelines.
struct JSONOutput {
    private(set) var bytes: [UInt8] = []
    let pretty: Bool
    private var depth = 0
    /// True until the current object or array has its first member.
    private var isFirst = true
    /// Takes the text written so far whenever a megabyte has gathered, so long outputs need not be held whole.
    private let sink: ((inout [UInt8]) -> Void)?
    private static let flushSize = 1 << 20

    init(pretty: Bool, capacity: Int = 0) {
        self.pretty = pretty
        sink = nil
        bytes.reserveCapacity(capacity)
    }

    /// Hands the text to `sink` a megabyte at a time (and whatever is left on `flush()`); `sink` empties the buffer.
    init(pretty: Bool, sink: @escaping (inout [UInt8]) -> Void) {
        self.pretty = pretty
        self.sink = sink
        bytes.reserveCapacity(Self.flushSize + Self.flushSize / 4)
    }

    mutating func flush() {
        sink?(&bytes)
    }

    /// An empty output that writes members of a container open at `depth - 1`, to be joined into it;
    /// `isFirst` when its first member is the container's first.
    init(pretty: Bool, depth: Int, isFirst: Bool) {
        self.pretty = pretty
        self.depth = depth
        self.isFirst = isFirst
        sink = nil
    }

    /// How many containers are open.
    var nestingDepth: Int { depth }

    /// Members written apart (`init(continuing:)`), joined into the open array.
    mutating func appendPiece(_ piece: consuming [UInt8]) {
        if !piece.isEmpty { isFirst = false }
        if let sink, piece.count >= Self.flushSize / 16 {
            // A long piece goes to the sink as it is, after the text before it, rather than being
            // copied once more on the one thread that joins the pieces.
            if !bytes.isEmpty { sink(&bytes) }
            sink(&piece)
            return
        }
        bytes.append(contentsOf: piece)
        if let sink, bytes.count >= Self.flushSize { sink(&bytes) }
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

    /// Starts the member `name`; the value follows.
    ///
    /// The separator, line break, indent, quoted name and colon are composed on the stack and
    /// appended at once: keys are a quarter of all writes, and each array append checks the
    /// buffer's uniqueness and capacity.
    mutating func key(_ name: StaticString) {
        if let sink, bytes.count >= Self.flushSize { sink(&bytes) }
        let indent = pretty ? 2 * depth : 0
        let capacity = 7 + indent + name.utf8CodeUnitCount
        let separator = !isFirst
        isFirst = false
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var count = 0
            func put(_ byte: UInt8) {
                buffer[count] = byte
                count += 1
            }
            if separator { put(UInt8(ascii: ",")) }
            if pretty {
                put(0x0A)
                for _ in 0..<indent { put(0x20) }
            }
            put(UInt8(ascii: "\""))
            name.withUTF8Buffer { for byte in $0 { put(byte) } }
            put(UInt8(ascii: "\""))
            if pretty { put(0x20) }
            put(UInt8(ascii: ":"))
            if pretty { put(0x20) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    mutating func string(_ value: String) {
        // Read in place: a copy to call `withUTF8` on would retain and release the string.
        if value.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) != nil { return }
        var value = value
        value.withUTF8 { appendEscaped($0) }
    }

    /// A string given as its UTF-8 bytes.
    mutating func string(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        appendEscaped(bytes)
    }

    mutating func int(_ value: Int) {
        if value == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var magnitude = value.magnitude
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// Whole numbers without a fraction (`-10`, `-0`), others as Swift prints them (`3.5`), as `JSONEncoder` does.
    mutating func double(_ value: Double) {
        if value.isFinite, value == value.rounded(), value.magnitude < 1e15 {
            if value == 0, value.sign == .minus { bytes.append(UInt8(ascii: "-")) }
            int(Int(value))
        } else {
            bytes.append(contentsOf: "\(value)".utf8)
        }
    }

    /// Ends a top-level value: the newline after a file's only value, or between JSON Lines.
    mutating func endLine() {
        bytes.append(0x0A)
    }

    mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: value ? "true".utf8 : "false".utf8)
    }

    // MARK: - Layout

    mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        isFirst = true
    }

    mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            // JSONEncoder writes an empty container as an opening line, a blank line and the closing line.
            if isFirst { bytes.append(0x0A) }
            newline()
        }
        bytes.append(bracket)
        isFirst = false
    }

    mutating func startMember() {
        if let sink, bytes.count >= Self.flushSize { sink(&bytes) }
        if !isFirst { bytes.append(UInt8(ascii: ",")) }
        isFirst = false
        if pretty { newline() }
    }

    private mutating func newline() {
        bytes.append(0x0A)
        var indent = 2 * depth
        // One append per line, not one per level: every member of a pretty timeline starts a line.
        while indent > 0 {
            let run = min(indent, JSONOutput.spaces.count)
            JSONOutput.spaces.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<run])) }
            indent -= run
        }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// A quoted string: `"` and `\` escaped, control characters as `\n`-style or `\u00XX` escapes,
    /// everything else (slashes, non-ASCII) as it is.
    private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        while index < text.count {
            // Eight bytes at a time while none needs an escape: evidence sentences are most of the output.
            if index + 8 <= text.count, JSONOutput.needsNoEscape(UnsafeRawPointer(text.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = text[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
            index += 1
            runStart = index
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            default:
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                          Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0x0F)]])
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...]))
        bytes.append(UInt8(ascii: "\""))
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
